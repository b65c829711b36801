package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every answer carries and how the server meets requests off its routes: nosniff everywhere,
 * echoed input escaped and on one line, 405 with Allow, HEAD answered as GET would be.
 */
class HttpEdgesTest {

    @TempDir
    static Path folder;
    static WebHarness web;

    @BeforeAll
    static void start() {
        web = new WebHarness(folder);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static HttpResponse<String> send(String method, String path) {
        return web.send(HttpRequest.newBuilder(URI.create(web.base() + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/events", "/api/events?limit=0", "/api/nothing", "/nothing", "/api/letters.csv",
            "/feeds/letters.atom", "/static/style.css", "/dyads/CAN/VEN", "/api/docs/" + "0000"})
    void everyAnswerIsMarkedNosniff(String path) {
        assertThat(web.get(path).headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(send("DELETE", path).headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
    }

    @Test
    void evenARequestJettyCannotParseIsAnsweredNosniff() {
        for (String path : new String[] {"/api/docs/%zz", "/docs/%00"}) {
            RawHttp.Response r = RawHttp.get(web.server.port(), path, "Host: 127.0.0.1");
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void anEchoedParameterIsEscapedInTheJsonAndCutShort() {
        String hostile = "<script>alert(1)</script>&'" + "x".repeat(500);
        HttpResponse<String> r = web.get("/api/events?limit=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(r.body()).doesNotContain("<", ">", "&").contains("\\u003Cscript\\u003E");
        String error = web.parse(r).get("error").asText();
        assertThat(error).startsWith("limit: must be a whole number, got '<script>alert(1)</script>&'").hasSizeLessThan(150);
    }

    @Test
    void anEchoedValueOfWideCharactersIsCutByCharacter() {
        String wide = "\uD83C\uDF0D".repeat(40); // 40 globes: 80 UTF-16 units
        String error = web.json("/api/events?limit=" + URLEncoder.encode(wide, StandardCharsets.UTF_8), 400).get("error").asText();
        assertThat(error).isEqualTo("limit: must be a whole number, got '" + wide + "'");
        String wider = wide.repeat(2);
        assertThat(web.json("/api/events?limit=" + URLEncoder.encode(wider, StandardCharsets.UTF_8), 400).get("error").asText())
                .isEqualTo("limit: must be a whole number, got '" + wider.substring(0, 120) + "…'");
    }

    @Test
    void anEchoedValueHoldingALineBreakStaysOnOneLine() {
        String error = web.json("/api/events?from=" + URLEncoder.encode("2020\n-01-01\u2028", StandardCharsets.UTF_8), 400)
                .get("error").asText();
        assertThat(error).isEqualTo("from: must be a date YYYY-MM-DD, got '2020\\n-01-01\\u2028'");
        assertThat(web.json("/api/docs/not%0Aa-hash", 404).get("error").asText()).startsWith("no document 'not\\na-hash'");
        assertThat(web.json("/api/letters/1%0A0", 404).get("error").asText()).startsWith("no tracked letter '1\\n0'");
    }

    @Test
    void otherMethodsAre405WithTheAllowedOnes() {
        for (String path : new String[] {"/api/events", "/events", "/api/docs/" + "0".repeat(64), "/feeds/letters.atom"}) {
            for (String method : new String[] {"DELETE", "PUT", "PATCH", "POST"}) {
                HttpResponse<String> r = send(method, path);
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(r.headers().firstValue("Allow")).as(method + " " + path).hasValue("GET, HEAD");
            }
        }
        JsonNode error = web.parse(send("DELETE", "/api/events"));
        assertThat(error.get("status").asInt()).isEqualTo(405);
        assertThat(error.get("error").asText()).isEqualTo("method 'DELETE' is not allowed on '/api/events'; allowed: GET, HEAD");
        HttpResponse<String> marks = send("GET", "/api/letters/1-0/marks");
        assertThat(marks.statusCode()).isEqualTo(405);
        assertThat(marks.headers().firstValue("Allow")).hasValue("POST");
        // an unknown path stays 404 whatever the method
        assertThat(send("DELETE", "/api/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void headAnswersAsGetWould() {
        String unknown = "/docs/" + "0".repeat(64);
        assertThat(send("HEAD", unknown).statusCode()).isEqualTo(404);
        assertThat(send("HEAD", "/api/docs/" + "0".repeat(64)).statusCode()).isEqualTo(404);
        assertThat(send("HEAD", "/api/events?limit=0").statusCode()).isEqualTo(400);
        HttpResponse<String> known = send("HEAD", "/docs/" + web.letter.hash());
        assertThat(known.statusCode()).isEqualTo(200);
        assertThat(known.body()).isEmpty();
        assertThat(known.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(send("HEAD", "/api/events").statusCode()).isEqualTo(200);
        assertThat(send("HEAD", "/static/style.css").statusCode()).isEqualTo(200);
    }
}
