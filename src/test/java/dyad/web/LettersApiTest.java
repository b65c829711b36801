package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The letter API over HTTP, as of 1 March 2026: states, filters, replay, detail, overdue, statistics, CSV. */
class LettersApiTest {

    @TempDir
    static Path folder;
    static WebHarness web;
    static String anand;
    static String carney;

    @BeforeAll
    static void start() {
        web = LetterDesk.harness(folder);
        anand = LetterDesk.id(web, "letter.txt");
        carney = LetterDesk.id(web, "letters/open.md");
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Test
    void lettersCarryStateDaysAndDemandStatesLatestFirst() {
        JsonNode all = web.json("/api/letters", 200);
        assertThat(all.get("total").asInt()).isEqualTo(4);
        assertThat(ids(all)).containsExactly(carney, carney + "r0", anand, LetterDesk.id(web, LetterDesk.HOSTILE_NAME));
        JsonNode first = all.get("items").get(0);
        assertThat(first.get("sent").asText()).isEqualTo("2026-01-08");
        assertThat(first.get("state").asText()).isEqualTo("overdue");
        assertThat(first.get("daysWaiting").asInt()).isEqualTo(52);
        assertThat(first.get("daysOverdue").asInt()).isEqualTo(22);
        assertThat(first.get("link").asText()).isEqualTo("/letters/" + carney);
        JsonNode letter = all.get("items").get(2);
        assertThat(letter.get("state").asText()).isEqualTo("refused");
        assertThat(letter.get("conflicting").asBoolean()).isTrue();
        assertThat(letter.get("answers").asInt()).isEqualTo(2);
        assertThat(letter.get("daysOverdue").isNull()).isTrue();
        assertThat(letter.get("demands").get(0).get("state").asText()).isEqualTo("met");
        assertThat(letter.get("demands").get(1).get("state").asText()).isEqualTo("open");
        assertThat(letter.get("record").get("doc").asText()).isEqualTo("letter.txt");
        JsonNode paged = web.json("/api/letters?limit=1&offset=1", 200);
        assertThat(ids(paged)).containsExactly(carney + "r0");
        assertThat(paged.get("more").asBoolean()).isTrue();
    }

    @Test
    void filtersByRecipientStateSignatoryAndCountry() {
        assertThat(ids(web.json("/api/letters?recipient=ANAND", 200))).containsExactly(anand);
        assertThat(ids(web.json("/api/letters?signatory=peace%20network", 200))).containsExactly(anand);
        assertThat(ids(web.json("/api/letters?state=overdue,very_overdue", 200)))
                .containsExactlyInAnyOrder(carney, carney + "r0", LetterDesk.id(web, LetterDesk.HOSTILE_NAME));
        assertThat(ids(web.json("/api/letters?state=refused&state=replied", 200))).containsExactly(anand);
        assertThat(ids(web.json("/api/letters?recipient=carney&state=very_overdue", 200))).containsExactly(carney + "r0");
        assertThat(web.json("/api/letters?country=USA", 200).get("items")).isEmpty();
    }

    @Test
    void asOfReplaysAnEarlierDay() {
        JsonNode then = web.json("/api/letters?as_of=2025-12-01", 200);
        assertThat(ids(then)).doesNotContain(carney); // sent later
        JsonNode letter = web.json("/api/letters/" + anand + "?as_of=2025-12-01", 200).get("letter");
        assertThat(letter.get("state").asText()).isEqualTo("acknowledged");
        assertThat(letter.get("conflicting").asBoolean()).isFalse();
        assertThat(web.json("/api/letters/" + anand + "?as_of=2025-11-14", 200).get("letter").get("state").asText())
                .isEqualTo("awaiting_reply");
    }

    @Test
    void aLetterShowsDemandsWithEvidenceConflictingAnswersAndItsTimeline() {
        JsonNode d = web.json("/api/letters/" + anand, 200);
        JsonNode met = d.get("demands").get(0);
        assertThat(met.get("state").asText()).isEqualTo("met");
        JsonNode evidence = met.get("evidence").get(0);
        assertThat(evidence.get("sentence").asText()).isEqualTo("Canada condemned the U.S. strikes.");
        assertThat(evidence.get("outcome").asText()).isEqualTo("met");
        assertThat(evidence.get("accepted").asBoolean()).isTrue();
        assertThat(evidence.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(evidence.get("link").asText()).startsWith("/docs/").endsWith("?record=0#evidence");
        assertThat(d.get("demands").get(1).get("state").asText()).isEqualTo("open");
        // a weak candidate is shown with its confidence but counts for nothing
        d.get("demands").get(1).get("evidence").forEach(e -> {
            assertThat(e.get("accepted").asBoolean()).isFalse();
            assertThat(e.get("confidence").asDouble()).isLessThan(0.5);
        });
        List<String> kinds = new ArrayList<>();
        d.get("replies").forEach(r -> kinds.add(r.get("kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("acknowledged", "refused"); // both shown, not merged
        assertThat(d.get("letter").get("conflicting").asBoolean()).isTrue();
        List<String> steps = new ArrayList<>();
        d.get("timeline").forEach(e -> steps.add(e.get("kind").asText()));
        assertThat(steps).containsExactly("sent", "acknowledged", "refused", "evidence", "evidence");
        assertThat(d.get("decisions")).isEmpty();
    }

    @Test
    void unknownLettersAre404AndBadParameters400() {
        JsonNode missing = web.json("/api/letters/99-9", 404);
        assertThat(missing.get("error").asText()).contains("99-9");
        assertThat(web.json("/letters/99-9".replace("/letters", "/api/letters") + "?as_of=2020-01-01", 404).get("status").asInt())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/letters?state=lost|state",
            "/api/letters?as_of=yesterday|as_of",
            "/api/letters?as_of=2026-01-01&as_of=2026-02-01|as_of",
            "/api/letters?country=Canada|country",
            "/api/letters/overdue?limit=0|limit",
            "/api/letters/stats?as_of=2026-13-01|as_of",
            "/api/letters.csv?state=x|state"})
    void badParametersAreNamed(String path, String parameter) {
        JsonNode error = web.json(path, 400);
        assertThat(error.get("parameter").asText()).isEqualTo(parameter);
        assertThat(error.get("error").asText()).startsWith(parameter + ": ");
    }

    @Test
    void overdueLettersLongestWaitingFirst() {
        JsonNode overdue = web.json("/api/letters/overdue", 200);
        assertThat(ids(overdue)).containsExactly(LetterDesk.id(web, LetterDesk.HOSTILE_NAME), carney + "r0", carney);
        overdue.get("items").forEach(i -> assertThat(i.get("state").asText()).isIn("overdue", "very_overdue"));
        assertThat(ids(web.json("/api/letters/overdue?as_of=2026-01-20", 200))).doesNotContain(carney);
    }

    @Test
    void responseTimesPerRecipient() {
        JsonNode stats = web.json("/api/letters/stats", 200).get("recipients");
        JsonNode carneyRow = null;
        JsonNode anandRow = null;
        for (JsonNode r : stats) {
            if (r.get("recipient").asText().equals("Mark Carney")) {
                carneyRow = r;
            } else if (r.get("recipient").asText().equals("Anita Anand")) {
                anandRow = r;
            }
        }
        assertThat(carneyRow.get("letters").asInt()).isEqualTo(2);
        assertThat(carneyRow.get("shareUnanswered").asDouble()).isEqualTo(1.0);
        assertThat(carneyRow.get("medianDaysToReply").isNull()).isTrue();
        assertThat(anandRow.get("answered").asInt()).isEqualTo(1);
        assertThat(anandRow.get("medianDaysToReply").asDouble()).isEqualTo(37.0); // 13 Nov to the answer of 20 Dec
        assertThat(anandRow.get("shareUnanswered").asDouble()).isZero();
    }

    @Test
    void aReplyCitingNoTrackedLetterIsKeptUnlinked() {
        JsonNode unlinked = web.json("/api/letters/unlinked", 200).get("items");
        assertThat(unlinked).hasSize(1);
        assertThat(unlinked.get(0).get("date").asText()).isEqualTo("2025-12-01");
        assertThat(unlinked.get(0).get("from").asText()).isEqualTo("Anita Anand");
        assertThat(unlinked.get(0).get("reason").asText()).contains("2024-05-05");
    }

    @Test
    void csvExportHasItsHeaderAndOneRowPerMatchingLetter() {
        HttpResponse<String> r = web.get("/api/letters.csv?recipient=anand");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = r.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,sent,state,set_by_hand,recipients,signatories,reply_window_days,"
                + "days_waiting,days_overdue,answers,conflicting,demands");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(anand + ",2025-11-13,refused,false,Anita Anand,Peace Network,30,37,,")
                .endsWith(",true,1:met; 2:open");
        assertThat(web.get("/api/letters.csv").body().lines()).hasSize(5);
        // markup in stored names is data in a CSV: quoted as needed, never dropped
        assertThat(web.get("/api/letters.csv?signatory=script").body()).contains("<script>alert('sig')</script> & Co");
    }
}
