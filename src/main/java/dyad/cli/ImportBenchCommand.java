package dyad.cli;

import dyad.bench.ImportBench;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
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

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Write a synthetic GDELT 2.0 events file of N rows (not timed) and time 'dyad import gdelt' of it "
                + "into a store: rows/s and the ratio against the target.",
                "Target: >= 200,000 rows/s into the embedded store on 2 cores (10,000,000 rows)."})
final class ImportBenchCommand implements Callable<Integer> {

    static final double TARGET = 200_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", description = "Rows in the synthetic file (default: ${DEFAULT-VALUE}).")
    long rows = 1_000_000;

    @Option(names = "--db", paramLabel = "URL",
            description = "Store to import into (default: a new embedded store in a temporary folder, deleted afterwards).")
    String db;

    @Override
    public Integer call() throws IOException {
        if (rows < 1) {
            throw new ParameterException(spec.commandLine(), "--rows must be at least 1");
        }
        Path temp = Files.createTempDirectory("dyad-bench-import");
        try {
            StoreLocation location;
            try {
                location = db == null ? StoreLocation.folder(temp.resolve("store")) : StoreLocation.parse(db);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage());
            }
            ImportBench.Result r;
            try (Repository repo = Stores.open(location)) {
                r = new ImportBench().run(repo, temp, rows, System.err);
            } catch (StoreException e) {
                throw new UserError(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf(Locale.ROOT, "store                %s%n", db == null ? "embedded (DuckDB), temporary folder" : location.describe());
            out.printf(Locale.ROOT, "file                 %,d rows of GDELT 2.0 events, %.1f MB (written in %.1f s, not timed)%n",
                    r.rows(), r.fileBytes() / 1e6, r.generateSeconds());
            out.printf(Locale.ROOT, "import               %.1f s  %,.0f rows/s  (target >= %,.0f: %.2fx of target); %,d stored%n",
                    r.importSeconds(), r.rowsPerSecond(), TARGET, r.rowsPerSecond() / TARGET, r.stored());
            if (r.cpuSeconds() >= 0) {
                out.printf(Locale.ROOT, "  processor time     %.1f s  (all threads)%n", r.cpuSeconds());
            }
            out.flush();
            return 0;
        } finally {
            try (Stream<Path> files = Files.walk(temp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
