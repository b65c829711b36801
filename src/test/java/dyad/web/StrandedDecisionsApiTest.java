package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Letter;
import dyad.model.Record;
import dyad.model.Role;
import dyad.store.ContentHash;
import dyad.store.Ingested;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over HTTP: a decision posted through the API follows its letter when the letter's file changes
 * (a new content hash, a new id), and one that cannot follow is listed as needing a person in
 * {@code /api/letters/stranded}, in the letter's detail and page, and in the changes feed.
 */
class StrandedDecisionsApiTest {

    /**
     * The web corpus's letter with text appended, at the same path (a new content hash); with {@code
     * surname}, addressed to another prime minister (its other records, whose offsets that shifts, left out).
     */
    private static Ingested changed(Ingested letter, String appended, String surname) {
        String to = surname == null ? "Prime Minister Carney" : "Prime Minister " + surname;
        String text = letter.document().text().replace("Prime Minister Carney", to) + appended;
        List<Record> records = new ArrayList<>();
        for (Record r : letter.records()) {
            if (r instanceof Letter l) {
                int at = text.indexOf(to);
                records.add(new Letter(l.doc(), l.date(), l.authors(), List.of(new Actor(to, at, at + to.length(),
                        surname == null ? "Mark Carney" : "Chrystia " + surname, "CAN", null, Role.GOV)), l.demands(),
                        surname == null ? l.references() : List.of()));
            } else if (surname == null) {
                records.add(r);
            }
        }
        return new Ingested(new Document(letter.document().id(), text, letter.document().date()), ContentHash.of(text),
                letter.path(), records);
    }

    private static String letterId(WebHarness web) {
        for (JsonNode item : web.json("/api/letters?as_of=2026-03-01", 200).get("items")) {
            if (item.at("/record/doc").asText().equals("letters/open.md") && !item.get("cited").asBoolean()) {
                return item.get("id").asText();
            }
        }
        throw new AssertionError("no letter from letters/open.md");
    }

    @Test
    void aDecisionPostedThroughTheApiFollowsItsLetterOrIsListedAsNeedingAPerson(@TempDir Path folder) {
        try (WebHarness web = new WebHarness(folder)) {
            String before = letterId(web);
            HttpResponse<String> marked = web.postJson("/api/letters/" + before + "/marks",
                    "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"answered in person\", \"on\": \"2026-01-20\"}");
            assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);

            web.repository.write(changed(web.letter, "\nP.S. Copied to the press.\n", null));

            String after = letterId(web);
            assertThat(after).isNotEqualTo(before);
            JsonNode followed = web.json("/api/letters/" + after + "?as_of=2026-03-01", 200);
            assertThat(followed.at("/letter/state").asText()).isEqualTo("replied");
            assertThat(followed.at("/letter/setByHand").asBoolean()).isTrue();
            assertThat(followed.at("/decisions/0/who").asText()).isEqualTo("Ana");
            assertThat(followed.get("stranded").size()).isZero();
            assertThat(web.json("/api/letters/stranded", 200).get("items").size()).isZero();

            web.repository.write(changed(web.letter, "\nP.P.S.\n", "Freeland"));

            String readdressed = letterId(web);
            assertThat(web.json("/api/letters/" + readdressed + "?as_of=2026-03-01", 200).at("/letter/setByHand")
                    .asBoolean()).isFalse();
            JsonNode stranded = web.json("/api/letters/stranded", 200).get("items");
            assertThat(stranded.size()).isEqualTo(1);
            assertThat(stranded.at("/0/decision/who").asText()).isEqualTo("Ana");
            assertThat(stranded.at("/0/reason").asText()).isEqualTo("the new version of '/corpus/letters/open.md' has no "
                    + "letter of the same date, authors and recipients");
            assertThat(stranded.at("/0/candidates/0").asText()).isEqualTo(readdressed);
            assertThat(stranded.at("/0/settle").asText()).startsWith("dyad letters mark ID --settle ");
            JsonNode detail = web.json("/api/letters/" + readdressed + "?as_of=2026-03-01", 200);
            assertThat(detail.get("stranded").size()).isEqualTo(1);

            var page = Jsoup.parse(web.get("/letters/" + readdressed + "?as_of=2026-03-01").body());
            assertThat(page.select("section.stranded li").text()).contains("Decision " + stranded.at("/0/decision/id").asLong())
                    .contains("replied by Ana");
            String feed = web.get("/feeds/letters/changes.atom").body();
            assertThat(feed).contains("decision needs a person").contains("answered in person");

            long n = stranded.at("/0/decision/id").asLong();
            HttpResponse<String> wrong = web.postJson("/api/letters/" + readdressed + "/marks",
                    "{\"settle\": " + (n + 100) + ", \"who\": \"Ana\", \"why\": \"checked\"}");
            assertThat(wrong.statusCode()).isEqualTo(400);
            assertThat(wrong.body()).contains("settle").contains("does not need a person");
            HttpResponse<String> settled = web.postJson("/api/letters/" + readdressed + "/marks",
                    "{\"settle\": " + n + ", \"who\": \"Ana\", \"why\": \"the new addressee was told by phone\"}");
            assertThat(settled.statusCode()).as(settled.body()).isEqualTo(200);
            assertThat(web.json("/api/letters/stranded", 200).get("items").size()).isZero();
        }
    }
}
