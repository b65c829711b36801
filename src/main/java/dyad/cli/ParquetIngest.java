package dyad.cli;

import dyad.index.SearchIndexException;
import dyad.model.Extraction;
import dyad.pipeline.Pipeline;
import dyad.pipeline.RunReport;
import dyad.pipeline.Sink;
import dyad.pipeline.StoreIngest;
import dyad.spark.JobInputException;
import dyad.spark.SparkRunReader;
import dyad.spark.SparkSessions;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.io.PrintWriter;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * {@code dyad ingest --parquet DIR}: stores what a {@code dyad spark extract} run extracted — its
 * documents, each with its records and notes — through the same store sink as {@code ingest}
 * (one transaction each, the search index kept in step, a text already stored left as it is),
 * without extracting again. The documents have no file path (they may never have been files).
 */
final class ParquetIngest {

    private ParquetIngest() {
    }

    /** @return the exit code: 0, or 1 when the run has error rows (said again here, one line each, as ingest says them) */
    static int run(StoreLocation location, String dir, PrintWriter err) {
        RunReport report = RunReport.printing(err);
        SparkSession spark = SparkSessions.start("local[*]", "dyad ingest --parquet");
        try {
            StoreIngest.Summary summary = StoreIngest.into(location, report, sink -> {
                int[] counts = new int[2];
                List<String> errors = new SparkRunReader(spark).read(dir, extracted -> {
                    try {
                        sink.accept(extracted.document(), null, new Extraction(extracted.records(), extracted.notes()));
                        counts[0]++;
                    } catch (Sink.Rejected e) {
                        report.line(e.getMessage());
                        counts[1]++;
                    }
                });
                errors.forEach(report::line);
                return new Pipeline.Summary(counts[0], counts[1] + errors.size());
            });
            return summary.failed() > 0 ? 1 : 0;
        } catch (StoreException | SearchIndexException | JobInputException e) {
            throw new UserError(e.getMessage());
        } finally {
            spark.stop();
        }
    }
}
