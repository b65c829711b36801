package dyad.cli;

import dyad.bench.StoreBench;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "store", mixinStandardHelpOptions = true,
        description = {"Load N synthetic events (skewed countries, PLOVER types and dates over 20 years) into a store "
                + "and time it: load rate, dyad timeline p50/p95, a page of a dyad's events, heap.",
                "Targets: load >= 200,000 events/s; timeline p95 < 50 ms at 10,000,000 events (embedded store)."})
final class StoreBenchCommand implements Callable<Integer> {

    static final double LOAD_TARGET = 200_000;
    static final double TIMELINE_P95_TARGET_MS = 50;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", required = true, paramLabel = "N", description = "Events to load.")
    long events;

    @Option(names = "--queries", paramLabel = "N", description = "Timed queries per kind (default: ${DEFAULT-VALUE}).")
    int queries = 500;

    @Option(names = "--db", paramLabel = "URL",
            description = "Store to load into (default: a new embedded store in a temporary folder, deleted afterwards).")
    String db;

    @Override
    public Integer call() throws IOException {
        if (events < 1 || queries < 1) {
            throw new ParameterException(spec.commandLine(), "--events and --queries must be at least 1");
        }
        Path temp = db == null ? Files.createTempDirectory("dyad-bench-store") : null;
        StoreLocation location;
        try {
            location = temp != null ? StoreLocation.folder(temp) : StoreLocation.parse(db);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        List<StoreBench.Probe> probes = new ArrayList<>(StoreBench.standardProbes(7));
        // The search index (dyad.index) adds its probe here: new StoreBench.Probe("search", (repo, r) -> …).
        StoreBench.Result r;
        try (Repository repo = Stores.open(location)) {
            r = new StoreBench().run(repo, events, queries, probes, System.err);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "store                %s%n", temp != null ? "embedded (DuckDB), temporary folder" : location.describe());
        out.printf(Locale.ROOT, "events               %,d in %,d documents%n", r.events(), r.documents());
        out.printf(Locale.ROOT, "load                 %.1f s  %,.0f events/s  (target >= %,.0f: %.2fx)%n", r.loadSeconds(),
                r.eventsPerSecond(), LOAD_TARGET, r.eventsPerSecond() / LOAD_TARGET);
        out.printf(Locale.ROOT, "generate (not timed) %.1f s%n", r.generateSeconds());
        for (StoreBench.Latency l : r.latencies()) {
            String target = l.name().startsWith("timeline")
                    ? String.format(Locale.ROOT, "  (target p95 < %.0f ms: %.2fx of budget)", TIMELINE_P95_TARGET_MS,
                    l.p95Millis() / TIMELINE_P95_TARGET_MS) : "";
            out.printf(Locale.ROOT, "%-32s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d queries)%s%n", l.name(),
                    l.p50Millis(), l.p95Millis(), l.maxMillis(), l.queries(), target);
        }
        out.printf(Locale.ROOT, "search               not measured: no search index yet%n");
        out.printf(Locale.ROOT, "peak heap            %.2f GB (max %.2f GB)%n", r.peakHeapBytes() / 1e9,
                Runtime.getRuntime().maxMemory() / 1e9);
        if (temp != null) {
            out.printf(Locale.ROOT, "store on disk        %.2f GB%n", size(temp) / 1e9);
            delete(temp);
        }
        out.flush();
        return 0;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
