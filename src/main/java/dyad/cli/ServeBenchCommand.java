package dyad.cli;

import dyad.bench.ServeBench;
import dyad.bench.ServeBench.Endpoint;
import dyad.bench.ServeBench.Latency;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.web.WebServer;
import dyad.web.WebSettings;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store on loopback in this process (or use the server at --url) and time it over HTTP: "
                + "requests per second and p50/p95/p99 per endpoint, at --concurrency clients at once.",
                "Targets (2 cores, concurrency 8): timeline >= 500 req/s and overview >= 300 req/s on the sample store; "
                        + "timeline >= 150 req/s with p95 < 100 ms at 10,000,000 events."})
final class ServeBenchCommand implements Callable<Integer> {

    static final double TIMELINE_TARGET = 500;
    static final double OVERVIEW_TARGET = 300;
    static final double TIMELINE_P95_BUDGET_MS = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--concurrency", paramLabel = "N", description = "Clients sending at once (default: ${DEFAULT-VALUE}).")
    int concurrency = 8;

    @Option(names = "--requests", paramLabel = "N", description = "Timed requests per endpoint, after a warm-up (default: ${DEFAULT-VALUE}).")
    int requests = 2000;

    @Option(names = "--dyad", paramLabel = "A/B", description = "The dyad whose timeline, page and feed are requested (default: ${DEFAULT-VALUE}).")
    String dyad = "CAN/VEN";

    @Option(names = "--url", paramLabel = "URL",
            description = "Time the server already running there (e.g. http://127.0.0.1:7700) instead of serving --db in this process.")
    URI url;

    @Override
    public Integer call() {
        if (concurrency < 1 || requests < 1) {
            throw new ParameterException(spec.commandLine(), "--concurrency and --requests must be at least 1");
        }
        if (!dyad.matches("[A-Z]{3}/[A-Z]{3}")) {
            throw new ParameterException(spec.commandLine(), "--dyad: two ISO3 codes as A/B, got '" + dyad + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Latency> results;
        String served;
        if (url != null) {
            served = url.toString();
            results = run(url);
        } else {
            StoreLocation location = store.location();
            try (ServedStore store = ServedStore.open(location, LetterDesk.settings(null), err)) {
                WebServer server = WebServer.start(store.observatory(), new WebSettings("127.0.0.1", 0, List.of(), false));
                try {
                    served = location.describe() + ", served in this process";
                    results = run(URI.create("http://127.0.0.1:" + server.port()));
                } finally {
                    server.close();
                    store.observatory().search().close();
                }
            } catch (StoreException e) {
                throw new UserError(e.getMessage());
            }
        }
        print(out, served, results);
        return 0;
    }

    private List<Latency> run(URI base) {
        String path = dyad;
        List<Endpoint> endpoints = List.of(
                Endpoint.plain("baseline: static file (no store)", "/static/favicon.svg"),
                Endpoint.plain("api events, 50", "/api/events?limit=50"),
                Endpoint.plain("api timeline", "/api/dyads/" + path + "/timeline"),
                Endpoint.plain("overview page", "/"),
                Endpoint.plain("dyad page", "/dyads/" + path + "?either=true"),
                Endpoint.plain("dyad feed", "/feeds/dyads/" + path + ".atom"),
                new Endpoint("api timeline, If-None-Match", "/api/dyads/" + path + "/timeline", true));
        return new ServeBench().run(base, endpoints, concurrency, requests, System.err);
    }

    private void print(PrintWriter out, String served, List<Latency> results) {
        out.printf(Locale.ROOT, "server               %s%n", served);
        out.printf(Locale.ROOT, "clients              %d at once, %d timed requests per endpoint, %d processors%n",
                concurrency, requests, Runtime.getRuntime().availableProcessors());
        double baseline = results.get(0).requestsPerSecond();
        out.printf(Locale.ROOT, "%-32s %9s %8s %8s %8s %6s %9s %9s%n", "endpoint", "req/s", "p50 ms", "p95 ms", "p99 ms",
                "failed", "/baseline", "first ms");
        for (Latency l : results) {
            out.printf(Locale.ROOT, "%-32s %9.0f %8.1f %8.1f %8.1f %6d %9.2f %9.1f%s%n", l.name(), l.requestsPerSecond(),
                    l.p50Millis(), l.p95Millis(), l.p99Millis(), l.failed(), l.requestsPerSecond() / baseline,
                    l.firstMillis(), target(l));
        }
        out.printf(Locale.ROOT, "(first ms: an endpoint's first request, computed from the store; the others are mostly"
                + " answers kept until the store changes)%n");
        out.flush();
    }

    private static String target(Latency l) {
        if (l.name().equals("api timeline")) {
            return String.format(Locale.ROOT, "  (target >= %.0f req/s: %.2fx of target; p95 < %.0f ms: %.2fx of budget)",
                    TIMELINE_TARGET, l.requestsPerSecond() / TIMELINE_TARGET, TIMELINE_P95_BUDGET_MS,
                    l.p95Millis() / TIMELINE_P95_BUDGET_MS);
        }
        if (l.name().equals("overview page")) {
            return String.format(Locale.ROOT, "  (target >= %.0f req/s: %.2fx of target)", OVERVIEW_TARGET,
                    l.requestsPerSecond() / OVERVIEW_TARGET);
        }
        return "";
    }
}
