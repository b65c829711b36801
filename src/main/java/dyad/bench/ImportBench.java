package dyad.bench;

import dyad.gdelt.CameoTables;
import dyad.gdelt.GdeltImport;
import dyad.gdelt.ImportReport;
import dyad.store.Repository;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * 'dyad bench import': a synthetic GDELT 2.0 file ({@link SyntheticGdelt}, not timed) imported into a
 * store by the same code as 'dyad import gdelt', timed from the first byte read to the commit.
 */
public final class ImportBench {

    /**
     * @param rows rows in the file; {@code stored} rows the import stored
     * @param cpuSeconds processor time of the whole process during the import (every thread), -1 if unknown
     */
    public record Result(long rows, long stored, long fileBytes, double generateSeconds, double importSeconds,
                         double cpuSeconds) {
        public double rowsPerSecond() {
            return rows / importSeconds;
        }
    }

    public Result run(Repository repo, Path folder, long rows, PrintStream log) throws IOException {
        Path file = folder.resolve("synthetic.export.CSV");
        long g0 = System.nanoTime();
        long bytes = SyntheticGdelt.write(file, rows, 20151218L);
        long g1 = System.nanoTime();
        log.printf("bench import: %,d rows (%.1f MB) written in %.1f s; importing%n", rows, bytes / 1e6, (g1 - g0) / 1e9);
        CameoTables tables = CameoTables.load();
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        ImportReport report = new GdeltImport(tables).run(List.of(file), repo.imports(), new ImportReport(log::println));
        long t1 = System.nanoTime();
        long c1 = cpuNanos();
        if (report.filesFailed() > 0 || report.rowsRead() != rows) {
            throw new IllegalStateException("bench import: " + report.summary());
        }
        return new Result(rows, report.rowsStored(), bytes, (g1 - g0) / 1e9, (t1 - t0) / 1e9,
                c0 < 0 ? -1 : (c1 - c0) / 1e9);
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
