package dyad.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.source.TextDecoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Feeds and pages from a server on 127.0.0.1: conditional GETs, and each way a request is refused. */
class HttpFetcherTest {

    private static FixtureServer server;

    /** Generous, so that a busy machine does not time out answers that come at once (the slow page waits 5 s). */
    private final HttpFetcher fetcher = new HttpFetcher(new WatchSettings(Duration.ZERO, Duration.ofMillis(3_000),
            TextDecoder.DEFAULT_MAX_BYTES, 5));

    @BeforeAll
    static void start() throws Exception {
        server = new FixtureServer(5_000);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private Fetched get(String path) throws Exception {
        return fetcher.get(URI.create(server.url(path)), FeedVersion.NONE);
    }

    private String failure(String path) {
        try {
            get(path);
        } catch (FetchFailed e) {
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError(path + " did not fail");
    }

    @Test
    void aFeedIsAskedForAgainWithTheValidatorsItAnsweredWith() throws Exception {
        Fetched news = get("/news.rss");
        assertThat(news.notModified()).isFalse();
        assertThat(news.etag()).isEqualTo(FixtureServer.NEWS_ETAG);
        assertThat(new String(news.body(), StandardCharsets.UTF_8)).contains("Ghana recalls its envoy from Norway");
        assertThat(fetcher.get(URI.create(server.url("/news.rss")), new FeedVersion(news.etag(), null, "x")).notModified())
                .isTrue();

        Fetched wire = get("/wire.atom");
        assertThat(wire.lastModified()).isEqualTo(FixtureServer.WIRE_MODIFIED);
        assertThat(fetcher.get(URI.create(server.url("/wire.atom")), new FeedVersion(null, wire.lastModified(), "x"))
                .notModified()).isTrue();
    }

    @Test
    void aRedirectIsFollowedToThePage() throws Exception {
        Fetched page = get("/moved/ghana-norway");
        assertThat(page.uri()).hasToString(server.url("/pages/ghana-norway.html"));
        assertThat(page.contentType()).startsWith("text/html");
    }

    @Test
    void eachRefusalSaysWhy() {
        assertThat(failure("/pages/error.html")).isEqualTo("HTTP 500");
        assertThat(failure("/pages/nowhere.html")).isEqualTo("HTTP 404");
        assertThat(failure("/pages/huge.html")).isEqualTo("too large (over 10 MB limit)");
        assertThat(failure("/pages/declared.html")).isEqualTo("too large (20 MB > 10 MB limit)");
    }

    @Test
    void aRedirectLoopStopsAfterTheLimit() {
        server.forget();
        assertThat(failure("/loop/a")).isEqualTo("too many redirects (more than 5)");
        assertThat(server.paths()).filteredOn(p -> p.startsWith("/loop/")).hasSize(6);
    }

    @Test
    void aSlowHostTimesOut() {
        long start = System.nanoTime();
        assertThat(failure("/pages/slow.html")).isEqualTo("timed out (no full answer within 3 s)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(4_900));
    }

    @Test
    void aHostIsAskedAgainOnlyAfterTheDelay() throws Exception {
        HttpFetcher polite = new HttpFetcher(new WatchSettings(Duration.ofMillis(400), Duration.ofSeconds(5),
                TextDecoder.DEFAULT_MAX_BYTES, 5));
        long start = System.nanoTime();
        polite.get(URI.create(server.url("/pages/kenya-eritrea.html")), FeedVersion.NONE);
        polite.get(URI.create(server.url("/pages/peru-japan.html")), FeedVersion.NONE);
        polite.get(URI.create(server.url("/pages/uruguay-vietnam.txt")), FeedVersion.NONE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(800));
    }

    @Test
    void badSettingsAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> WatchSettings.of(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
                .hasMessage("--delay must be between 0 and 3600 seconds: -1");
        assertThatThrownBy(() -> WatchSettings.of(Duration.ZERO, Duration.ZERO))
                .hasMessage("--timeout must be over 0 and at most 600 seconds: 0");
    }
}
