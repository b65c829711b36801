package dyad.accountability;

import dyad.store.Ingested;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** An embedded store in a temporary folder with the decision log and a service on a fixed clock. */
final class TrackingStore implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    final Repository repository;
    final JdbcDecisionLog log;
    final LetterService service;

    TrackingStore(Path folder, Ingested... documents) {
        StoreLocation location = StoreLocation.folder(folder.resolve("dyad-data"));
        repository = Stores.open(location);
        log = JdbcDecisionLog.open(location);
        service = LetterService.of(repository, log, TrackingConfig.defaults(), Clock.fixed(NOW, ZoneOffset.UTC));
        repository.write(List.of(documents));
    }

    /** The record key of the first letter stored from document {@code name}. */
    String key(String name) {
        return service.track(java.time.LocalDate.of(2100, 1, 1)).letters().stream()
                .filter(t -> t.letter().doc().equals(name) && !t.cited()).findFirst().orElseThrow().id();
    }

    @Override
    public void close() {
        log.close();
        repository.close();
    }
}
