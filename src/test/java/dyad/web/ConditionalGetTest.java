package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conditional GETs and the kept answers ({@link ResponseCache}) over HTTP: an ETag sent back gives 304
 * for pages, feeds and the API; an ingest or a letter mark changes the answer and its tag at once.
 */
class ConditionalGetTest {

    @TempDir
    Path folder;
    WebHarness web;

    @BeforeEach
    void start() {
        web = LetterDesk.harness(folder);
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) {
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + path)).header("If-None-Match", ifNoneMatch).GET());
    }

    @Test
    void anETagSentBackIsAnsweredNotModifiedOnPagesFeedsAndTheApi() {
        for (String path : List.of("/", "/dyads/CAN/VEN?either=true", "/feeds/dyads/CAN/VEN.atom", "/api/dyads/CAN/VEN/timeline",
                "/api/events?limit=50", "/letters", "/api/search?q=sanctions")) {
            HttpResponse<String> first = web.get(path);
            assertThat(first.statusCode()).as(path).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path + ": no ETag"));
            assertThat(etag).as(path).matches("\"[A-Za-z0-9_-]{22}\"");

            HttpResponse<String> again = get(path, etag);
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
            assertThat(again.headers().firstValue("ETag")).as(path).contains(etag);

            assertThat(get(path, "W/" + etag + ", \"other\"").statusCode()).as(path).isEqualTo(304);
            HttpResponse<String> other = get(path, "\"other\"");
            assertThat(other.statusCode()).as(path).isEqualTo(200);
            assertThat(other.body()).as(path).isEqualTo(first.body());
            assertThat(other.headers().firstValue("Content-Type")).as(path).isEqualTo(first.headers().firstValue("Content-Type"));
        }
        // a kept page keeps the headers every page carries
        assertThat(web.get("/").headers().firstValue("Content-Security-Policy")).contains(Templates.CONTENT_SECURITY_POLICY);
    }

    @Test
    void errorsAreNeitherTaggedNorKept() {
        HttpResponse<String> bad = web.get("/api/events?limit=0");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("ETag")).isEmpty();
        assertThat(web.get("/api/docs/" + "0".repeat(64)).statusCode()).isEqualTo(404);
    }

    @Test
    void anIngestChangesWhatIsServedAndItsTag() {
        String path = "/api/events?a=CAN&b=VEN&limit=50";
        HttpResponse<String> before = web.get(path);
        long total = web.parse(before).get("total").asLong();
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, etag).statusCode()).isEqualTo(304);

        web.repository.write(Corpus.monthly("news/more.txt", 4, "CAN", "VEN", "2024-06"));

        HttpResponse<String> after = get(path, etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(web.parse(after).get("total").asLong()).isEqualTo(total + 4);
        assertThat(after.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    }

    @Test
    void aLetterMarkChangesWhatIsServedAndItsTag() {
        String id = LetterDesk.id(web, "letter.txt");
        String path = "/api/letters/" + id;
        HttpResponse<String> before = web.get(path);
        assertThat(web.parse(before).get("letter").get("state").asText()).isNotEqualTo("replied");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, etag).statusCode()).isEqualTo(304);
        String page = web.get("/letters/" + id).body();

        HttpResponse<String> marked = web.postJson("/api/letters/" + id + "/marks",
                "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"answered by phone\"}");
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);

        HttpResponse<String> after = get(path, etag);
        assertThat(after.statusCode()).isEqualTo(200);
        JsonNode letter = web.parse(after).get("letter");
        assertThat(letter.get("state").asText()).isEqualTo("replied");
        assertThat(letter.get("setByHand").asBoolean()).isTrue();
        assertThat(web.get("/letters/" + id).body()).isNotEqualTo(page);
    }
}
