package dyad.cli;

import dyad.accountability.JdbcDecisionLog;
import dyad.accountability.LetterService;
import dyad.accountability.TrackingConfig;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options every {@code letters} command shares, and the service they open. */
final class LetterDesk {

    @Mixin
    StoreOption store;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Letter tracking settings (default: ./" + TrackingConfig.FILE_NAME + " if present, else built-in).")
    Path config;

    /** An open service with the store and decision log it holds; closing closes both. */
    record Open(Repository repository, JdbcDecisionLog log, LetterService service) implements AutoCloseable {
        @Override
        public void close() {
            try {
                log.close();
            } finally {
                repository.close();
            }
        }
    }

    /** The settings in {@code file}, else in ./dyad-letters.json if present, else the built-in ones. */
    static TrackingConfig settings(Path file) {
        Path chosen = file != null ? file : Files.isRegularFile(Path.of(TrackingConfig.FILE_NAME))
                ? Path.of(TrackingConfig.FILE_NAME) : null;
        try {
            return TrackingConfig.load(chosen);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    Open open() {
        TrackingConfig settings = settings(config);
        try {
            StoreLocation location = store.location();
            Repository repository = Stores.open(location);
            JdbcDecisionLog log;
            try {
                log = JdbcDecisionLog.open(location);
            } catch (StoreException e) {
                repository.close();
                throw e;
            }
            return new Open(repository, log, LetterService.of(repository, log, settings, Clock.systemUTC()));
        } catch (IllegalArgumentException | StoreException e) {
            throw new UserError(e.getMessage());
        }
    }
}
