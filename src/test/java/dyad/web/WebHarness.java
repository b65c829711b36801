package dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.accountability.JdbcDecisionLog;
import dyad.accountability.LetterService;
import dyad.accountability.TrackingConfig;
import dyad.index.SearchHit;
import dyad.index.SearchQuery;
import dyad.store.Ingested;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A store filled with the test corpus (and any further documents) and a server over it on a free
 * loopback port, with an HTTP client. Letters are tracked as of {@link #TODAY} by a fixed clock.
 */
final class WebHarness extends WebClient implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    final Repository repository;
    final JdbcDecisionLog log;
    final LetterService letters;
    final FakeSearch search;
    final WebServer server;
    final Ingested letter = Corpus.letter();
    final Ingested hostile = Corpus.hostile();
    final Ingested monthly = Corpus.monthly("news/monthly.txt", 30, "CAN", "VEN", "2023-01");

    WebHarness(Path folder, Ingested... more) {
        super(0);
        StoreLocation location = StoreLocation.folder(folder);
        repository = Stores.open(location);
        List<Ingested> documents = new ArrayList<>(List.of(letter, hostile, monthly));
        documents.addAll(List.of(more));
        repository.write(documents);
        log = JdbcDecisionLog.open(location);
        letters = LetterService.of(repository, log, TrackingConfig.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
        search = new FakeSearch(List.of(
                new SearchHit(SearchQuery.Kind.EVENT, letter.hash(), "letters/open.md", null, "Canada SANCTION Venezuela",
                        "Canada imposed sanctions on Venezuela in 2017.", Corpus.LETTER.indexOf("Canada imposed"),
                        Corpus.LETTER.indexOf("Canada imposed") + 46, 2.5f),
                new SearchHit(SearchQuery.Kind.QUOTE, hostile.hash(), "news/hostile", null, "<script>alert('hit')</script>",
                        "\"<b>snippet</b>\" & more", 0, 0, 1.0f)),
                Map.of("kind", Map.of("event", 1L, "quote", 1L), "type", Map.of("SANCTION", 1L),
                        "country", Map.of("CAN", 2L, "<VEN>", 1L)));
        server = WebServer.start(Observatory.of(repository, new FakeTimelines(repository), search, letters), "127.0.0.1", 0);
    }

    @Override
    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        log.close();
        repository.close();
    }
}
