package dyad.cli;

import dyad.access.JdbcTokens;
import dyad.access.Tokens;
import dyad.accountability.DecisionLog;
import dyad.accountability.JdbcDecisionLog;
import dyad.accountability.LetterService;
import dyad.accountability.TrackingConfig;
import dyad.index.LuceneSearchIndex;
import dyad.index.ServingIndex;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.timeline.StoreTimelines;
import dyad.web.Observatory;
import dyad.web.Unavailable;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * A store opened to be served: the repository, its letter decision log and tokens, and the
 * {@link Observatory} built over them ({@code dyad serve} and {@code dyad bench serve}). Closing
 * closes the tokens, the log and the store; the search index is the server's to close when it stops.
 */
final class ServedStore implements AutoCloseable {

    private final Repository repository;
    private final DecisionLog log;
    private final JdbcTokens tokens;
    private final Observatory observatory;

    private ServedStore(Repository repository, DecisionLog log, JdbcTokens tokens, Observatory observatory) {
        this.repository = repository;
        this.log = log;
        this.tokens = tokens;
        this.observatory = observatory;
    }

    /** Opens the store at {@code location}; what cannot be served (letters, search) is said on {@code err}. */
    static ServedStore open(StoreLocation location, TrackingConfig settings, PrintWriter err) {
        Repository repository = Stores.open(location);
        DecisionLog log = null;
        JdbcTokens tokens = null;
        try {
            log = decisionLog(location, err);
            tokens = tokens(location);
            Observatory observatory = observatory(repository, location, log, settings, err)
                    .withTokens(tokens == null ? Tokens.NONE : tokens);
            return new ServedStore(repository, log, tokens, observatory);
        } catch (RuntimeException e) {
            closeAll(tokens, log, repository);
            throw e;
        }
    }

    Observatory observatory() {
        return observatory;
    }

    /** The store's tokens; null for an in-memory store, which keeps none. */
    JdbcTokens tokens() {
        return tokens;
    }

    /**
     * The one place where the server's collaborators are built: timelines over the store; the
     * search index beside it, opened for reading only so that ingest and {@code dyad index
     * --rebuild} can write while the server runs (while the index is missing or damaged, search
     * answers 503 naming the command that mends it, said once on stderr, and the rest is served);
     * letter tracking over the store's decision log (without one, as for an in-memory store, the
     * letter routes answer 503).
     */
    static Observatory observatory(Repository repository, StoreLocation location, DecisionLog log,
                                   TrackingConfig settings, PrintWriter err) {
        // An embedded store admits one process: the command that mends the index cannot run beside the server.
        String first = location.kind() == StoreLocation.Kind.EMBEDDED ? " (stop the server first: the embedded store"
                + " is open to one process at a time)" : "";
        ServingIndex search = ServingIndex.open(LuceneSearchIndex.folderFor(location),
                reason -> Unavailable.search(reason + first));
        search.problem().ifPresent(why -> {
            err.println("dyad: search answers 503 until the index is mended: " + why + first);
            err.flush();
        });
        LetterService letters = log == null ? null : LetterService.of(repository, log, settings, Clock.systemUTC());
        return Observatory.of(repository, StoreTimelines.over(repository), search, letters);
    }

    private static JdbcTokens tokens(StoreLocation location) {
        return location.inMemory() ? null
                : JdbcTokens.open(location);
    }

    /** The store's letter decision log; null (letters unavailable, said on stderr) for an in-memory store. Open after the repository: it migrates. */
    private static DecisionLog decisionLog(StoreLocation location, PrintWriter err) {
        try {
            return JdbcDecisionLog.open(location);
        } catch (StoreException e) {
            err.println("dyad: letters are not served: " + e.getMessage());
            err.flush();
            return null;
        }
    }

    @Override
    public void close() {
        closeAll(tokens, log, repository);
    }

    private static void closeAll(AutoCloseable... resources) {
        RuntimeException first = null;
        for (AutoCloseable r : resources) {
            if (r == null) {
                continue;
            }
            try {
                r.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof RuntimeException re ? re : new StoreException(e.getMessage(), e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
