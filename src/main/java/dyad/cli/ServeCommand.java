package dyad.cli;

import dyad.accountability.DecisionLog;
import dyad.accountability.JdbcDecisionLog;
import dyad.accountability.LetterService;
import dyad.accountability.TrackingConfig;
import dyad.index.LuceneSearchIndex;
import dyad.index.ServingIndex;
import dyad.ingest.DocumentDates;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.timeline.StoreTimelines;
import dyad.web.Observatory;
import dyad.web.Unavailable;
import dyad.web.WebServer;
import io.javalin.util.JavalinBindException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: JSON API under /api/ (described at /api/openapi.json), "
                + "pages (overview, dyad timelines, events, documents, voices, letters, search) and Atom feeds.",
                "Read only but for corrections of letters (POST /api/letters/{id}/marks, unauthenticated: keep to loopback); "
                        + "runs until interrupted (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = 7700;

    @Option(names = "--letters-config", paramLabel = "FILE",
            description = "Letter tracking settings (default: ./" + TrackingConfig.FILE_NAME + " if present, else built-in).")
    Path lettersConfig;

    @Option(names = "--ingest", arity = "1..*", paramLabel = "PATH",
            description = "First ingest these files or folders into the store (as 'dyad ingest' does), then serve it.")
    List<String> ingest;

    private final ExtractorSource extractors;
    private final InputStream stdin;

    ServeCommand() {
        this(ExtractorSource.MODELS, System.in);
    }

    ServeCommand(ExtractorSource extractors, InputStream stdin) {
        this.extractors = extractors;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
        }
        StoreLocation location = store.location();
        TrackingConfig settings = LetterDesk.settings(lettersConfig);
        PrintWriter err = spec.commandLine().getErr();
        if (ingest != null) { // files that fail are reported; the rest is served
            new IngestCommand(extractors, stdin).ingestInto(location, ingest, DocumentDates.NONE,
                    Runtime.getRuntime().availableProcessors(), err);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (Repository repository = Stores.open(location); DecisionLog log = decisionLog(location, err)) {
            Observatory observatory = observatory(repository, location, log, settings, err);
            WebServer server;
            try {
                server = WebServer.start(observatory, host, port);
            } catch (JavalinBindException e) {
                throw new UserError("--port " + port + " on " + host + " is in use or not allowed: " + e.getMessage());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                observatory.search().close();
                stopped.countDown();
            }, "dyad-serve-shutdown"));
            err.println("dyad: serving " + location.describe() + " at http://" + host + ":" + server.port() + "/ (Ctrl-C stops)");
            err.flush();
            stopped.await();
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        return 0;
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
}
