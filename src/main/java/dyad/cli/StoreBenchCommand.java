package dyad.cli;

import dyad.bench.SearchBench;
import dyad.bench.StoreBench;
import dyad.index.LuceneSearchIndex;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.io.IOException;
import java.io.PrintWriter;
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
                + "and time it: load rate, dyad timeline p50/p95, a page of a dyad's events, search p95 (when an index "
                + "is built in), peak heap and store size.",
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

    @Option(names = "--search-docs", paramLabel = "N",
            description = "Synthetic documents (1-19 events each) for the search index's timing, in a temporary "
                    + "folder; 0 skips it (default: ${DEFAULT-VALUE}).")
    int searchDocs = 20_000;

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
        StoreBench.Result r;
        try (Repository repo = Stores.openForBulkLoad(location)) {
            List<StoreBench.Probe> probes = new ArrayList<>(StoreBench.standardProbes(7));
            r = new StoreBench().run(repo, events, queries, probes, System.err);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "store                %s%n", temp != null ? "embedded (DuckDB), temporary folder" : location.describe());
        out.printf(Locale.ROOT, "events               %,d in %,d documents%n", r.events(), r.documents());
        out.printf(Locale.ROOT, "load                 %.1f s  %,.0f events/s  (target >= %,.0f: %.2fx of target)%n",
                r.loadSeconds(), r.eventsPerSecond(), LOAD_TARGET, r.eventsPerSecond() / LOAD_TARGET);
        out.printf(Locale.ROOT, "  of which optimize  %.1f s%n", r.optimizeSeconds());
        if (r.loadCpuSeconds() >= 0) {
            out.printf(Locale.ROOT, "  processor time     %.1f s  (all threads; steadier than the load time on a busy machine)%n",
                    r.loadCpuSeconds());
        }
        out.printf(Locale.ROOT, "generate (not timed) %.1f s  (the same single thread; a slow figure here means a busy machine)%n",
                r.generateSeconds());
        for (StoreBench.Latency l : r.latencies()) {
            String target = l.name().startsWith("timeline")
                    ? String.format(Locale.ROOT, "  (target p95 < %.0f ms: %.2fx of budget)", TIMELINE_P95_TARGET_MS,
                    l.p95Millis() / TIMELINE_P95_TARGET_MS) : "";
            out.printf(Locale.ROOT, "%-34s p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d queries)%s%n", l.name(),
                    l.p50Millis(), l.p95Millis(), l.maxMillis(), l.queries(), target);
        }
        searchBench(out);
        out.printf(Locale.ROOT, "peak heap            %.2f GB sampled (max %.2f GB)%n", r.peakHeapBytes() / 1e9,
                Runtime.getRuntime().maxMemory() / 1e9);
        Path file = location.embeddedFile();
        if (file != null) {
            out.printf(Locale.ROOT, "store on disk        %.2f GB (%s and its write-ahead log)%n", size(file) / 1e9,
                    file.getFileName());
        }
        out.flush();
        if (temp != null) {
            delete(temp);
        }
        return 0;
    }

    /** Search p95 on a Lucene index of its own (the store's events are not text): see {@link SearchBench}. */
    private void searchBench(PrintWriter out) throws IOException {
        if (searchDocs < 1) {
            return;
        }
        Path folder = Files.createTempDirectory("dyad-bench-index");
        try (LuceneSearchIndex index = LuceneSearchIndex.open(folder)) {
            SearchBench.Result s = new SearchBench().runBatched(index, searchDocs, 19, queries, 11, System.err);
            out.printf(Locale.ROOT, "search index         %,d documents, %,d events, indexed at %,.0f documents/s%n",
                    s.documents(), s.events(), s.documentsPerSecond());
            for (SearchBench.Latency l : s.latencies()) {
                out.printf(Locale.ROOT, "  search: %-25s p50 %6.1f ms  p95 %6.1f ms  (%d queries)%n", l.name(),
                        l.p50Millis(), l.p95Millis(), l.queries());
            }
            out.printf(Locale.ROOT, "  search mix p95 / baseline p95: %.2f%n", s.p95RatioToBaseline());
        } finally {
            delete(folder);
        }
    }

    /** The database file plus its write-ahead log, if any. */
    private static long size(Path file) throws IOException {
        long bytes = 0;
        for (Path p : List.of(file, file.resolveSibling(file.getFileName() + ".wal"))) {
            bytes += Files.exists(p) ? Files.size(p) : 0;
        }
        return bytes;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
