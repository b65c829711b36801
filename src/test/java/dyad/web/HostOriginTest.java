package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server on loopback answers only requests that name it (DNS rebinding reaches nothing) and takes
 * writes only from its own pages (no other origin writes through a visitor's browser); over HTTP,
 * with the Host and Origin a browser would send.
 */
class HostOriginTest {

    @TempDir
    static Path folder;
    static WebHarness web;
    static String marks;
    static int port;

    @BeforeAll
    static void start() {
        web = LetterDesk.harness(folder);
        marks = "/api/letters/" + LetterDesk.id(web, "letter.txt") + "/marks";
        port = web.server.port();
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static RawHttp.Response mark(int port, String host, String origin, String who) {
        String body = "{\"state\": \"replied\", \"who\": \"" + who + "\", \"why\": \"checked\"}";
        return RawHttp.exchange(port, "POST " + marks + " HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json"
                + (origin == null ? "" : "\r\nOrigin: " + origin), body);
    }

    private static JsonNode json(RawHttp.Response r) throws Exception {
        return new ObjectMapper().readTree(r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:%d", "localhost:%d", "LOCALHOST.:%d", "[::1]:%d", "127.0.0.1", "localhost"})
    void loopbackNamesAreServed(String host) {
        RawHttp.Response r = RawHttp.get(port, "/api/events", "Host: " + host.formatted(port));
        assertThat(r.status()).as(host).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"attacker.example:%d", "attacker.example", "127.0.0.1.attacker.example:%d",
            "localhost.attacker.example", "127.1:%d", "0x7f000001:%d", "2130706433:%d", "[::2]:%d", "10.0.0.1:%d"})
    void aForeignHostIs403ForApiAndPages(String host) throws Exception {
        RawHttp.Response api = RawHttp.get(port, "/api/events", "Host: " + host.formatted(port));
        assertThat(api.status()).as(host).isEqualTo(403);
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode error = json(api);
        assertThat(error.get("status").asInt()).isEqualTo(403);
        assertThat(error.get("error").asText()).contains("is not a name of this server").contains("--allowed-host");
        RawHttp.Response page = RawHttp.get(port, "/letters", "Host: " + host.formatted(port));
        assertThat(page.status()).as(host).isEqualTo(403);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(RawHttp.get(port, "/static/style.css", "Host: " + host.formatted(port)).status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil@127.0.0.1:%d", "127.0.0.1:%d@evil", "127.0.0.1:%d/x", "127.0.0.1:%d#x", "127.0.0.1:x",
            "127.0.0.1:%d, attacker.example"})
    void aMalformedHostIsRefused(String host) {
        RawHttp.Response r = RawHttp.get(port, "/api/events", "Host: " + host.formatted(port));
        assertThat(r.status()).as(host).isIn(400, 403);
    }

    @Test
    void twoHostsOrAForeignAbsoluteTargetAreRefused() {
        RawHttp.Response two = RawHttp.get(port, "/api/events", "Host: 127.0.0.1:" + port, "Host: attacker.example:" + port);
        assertThat(two.status()).isIn(400, 403);
        RawHttp.Response absolute = RawHttp.exchange(port, "GET http://attacker.example:" + port + "/api/events HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port, "");
        assertThat(absolute.status()).isIn(400, 403);
        RawHttp.Response own = RawHttp.exchange(port, "GET http://127.0.0.1:" + port + "/api/events HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port, "");
        assertThat(own.status()).isEqualTo(200);
    }

    @Test
    void aWriteFromAnotherOriginOrForAnotherHostIsRefusedAndLogsNothing() throws Exception {
        String here = "127.0.0.1:" + port;
        int logged = web.letters.decisions().size();
        for (String origin : List.of("http://attacker.example:" + port, "null", "http://127.0.0.1:" + (port + 1),
                "https://127.0.0.1:" + port + ".attacker.example", "http://localhost:" + port, "file://", "http://" + here + "/x",
                "http://" + here + ", http://attacker.example")) {
            RawHttp.Response r = mark(port, here, origin, "Eve");
            assertThat(r.status()).as(origin).isEqualTo(403);
            assertThat(json(r).get("error").asText()).as(origin).contains("Origin");
        }
        RawHttp.Response rebound = mark(port, "attacker.example:" + port, "http://attacker.example:" + port, "Eve");
        assertThat(rebound.status()).isEqualTo(403);
        assertThat(web.letters.decisions()).hasSize(logged);

        // the server's own page, and a client that is not a browser (no Origin), may write
        assertThat(mark(port, here, "http://" + here, "Ana").status()).isEqualTo(200);
        assertThat(mark(port, "localhost:" + port, "http://localhost:" + port, "Ana").status()).isEqualTo(200);
        assertThat(mark(port, here, null, "Ana").status()).isEqualTo(200);
        assertThat(web.letters.decisions()).hasSize(logged + 3).allSatisfy(d -> assertThat(d.who()).isEqualTo("Ana"));
    }

    @Test
    void anAllowedNameIsServedAndItsOwnOriginMayWrite() throws Exception {
        try (WebServer named = WebServer.start(Observatory.of(web.repository, new FakeTimelines(web.repository), web.search,
                web.letters), new WebSettings("127.0.0.1", 0, List.of("Dyad.Example.org"), false))) {
            int p = named.port();
            assertThat(RawHttp.get(p, "/api/events", "Host: dyad.example.org").status()).isEqualTo(200);
            assertThat(RawHttp.get(p, "/api/events", "Host: dyad.example.org:" + p).status()).isEqualTo(200);
            assertThat(RawHttp.get(p, "/api/events", "Host: other.example.org").status()).isEqualTo(403);
            // behind a proxy that ends TLS: the page is https://dyad.example.org, the Host has no port
            assertThat(mark(p, "dyad.example.org", "https://dyad.example.org", "Ana").status()).isEqualTo(200);
            assertThat(mark(p, "dyad.example.org", "https://other.example.org", "Eve").status()).isEqualTo(403);
        }
    }

    @Test
    void boundToEveryInterfaceTheMachinesAddressesAndLoopbackAreAllowed() {
        HostCheck check = HostCheck.of(new WebSettings("0.0.0.0", 0, List.of("dyad.lan"), false));
        assertThat(check.allowed()).contains("127.0.0.1", "localhost", "0:0:0:0:0:0:0:1", "dyad.lan")
                .doesNotContain("attacker.example");
        assertThat(HostCheck.loopback(new WebSettings("0.0.0.0", 0, List.of(), false))).isFalse();
        assertThat(HostCheck.loopback(WebSettings.local(0))).isTrue();
        assertThat(HostCheck.loopback(new WebSettings("localhost", 0, List.of(), false))).isTrue();
        // bound to one address, only that address and the names given
        HostCheck one = HostCheck.of(new WebSettings("192.0.2.7", 0, List.of(), false));
        assertThat(one.allowed()).containsExactly("192.0.2.7");
    }
}
