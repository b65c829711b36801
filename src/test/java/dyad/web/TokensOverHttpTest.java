package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.access.JdbcTokens;
import dyad.store.StoreLocation;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes need a token when the server listens beyond loopback; its holder is who decides, in the
 * audit log; reads stay open unless the server is private. Over HTTP, as a client sends them.
 */
class TokensOverHttpTest {

    @TempDir
    Path folder;
    WebHarness web;
    JdbcTokens tokens;
    String marks;
    String ana;

    @BeforeEach
    void start() {
        web = LetterDesk.harness(folder);
        tokens = JdbcTokens.open(StoreLocation.folder(folder));
        ana = tokens.issue("Ana Reviewer");
        marks = "/api/letters/" + LetterDesk.id(web, "letter.txt") + "/marks";
    }

    @AfterEach
    void stop() {
        tokens.close();
        web.close();
    }

    private WebServer serve(WebSettings settings) {
        return WebServer.start(Observatory.of(web.repository, new FakeTimelines(web.repository), web.search, web.letters)
                .withTokens(tokens), settings);
    }

    private HttpResponse<String> mark(WebServer server, String authorization, String body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + marks))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return web.send(r);
    }

    private HttpResponse<String> get(WebServer server, String path, String authorization) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return web.send(r);
    }

    private static String basic(String name, String token) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + token).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void beyondLoopbackAWriteNeedsATokenAndItsHolderDecides() {
        try (WebServer shared = serve(new WebSettings("0.0.0.0", 0, List.of(), false))) {
            String body = "{\"state\": \"replied\", \"why\": \"reply on file\"}";
            for (String wrong : new String[] {null, "Bearer dyad_nottheone", "Bearer " + ana + "x", "Token " + ana, "Bearer",
                    basic("Someone Else", ana), "Basic %%%"}) {
                HttpResponse<String> r = mark(shared, wrong, "{\"state\": \"replied\", \"who\": \"Eve\", \"why\": \"x\"}");
                assertThat(r.statusCode()).as(wrong).isEqualTo(401);
                assertThat(r.headers().allValues("WWW-Authenticate")).as(wrong)
                        .containsExactly("Bearer realm=\"dyad\"", "Basic realm=\"dyad\", charset=\"UTF-8\"");
                JsonNode error = web.parse(r);
                assertThat(error.get("status").asInt()).isEqualTo(401);
                assertThat(error.get("error").asText()).as(wrong).containsAnyOf("token", "Authorization", "Basic");
            }
            assertThat(web.letters.decisions()).isEmpty();

            HttpResponse<String> ok = mark(shared, "Bearer " + ana, body);
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            assertThat(web.parse(ok).get("decision").get("who").asText()).isEqualTo("Ana Reviewer");
            assertThat(mark(shared, "bearer " + ana, "{\"state\": \"auto\", \"who\": \"Ana Reviewer\", \"why\": \"x\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(mark(shared, basic("Ana Reviewer", ana), "{\"state\": \"replied\", \"why\": \"again\"}").statusCode())
                    .isEqualTo(200);
            // the audit log names the holder
            assertThat(web.letters.decisions()).hasSize(3).allSatisfy(d -> assertThat(d.who()).isEqualTo("Ana Reviewer"));

            // a token does not speak for someone else
            HttpResponse<String> other = mark(shared, "Bearer " + ana, "{\"state\": \"replied\", \"who\": \"Bo\", \"why\": \"x\"}");
            assertThat(other.statusCode()).isEqualTo(400);
            assertThat(web.parse(other).get("parameter").asText()).isEqualTo("who");

            // revoked: refused from the next request on
            tokens.revoke("Ana Reviewer");
            assertThat(mark(shared, "Bearer " + ana, body).statusCode()).isEqualTo(401);
            assertThat(web.letters.decisions()).hasSize(3);

            // reads stay open
            assertThat(get(shared, "/api/letters", null).statusCode()).isEqualTo(200);
            assertThat(get(shared, "/letters", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void onLoopbackATokenIsTakenTooButAWrongOneIsNot() {
        try (WebServer local = serve(WebSettings.local(0))) {
            HttpResponse<String> anonymous = mark(local, null, "{\"state\": \"replied\", \"who\": \"Bo\", \"why\": \"x\"}");
            assertThat(anonymous.statusCode()).isEqualTo(200);
            HttpResponse<String> held = mark(local, "Bearer " + ana, "{\"state\": \"auto\", \"why\": \"x\"}");
            assertThat(held.statusCode()).isEqualTo(200);
            assertThat(mark(local, "Bearer dyad_wrong", "{\"state\": \"replied\", \"who\": \"Bo\", \"why\": \"x\"}").statusCode())
                    .isEqualTo(401);
            assertThat(web.letters.decisions()).extracting(d -> d.who()).containsExactly("Bo", "Ana Reviewer");
        }
    }

    @Test
    void aPrivateServerAnswersNothingWithoutAToken() {
        try (WebServer closed = serve(new WebSettings("127.0.0.1", 0, List.of(), true))) {
            for (String path : new String[] {"/api/events", "/letters", "/", "/feeds/letters.atom", "/api/openapi.json"}) {
                HttpResponse<String> r = get(closed, path, null);
                assertThat(r.statusCode()).as(path).isEqualTo(401);
                assertThat(r.headers().allValues("WWW-Authenticate")).as(path).contains("Basic realm=\"dyad\", charset=\"UTF-8\"");
                assertThat(r.body()).as(path).contains("private").doesNotContain("Canada");
                assertThat(get(closed, path, "Bearer " + ana).statusCode()).as(path).isEqualTo(200);
                assertThat(get(closed, path, basic("Ana Reviewer", ana)).statusCode()).as(path).isEqualTo(200);
            }
            assertThat(get(closed, "/letters", "Bearer dyad_wrong").statusCode()).isEqualTo(401);
            assertThat(mark(closed, null, "{\"state\": \"replied\", \"who\": \"Bo\", \"why\": \"x\"}").statusCode()).isEqualTo(401);
            assertThat(web.letters.decisions()).isEmpty();
        }
    }
}
