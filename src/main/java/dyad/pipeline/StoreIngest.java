package dyad.pipeline;

import dyad.accountability.JdbcDecisionLog;
import dyad.accountability.LetterService;
import dyad.accountability.TrackingConfig;
import dyad.index.IndexKeeper;
import dyad.index.LuceneSearchIndex;
import dyad.source.DocumentDates;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.WriteOutcome;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Texts into a store, its search index kept in step: {@code dyad ingest}, and the first step of
 * {@code dyad serve --ingest}. The pipeline extracts what the store does not hold; the store sink
 * commits each document and then tells the {@link IndexKeeper}, the one place that keeps the
 * index in step with the store.
 */
public final class StoreIngest {

    /** What a run did, per document read, and how many sources or documents failed. */
    public record Summary(int added, int replaced, int unchanged, int failed) {
        public int documents() {
            return added + replaced + unchanged;
        }
    }

    private StoreIngest() {
    }

    /**
     * Ingests {@code paths} into the store at {@code location}; reports failures, notes, progress and a
     * last summary line.
     *
     * @throws dyad.store.StoreException if the store cannot be opened or written
     * @throws dyad.index.SearchIndexException if the index is in use or refused by the file system
     *                                          (a damaged index is cleared and rebuilt from the store)
     */
    public static Summary into(StoreLocation location, List<String> paths, DocumentDates dates, Pipeline pipeline,
                               RunReport report) {
        return into(location, report, sink -> pipeline.run(paths, dates, sink, report));
    }

    /**
     * Stores what {@code run} hands the store sink (documents extracted here, or by an earlier run
     * elsewhere: a Spark job's tables), keeps the index in step, and reports as {@code ingest} does.
     *
     * @param run hands each document to the sink and says how many sources or documents failed
     */
    public static Summary into(StoreLocation location, RunReport report, java.util.function.Function<Sink, Pipeline.Summary> run) {
        Summary summary;
        long unclustered;
        try (Repository repo = Stores.open(location);
             IndexKeeper index = IndexKeeper.open(repo, LuceneSearchIndex.folderFor(location), report::line)) {
            Set<String> stored = new HashSet<>();
            StoreSink sink = new StoreSink(repo, (document, records) -> {
                if (document.info().path() != null) {
                    stored.add(document.info().path());
                }
                index.put(document, records);
            }, index::remove);
            Pipeline.Summary done = run.apply(sink);
            summary = new Summary(sink.count(WriteOutcome.ADDED), sink.count(WriteOutcome.REPLACED),
                    sink.count(WriteOutcome.UNCHANGED), done.failures());
            if (summary.added() + summary.replaced() > 0) {
                repo.optimize();
            }
            index.catchUp();
            if (summary.replaced() > 0) {
                followDecisions(location, repo, stored, report);
            }
            unclustered = repo.clusters().unclustered();
        }
        report.line(String.format(Locale.ROOT, "ingested into %s: %d added, %d replaced, %d unchanged, %d failed",
                location.describe(), summary.added(), summary.replaced(), summary.unchanged(), summary.failed()));
        if (unclustered > 0) {
            // Documents a bulk load stored (bench store, an older store's documents) join no cluster until rebuilt.
            report.line(String.format(Locale.ROOT, "%d document%s of the store %s not clustered (each of their events"
                    + " counts as an act of its own, told by no copy or other source): 'dyad cluster --rebuild' clusters them", unclustered,
                    unclustered == 1 ? "" : "s", unclustered == 1 ? "is" : "are"));
        }
        return summary;
    }

    /**
     * Letter decisions name letters by content hash: on the files this run stored a new version of,
     * they follow their letter to it or need a person. Says which, one line each.
     */
    private static void followDecisions(StoreLocation location, Repository repo, Set<String> paths, RunReport report) {
        if (location.inMemory()) {
            return; // an in-memory store keeps no decisions
        }
        try (JdbcDecisionLog log = JdbcDecisionLog.open(location)) {
            LetterService.of(repo, log, TrackingConfig.defaults(), Clock.systemUTC()).followReport(paths).forEach(report::line);
        }
    }
}
