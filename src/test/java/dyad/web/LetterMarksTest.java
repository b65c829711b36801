package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/letters/{id}/marks}: corrections by people, audit-logged, never overridden, refused when wrong. */
class LetterMarksTest {

    @TempDir
    Path folder;
    WebHarness web;
    String anand;

    @BeforeEach
    void start() {
        web = LetterDesk.harness(folder);
        anand = LetterDesk.id(web, "letter.txt");
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private JsonNode mark(String id, String body, int status) {
        HttpResponse<String> r = web.postJson("/api/letters/" + id + "/marks", body);
        assertThat(r.statusCode()).as("%s: %s", body, r.body()).isEqualTo(status);
        return web.parse(r);
    }

    @Test
    void aDemandStateSetByHandIsLoggedAndSurvivesAutomaticLinking() {
        JsonNode marked = mark(anand, """
                {"demand": 1, "state": "rejected", "who": "Ana Reviewer", "why": "the statement condemns other strikes",
                 "on": "2026-01-15"}""", 200);
        JsonNode decision = marked.get("decision");
        assertThat(decision.get("id").asLong()).isPositive();
        assertThat(decision.get("action").asText()).isEqualTo("demand_state");
        assertThat(decision.get("demand").asInt()).isEqualTo(1);
        assertThat(decision.get("value").asText()).isEqualTo("rejected");
        assertThat(decision.get("who").asText()).isEqualTo("Ana Reviewer");
        assertThat(decision.get("why").asText()).isEqualTo("the statement condemns other strikes");
        assertThat(decision.get("effective").asText()).isEqualTo("2026-01-15");
        assertThat(decision.get("at").asText()).isEqualTo(WebHarness.NOW.toString());
        assertThat(marked.get("letter").get("demands").get(0).get("state").asText()).isEqualTo("rejected");

        // in the append-only log, and the letter shows it; the automatic evidence is still listed but does not win
        assertThat(web.letters.decisions()).singleElement().satisfies(d -> assertThat(d.who()).isEqualTo("Ana Reviewer"));
        JsonNode letter = web.json("/api/letters/" + anand, 200);
        JsonNode demand = letter.get("demands").get(0);
        assertThat(demand.get("state").asText()).isEqualTo("rejected");
        assertThat(demand.get("setByHand").asBoolean()).isTrue();
        assertThat(demand.get("evidence").get(0).get("sentence").asText()).isEqualTo("Canada condemned the U.S. strikes.");
        assertThat(letter.get("decisions")).hasSize(1);
        assertThat(letter.get("timeline").findValuesAsText("kind")).contains("decision");
        // replay: before the decision held, tracking was automatic
        assertThat(web.json("/api/letters/" + anand + "?as_of=2026-01-14", 200).get("demands").get(0).get("state").asText())
                .isEqualTo("met");
    }

    @Test
    void aLetterStateSetByHandWinsOverTheAnswersAndCanBeHandedBack() {
        mark(anand, "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"the refusal was withdrawn by phone\"}", 200);
        JsonNode letter = web.json("/api/letters/" + anand, 200).get("letter");
        assertThat(letter.get("state").asText()).isEqualTo("replied");
        assertThat(letter.get("setByHand").asBoolean()).isTrue();
        assertThat(web.json("/api/letters/" + anand, 200).get("replies")).hasSize(2); // still shown
        mark(anand, "{\"state\": \"auto\", \"who\": \"Ana\", \"why\": \"mistake\"}", 200);
        assertThat(web.json("/api/letters/" + anand, 200).get("letter").get("state").asText()).isEqualTo("refused");
        assertThat(web.letters.decisions()).hasSize(2);
    }

    @Test
    void anUnlinkedReplyCanBeLinkedByHand() {
        String carney = LetterDesk.id(web, "letters/open.md");
        String stray = web.json("/api/letters/unlinked", 200).get("items").get(0).get("id").asText();
        JsonNode marked = mark(carney, "{\"linkReply\": \"" + stray + "\", \"who\": \"Ana\", \"why\": \"misdated citation\"}", 200);
        assertThat(marked.get("decision").get("action").asText()).isEqualTo("link_reply");
        assertThat(marked.get("letter").get("state").asText()).isEqualTo("replied");
        assertThat(web.json("/api/letters/unlinked", 200).get("items")).isEmpty();
    }
}
