package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.source.feed.FixtureServer;
import dyad.store.DocumentInfo;
import dyad.store.PageRequest;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.TestPostgres;
import dyad.model.Extraction;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `dyad watch` against feeds and pages on 127.0.0.1, with a stub extractor: each item's page stored
 * once with the item's and the page's metadata, a second run fetching nothing it has, and each
 * failure one line naming the feed or the item's link and why.
 */
class WatchCommandTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private FixtureServer server;
    private Path localFeed;

    @BeforeEach
    void start() throws Exception {
        server = new FixtureServer(10_000);
        localFeed = Files.writeString(dir.resolve("local.rss"), server.fixture("local.rss"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Path store() {
        return dir.resolve("dyad-data");
    }

    private Cli.Run watch(String... feeds) {
        List<String> args = new java.util.ArrayList<>(List.of("watch", "--db", store().toString(), "--delay", "0",
                "--timeout", "1.5", "--threads", "1"));
        args.addAll(List.of(feeds));
        return cli.run(args.toArray(String[]::new));
    }

    private List<DocumentInfo> documents() {
        try (Repository repo = Stores.open(StoreLocation.folder(store()))) {
            return repo.documents(PageRequest.first(100)).items();
        }
    }

    private String storeSummary(int added, int unchanged, int failed) {
        return "dyad: ingested into jdbc:duckdb:" + store().resolve(StoreLocation.EMBEDDED_FILE) + ": " + added + " added, 0 replaced, "
                + unchanged + " unchanged, " + failed + " failed";
    }

    private String[] allFeeds() {
        return new String[] {server.url("/news.rss"), server.url("/wire.atom"), server.url("/troubled.rss"),
                server.url("/broken.xml"), server.url("/down.rss"), localFeed.toString()};
    }

    @Test
    void storesEachItemOnceAndReportsEachFailureOnItsOwnLine() {
        Cli.Run run = watch(allFeeds());

        assertThat(run.exit()).isEqualTo(1);
        List<String> err = run.errLines();
        assertThat(err).contains(
                "dyad: cannot read '" + server.url("/pages/error.html") + "': HTTP 500",
                "dyad: cannot read '" + server.url("/pages/slow.html") + "': timed out (no full answer within 1.5 s)",
                "dyad: cannot read '" + server.url("/pages/huge.html") + "': too large (over 10 MB limit)",
                "dyad: cannot read '" + server.url("/loop/a") + "': too many redirects (more than 5)",
                "dyad: cannot read 'troubled-5': an item of " + server.url("/troubled.rss") + " with no link to fetch",
                "dyad: cannot read '" + server.url("/down.rss") + "': HTTP 500",
                "dyad: watched 6 feeds: 4 read, 0 not modified, 0 unchanged, 2 failed; 11 new items, 1 seen before, 5 failed",
                storeSummary(6, 1, 7));
        assertThat(err).filteredOn(l -> l.startsWith("dyad: cannot read '" + server.url("/broken.xml") + "': malformed feed: "))
                .hasSize(1);
        assertThat(err).hasSize(9);

        assertThat(documents()).extracting(d -> d.name() + " | " + d.meta().title() + " | " + d.date().value() + " | "
                + d.meta().url() + " | " + d.meta().publisher() + " | " + d.meta().author()).containsExactlyInAnyOrder(
                // The page's og:title and date beat the item's; the feed's title stands for the publisher the page names too.
                server.url("/pages/chile-new-zealand.html") + " | Chile and New Zealand agree on South Pacific fishing quotas"
                        + " | 2026-03-02 | " + server.url("/pages/chile-new-zealand.html") + " | Harbour Desk | desk@harbour.example (Ines Varga)",
                // A page with no date and only a <title>: the item's title and date (followed through a redirect).
                server.url("/moved/ghana-norway") + " | Ghana recalls its envoy from Norway | 2026-03-04 | "
                        + server.url("/moved/ghana-norway") + " | Harbour Desk | null",
                // A text page: what the item says.
                server.url("/pages/uruguay-vietnam.txt") + " | Uruguay and Vietnam open trade talks | 2026-03-05 | "
                        + server.url("/pages/uruguay-vietnam.txt") + " | Harbour Desk | null",
                server.url("/pages/kenya-eritrea.html") + " | Kenya condemns an Eritrean border incursion | 2026-03-06 | "
                        + server.url("/pages/kenya-eritrea.html") + " | Meridian Wire | Tomas Reyes",
                // JSON-LD speaks for the page: its headline, author and datePublished over the entry's updated day.
                server.url("/pages/mongolia-portugal.html") + " | Mongolia welcomes Portugal's foreign minister | 2026-03-06 | "
                        + server.url("/pages/mongolia-portugal.html") + " | Meridian Wire | Saruul Bat",
                server.url("/pages/peru-japan.html") + " | Peru and Japan agree on a seismic early-warning link | 2026-03-08 | "
                        + server.url("/pages/peru-japan.html") + " | Andes Notes | null");
        assertThat(server.paths()).filteredOn("/pages/chile-new-zealand.html"::equals).hasSize(1);
    }

    @Test
    void aSecondRunFetchesNothingItHasAndRetriesWhatFailed() {
        watch(allFeeds());
        List<DocumentInfo> before = documents();
        server.forget();

        Cli.Run again = watch(allFeeds());

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.errLines()).contains(
                "dyad: watched 6 feeds: 1 read, 2 not modified, 1 unchanged, 2 failed; 4 new items, 1 seen before, 5 failed",
                storeSummary(0, 0, 7));
        assertThat(server.requests()).filteredOn(r -> r.path().equals("/news.rss"))
                .extracting(FixtureServer.Request::ifNoneMatch).containsExactly(FixtureServer.NEWS_ETAG);
        assertThat(server.requests()).filteredOn(r -> r.path().equals("/wire.atom"))
                .extracting(FixtureServer.Request::ifModifiedSince).containsExactly(FixtureServer.WIRE_MODIFIED);
        // Only the troubled feed, read in full again because some of its items failed, and those items' pages.
        assertThat(server.paths()).filteredOn(p -> p.startsWith("/pages/") || p.startsWith("/moved/"))
                .containsExactlyInAnyOrder("/pages/error.html", "/pages/slow.html", "/pages/huge.html");
        assertThat(documents()).isEqualTo(before);
    }

    @Test
    void feedsWhoseItemsAllArriveAreNotParsedAgain() {
        Cli.Run first = watch(server.url("/news.rss"), localFeed.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.errLines()).containsExactly(
                "dyad: watched 2 feeds: 2 read, 0 not modified, 0 unchanged, 0 failed; 4 new items, 0 seen before, 0 failed",
                storeSummary(4, 0, 0));
        server.forget();

        Cli.Run again = watch(server.url("/news.rss"), localFeed.toString());

        assertThat(again.exit()).isZero();
        assertThat(again.errLines()).containsExactly(
                "dyad: watched 2 feeds: 0 read, 1 not modified, 1 unchanged, 0 failed; 0 new items, 0 seen before, 0 failed",
                storeSummary(0, 0, 0));
        assertThat(server.paths()).containsExactly("/news.rss");
        assertThat(cli.loads).hasValue(1);
    }

    /** The same on PostgreSQL, at {@code DYAD_TEST_PG}; skipped without one (a failure under CI). */
    @Test
    void watchesIntoPostgresqlToo() throws Exception {
        String pg = TestPostgres.emptied();
        String[] args = {"watch", "--db", pg, "--delay", "0", "--threads", "1", server.url("/news.rss"), server.url("/wire.atom")};
        Cli.Run first = cli.run(args);
        assertThat(first.exit()).isZero();
        assertThat(first.errLines()).first().isEqualTo(
                "dyad: watched 2 feeds: 2 read, 0 not modified, 0 unchanged, 0 failed; 5 new items, 1 seen before, 0 failed");
        Cli.Run again = cli.run(args);
        assertThat(again.exit()).isZero();
        assertThat(again.errLines()).first().isEqualTo(
                "dyad: watched 2 feeds: 0 read, 2 not modified, 0 unchanged, 0 failed; 0 new items, 0 seen before, 0 failed");
        try (Repository repo = Stores.open(StoreLocation.parse(pg))) {
            assertThat(repo.documents(PageRequest.first(100)).items()).extracting(d -> d.meta().title()).contains(
                    "Ghana recalls its envoy from Norway", "Mongolia welcomes Portugal's foreign minister").hasSize(5);
        }
    }

    @Test
    void withEveryItWaitsForTheNextRoundUntilInterrupted() throws Exception {
        CommandLine cl = Main.commandLine(() -> doc -> Extraction.of(Cli.echo(doc)), new ByteArrayInputStream(new byte[0]));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread watching = new Thread(() -> exit.set(cl.execute("watch", "--db", store().toString(), "--delay", "0",
                "--every", "1", localFeed.toString())));
        watching.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!err.toString().contains("next round") && System.nanoTime() < deadline && watching.isAlive()) {
            Thread.sleep(50);
        }
        watching.interrupt();
        watching.join(30_000);

        assertThat(watching.isAlive()).isFalse();
        assertThat(exit).hasValue(0);
        assertThat(err.toString().lines()).containsExactly(
                "dyad: watched 1 feed: 1 read, 0 not modified, 0 unchanged, 0 failed; 1 new item, 0 seen before, 0 failed",
                storeSummary(1, 0, 0),
                "dyad: next round in 1 minute");
    }

    @Test
    void aMissingFeedFileAndBadOptionsSayWhy() {
        Cli.Run missing = watch(dir.resolve("nowhere.rss").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.errLines()).first().isEqualTo("dyad: cannot read '" + dir.resolve("nowhere.rss")
                + "': no such file or directory");

        Cli.Run every = cli.run("watch", "--db", store().toString(), "--every", "0", localFeed.toString());
        assertThat(every.exit()).isEqualTo(2);
        assertThat(every.errLines()).containsExactly("dyad: --every must be at least 1 minute: 0 (see 'dyad watch --help')");

        Cli.Run delay = cli.run("watch", "--db", store().toString(), "--delay", "-2", localFeed.toString());
        assertThat(delay.exit()).isEqualTo(2);
        assertThat(delay.errLines()).containsExactly(
                "dyad: --delay must be between 0 and 3600 seconds: -2 (see 'dyad watch --help')");

        Cli.Run memory = cli.run("watch", "--db", "jdbc:duckdb:", localFeed.toString());
        assertThat(memory.exit()).isEqualTo(2);
        assertThat(memory.errLines()).containsExactly(
                "dyad: jdbc:duckdb:: watching feeds needs a store on disk or a server, not an in-memory store");
    }
}
