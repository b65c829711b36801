package dyad.cli;

import dyad.pipeline.Extractors;
import dyad.pipeline.Pipeline;
import dyad.access.JdbcTokens;
import dyad.accountability.TrackingConfig;
import dyad.source.DocumentDates;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.web.Observatory;
import dyad.web.WebServer;
import dyad.web.WebSettings;
import io.javalin.util.JavalinBindException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
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
                "Read only but for corrections of letters (POST /api/letters/{id}/marks): beyond loopback they need a token "
                        + "('dyad tokens add NAME'); runs until interrupted (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--host", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--port", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port = 7700;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A further name or address the server is reached by (repeatable); requests naming another host are refused.")
    List<String> allowedHosts = List.of();

    @Option(names = "--private", description = "Every request needs a token, reads too (writes need one whenever the "
            + "server listens beyond loopback).")
    boolean privateReads;

    @Option(names = "--letters-config", paramLabel = "FILE",
            description = "Letter tracking settings (default: ./" + TrackingConfig.FILE_NAME + " if present, else built-in).")
    Path lettersConfig;

    @Option(names = "--ingest", arity = "1..*", paramLabel = "PATH",
            description = "First ingest these files or folders into the store (as 'dyad ingest' does), then serve it.")
    List<String> ingest;

    private final Extractors extractors;
    private final InputStream stdin;

    ServeCommand() {
        this(Extractors.MODELS, System.in);
    }

    ServeCommand(Extractors extractors, InputStream stdin) {
        this.extractors = extractors;
        this.stdin = stdin;
    }

    @Override
    public Integer call() throws InterruptedException {
        WebSettings web;
        try {
            web = new WebSettings(host, port, allowedHosts, privateReads);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        StoreLocation location = store.location();
        TrackingConfig settings = LetterDesk.settings(lettersConfig);
        PrintWriter err = spec.commandLine().getErr();
        if (ingest != null) { // files that fail are reported; the rest is served
            IngestCommand.ingest(location, ingest, DocumentDates.NONE,
                    new Pipeline(extractors, Runtime.getRuntime().availableProcessors(), stdin), err);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (ServedStore served = ServedStore.open(location, settings, err)) {
            Observatory observatory = served.observatory();
            WebServer server;
            try {
                server = WebServer.start(observatory, web);
            } catch (JavalinBindException e) {
                throw new UserError("--port " + port + " on " + host + " is in use or not allowed: " + e.getMessage());
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                observatory.search().close();
                stopped.countDown();
            }, "dyad-serve-shutdown"));
            err.println("dyad: serving " + location.describe() + " at http://" + host + ":" + server.port() + "/ (Ctrl-C stops)");
            access(web, served.tokens(), err);
            err.flush();
            stopped.await();
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        return 0;
    }

    /** Says on stderr who may write (and read), when that is not everyone on this machine. */
    private static void access(WebSettings web, JdbcTokens tokens, PrintWriter err) {
        boolean beyond = !web.loopback();
        if (!beyond && !web.privateReads()) {
            return;
        }
        int issued = tokens == null ? 0 : tokens.list().size();
        err.println("dyad: " + (web.privateReads() ? "private: every request needs" : "listening beyond loopback: writes need")
                + " a token (Authorization: Bearer TOKEN); " + (tokens == null ? "an in-memory store keeps none"
                : issued == 0 ? "none is issued yet: 'dyad tokens add NAME' issues one" : issued + " issued ('dyad tokens list')"));
        if (beyond) {
            err.println("dyad: tokens cross the network in clear over http: put a proxy that ends TLS in front"
                    + " (and give its name with --allowed-host)");
        }
        err.flush();
    }
}
