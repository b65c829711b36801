package dyad.cli;

import dyad.index.LuceneSearchIndex;
import dyad.index.SearchIndex;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.web.Observatory;
import dyad.web.Unavailable;
import dyad.timeline.StoreTimelines;
import dyad.web.WebServer;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store over HTTP: JSON API under /api/ (described at /api/openapi.json), "
                + "pages (overview, dyad timelines, events, documents, voices, letters, search) and Atom feeds.",
                "Read only; runs until interrupted (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "URL",
            description = "The store: a folder (embedded), jdbc:duckdb:FILE or jdbc:postgresql://HOST:PORT/DB "
                    + "(default: ./" + StoreLocation.DEFAULT_FOLDER + ").")
    String db;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = 7700;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0..65535: " + port);
        }
        StoreLocation location;
        try {
            location = StoreLocation.parse(db);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Repository repository = Stores.open(location)) {
            Observatory observatory = observatory(repository, location, err);
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
     * The one place where the server's collaborators are built: timelines over the store, and the
     * search index beside it, opened for reading only so that ingest and {@code dyad index
     * --rebuild} can write while the server runs. Without an index, search answers 503 and says
     * how to build one; everything else works.
     */
    static Observatory observatory(Repository repository, StoreLocation location, PrintWriter err) {
        Path folder = LuceneSearchIndex.folderFor(location);
        SearchIndex search;
        if (Files.isDirectory(folder)) {
            search = LuceneSearchIndex.openForReading(folder);
        } else {
            err.println("dyad: no search index at " + folder + "; run 'dyad index --rebuild' (or ingest) to build it");
            search = Unavailable.search();
        }
        return Observatory.of(repository, StoreTimelines.over(repository), search);
    }
}
