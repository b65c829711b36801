package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Marks that are refused: 400 naming the field, 404 for an unknown letter, 413, 415; none reaches the audit log. */
class LetterMarksRefusedTest {

    @TempDir
    static Path folder;
    static WebHarness web;
    static String anand;

    @BeforeAll
    static void start() {
        web = LetterDesk.harness(folder);
        anand = LetterDesk.id(web, "letter.txt");
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static JsonNode mark(String id, String body, int status) {
        HttpResponse<String> r = web.postJson("/api/letters/" + id + "/marks", body);
        assertThat(r.statusCode()).as("%s: %s", body, r.body()).isEqualTo(status);
        return web.parse(r);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"state\": \"replied\", \"why\": \"x\"}|who",
            "{\"state\": \"replied\", \"who\": \" \", \"why\": \"x\"}|who",
            "{\"state\": \"replied\", \"who\": \"Ana\"}|why",
            "{\"state\": \"lost\", \"who\": \"Ana\", \"why\": \"x\"}|state",
            "{\"demand\": 1, \"state\": \"refused\", \"who\": \"Ana\", \"why\": \"x\"}|state",
            "{\"demand\": 9, \"state\": \"met\", \"who\": \"Ana\", \"why\": \"x\"}|demand",
            "{\"demand\": 0, \"state\": \"met\", \"who\": \"Ana\", \"why\": \"x\"}|demand",
            "{\"who\": \"Ana\", \"why\": \"x\"}|state",
            "{\"state\": \"replied\", \"linkReply\": \"1-0\", \"who\": \"Ana\", \"why\": \"x\"}|linkReply",
            "{\"linkEvidence\": \"5-0\", \"who\": \"Ana\", \"why\": \"x\"}|demand",
            "{\"demand\": 1, \"linkEvidence\": \"99-0\", \"who\": \"Ana\", \"why\": \"x\"}|linkEvidence",
            "{\"linkReply\": \"not-a-key\", \"who\": \"Ana\", \"why\": \"x\"}|linkReply",
            "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\", \"on\": \"yesterday\"}|on",
            "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\", \"colour\": \"red\"}|colour",
            "{\"state\": 5, \"demand\": \"one\", \"who\": \"Ana\", \"why\": \"x\"}|demand",
            "{\"demand\": 1.5, \"state\": \"met\", \"who\": \"Ana\", \"why\": \"x\"}|demand",
            "{\"state\": {\"value\": \"replied\"}, \"who\": \"Ana\", \"why\": \"x\"}|state",
            "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\", \"who\": \"Eve\"}|who",
            "{\"state\": \"replied\", \"state\": \"refused\", \"who\": \"Ana\", \"why\": \"x\"}|state",
            "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\", \"on\": \"2026-02-30\"}|on",
            "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\", \"on\": 20260101}|on",
            "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\", \"<img src=x>\": 1}|body",
            "{\"state\": \"replied\", \"who\": [\"Ana\"], \"why\": \"x\"}|who",
            "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\"|body",
            "\"replied\"|body",
            "5|body",
            "not json|body",
            "[]|body",
            "null|body"})
    void badFieldsAre400NamingTheFieldAndLogNothing(String body, String field) {
        JsonNode error = mark(anand, body, 400);
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("parameter").asText()).isEqualTo(field);
        assertThat(error.get("error").asText()).startsWith(field + ": ")
                .doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Za-z]|\\$|Exception|java|jackson|MarkRequest|`");
        assertThat(web.letters.decisions()).isEmpty();
    }

    @Test
    void aFieldGivenTwiceIsRefusedRatherThanTheLastOneWinning() {
        JsonNode error = mark(anand, "{\"state\": \"replied\", \"who\": \"Ana\", \"who\": \"Eve\", \"why\": \"x\"}", 400);
        assertThat(error.get("error").asText()).isEqualTo("who: given twice; give it once");
        JsonNode unknown = mark(anand, "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\", \"colour\": 1}", 400);
        assertThat(unknown.get("error").asText())
                .isEqualTo("colour: unknown field; the fields are state, demand, linkReply, unlinkReply, linkEvidence,"
                        + " unlinkEvidence, settle, who, why, on");
        assertThat(mark(anand, "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\", \"on\": \"yesterday\"}", 400)
                .get("error").asText()).isEqualTo("on: must be a date YYYY-MM-DD");
        assertThat(web.letters.decisions()).isEmpty();
    }

    @Test
    void unknownLettersOversizedAndNonJsonBodiesAreRefused() {
        JsonNode missing = mark("99-9", "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\"}", 404);
        assertThat(missing.get("error").asText()).contains("99-9");

        String huge = "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"" + "x".repeat((int) WebServer.MAX_REQUEST_BYTES) + "\"}";
        HttpResponse<String> tooLarge = web.postJson("/api/letters/" + anand + "/marks", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(web.parse(tooLarge).get("status").asInt()).isEqualTo(413);

        HttpResponse<String> form = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/letters/" + anand + "/marks"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"x\"}")));
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(web.parse(form).get("error").asText()).contains("application/json");
        assertThat(web.letters.decisions()).isEmpty();
    }
}
