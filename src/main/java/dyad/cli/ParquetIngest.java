package dyad.cli;

import dyad.index.IndexKeeper;
import dyad.index.LuceneSearchIndex;
import dyad.index.SearchIndexException;
import dyad.spark.JobInputException;
import dyad.spark.SparkRunReader;
import dyad.spark.SparkSessions;
import dyad.store.ContentHash;
import dyad.store.Ingested;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.WriteOutcome;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * {@code dyad ingest --parquet DIR}: stores what a {@code dyad spark extract} run extracted — its
 * documents, each with its records and notes, one transaction each, the search index kept in step —
 * without extracting again. As {@code ingest} stores extracted texts: a text already stored is
 * left as it is. The documents have no file path (they may never have been files).
 */
final class ParquetIngest {

    private ParquetIngest() {
    }

    /** @return the exit code: 0, or 1 when the run has error rows (said again here, one line each, as ingest says them) */
    static int run(StoreLocation location, String dir, PrintWriter err) {
        int[] counts = new int[WriteOutcome.values().length];
        List<String> errors;
        SparkSession spark = SparkSessions.start("local[*]", "dyad ingest --parquet");
        try (Repository repo = Stores.open(location);
             IndexKeeper index = IndexKeeper.open(repo, LuceneSearchIndex.folderFor(location), note -> err.println("dyad: " + note))) {
            errors = new SparkRunReader(spark).read(dir, extracted -> {
                Ingested ingested = new Ingested(extracted.document(), ContentHash.of(extracted.document().text()), null,
                        extracted.records(), extracted.notes());
                WriteOutcome outcome = repo.write(ingested);
                counts[outcome.ordinal()]++;
                if (outcome != WriteOutcome.UNCHANGED) {
                    index.put(repo.document(ingested.hash()).orElseThrow(), extracted.records());
                }
            });
            if (counts[WriteOutcome.ADDED.ordinal()] + counts[WriteOutcome.REPLACED.ordinal()] > 0) {
                repo.optimize();
            }
            index.catchUp();
        } catch (StoreException | SearchIndexException | JobInputException e) {
            throw new UserError(e.getMessage());
        } finally {
            spark.stop();
        }
        errors.forEach(line -> err.println("dyad: " + line));
        err.printf(Locale.ROOT, "dyad: ingested into %s: %d added, %d replaced, %d unchanged, %d failed%n",
                location.describe(), counts[WriteOutcome.ADDED.ordinal()], counts[WriteOutcome.REPLACED.ordinal()],
                counts[WriteOutcome.UNCHANGED.ordinal()], errors.size());
        err.flush();
        return errors.isEmpty() ? 0 : 1;
    }
}
