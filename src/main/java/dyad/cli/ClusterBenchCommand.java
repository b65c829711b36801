package dyad.cli;

import dyad.bench.ClusterBench;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = {"Time clustering on synthetic events (varied made-up words, so documents are not copies): a full "
                + "rebuild of N events, then single documents written one by one, each clustered as it is stored, with "
                + "M events in the store (loading is not timed).",
                "Targets: rebuild 1,000,000 events <= 2 minutes (8,333 events/s); one document added <= 50 ms p95 with "
                + "10,000,000 stored. Full size: 'bench cluster --events 1000000 --stored 10000000'."})
final class ClusterBenchCommand implements Callable<Integer> {

    static final double REBUILD_TARGET = 1_000_000 / 120.0;
    static final double ADD_P95_TARGET_MS = 50;

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", description = "Events clustered by the timed rebuild (default: ${DEFAULT-VALUE}).")
    long events = 100_000;

    @Option(names = "--stored", paramLabel = "M",
            description = "Events in the store while single documents are added (default: as --events; more are loaded, "
                    + "and clustered by a second rebuild, when larger).")
    long stored;

    @Option(names = "--adds", paramLabel = "N", description = "Single documents added and timed (default: ${DEFAULT-VALUE}).")
    int adds = 200;

    @Option(names = "--db", paramLabel = "URL",
            description = "Store to load into (default: a new embedded store in a temporary folder, deleted afterwards).")
    String db;

    @Override
    public Integer call() throws IOException {
        if (events < 1 || adds < 1 || stored < 0) {
            throw new ParameterException(spec.commandLine(), "--events and --adds must be at least 1, --stored at least 0");
        }
        Path temp = db == null ? Files.createTempDirectory("dyad-bench-cluster") : null;
        ClusterBench.Result r;
        try {
            StoreLocation location = temp != null ? StoreLocation.folder(temp) : StoreLocation.parse(db);
            r = new ClusterBench().run(location, events, Math.max(stored, events), adds, System.err);
        } catch (IllegalArgumentException | StoreException e) {
            throw new UserError(e.getMessage());
        } finally {
            if (temp != null) {
                delete(temp);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        ClusterBench.Rebuild b = r.rebuild();
        out.printf(Locale.ROOT, "rebuild              %,d events in %,d documents: %.1f s  %,.0f events/s  (target >= %,.0f: %.2fx of target)%n",
                b.events(), b.documents(), b.seconds(), b.eventsPerSecond(), REBUILD_TARGET, b.eventsPerSecond() / REBUILD_TARGET);
        out.printf(Locale.ROOT, "  clusters, copies   %,d, %,d%n", b.clusters(), b.copies());
        if (r.storedRebuild() != null) {
            ClusterBench.Rebuild s = r.storedRebuild();
            out.printf(Locale.ROOT, "rebuild at stored    %,d events: %.1f s  %,.0f events/s%n", s.events(), s.seconds(), s.eventsPerSecond());
        }
        ClusterBench.Adds a = r.adds();
        ClusterBench.Adds base = r.baseline();
        out.printf(Locale.ROOT, "add one document     p50 %.1f ms  p95 %.1f ms  max %.1f ms  (%d adds, %,d events stored; "
                        + "target p95 <= %.0f ms at 10,000,000: %.2fx of budget)%n", a.p50(), a.p95(), a.max(), a.count(),
                r.stored(), ADD_P95_TARGET_MS, a.p95() / ADD_P95_TARGET_MS);
        out.printf(Locale.ROOT, "  without clustering p50 %.1f ms  p95 %.1f ms  (baseline, same store: clustering adds %.1fx at p95)%n",
                base.p50(), base.p95(), a.p95() / Math.max(base.p95(), 1e-9));
        out.printf(Locale.ROOT, "load (not timed)     %.1f s%n", r.loadSeconds());
        out.flush();
        return 0;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
