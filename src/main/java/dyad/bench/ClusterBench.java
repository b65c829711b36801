package dyad.bench;

import dyad.store.Clusters;
import dyad.store.Ingested;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times clustering on synthetic events ({@link SyntheticEvents}, varied texts so that documents
 * are not copies of each other): a full rebuild of a store of {@code events} events, then, with
 * {@code stored} events in the store, single documents written one at a time (each clustered in
 * its write's transaction, as {@code dyad ingest} does), against the same writes without
 * clustering (the baseline: what storing a document costs anyway). Loading is a bulk load
 * without clustering and is not timed; the baseline's documents stay unclustered.
 */
public final class ClusterBench {

    private static final int BATCH_EVENTS = 20_000;

    /** A full rebuild's figures. */
    public record Rebuild(long events, long documents, long clusters, long copies, double seconds) {
        public double eventsPerSecond() {
            return events / seconds;
        }
    }

    /** Latencies of single-document writes, in milliseconds. */
    public record Adds(int count, double p50, double p95, double max) {
        static Adds of(double[] millis) {
            Arrays.sort(millis);
            return new Adds(millis.length, percentile(millis, 0.50), percentile(millis, 0.95),
                    millis.length == 0 ? 0 : millis[millis.length - 1]);
        }
    }

    /**
     * What the run measured: the rebuild of {@code events}, the rebuild at {@code stored} when larger,
     * the adds with clustering and, as the baseline, as many adds to the same store without it.
     */
    public record Result(Rebuild rebuild, Rebuild storedRebuild, long stored, Adds adds, Adds baseline, double loadSeconds) {
    }

    public Result run(StoreLocation location, long events, long stored, int adds, PrintStream log) {
        SyntheticEvents corpus = new SyntheticEvents(42, true);
        long t0 = System.nanoTime();
        Rebuild first;
        Rebuild second = null;
        try (Repository bulk = Stores.openForBulkLoad(location)) {
            load(bulk, corpus, events, log);
            double loaded = (System.nanoTime() - t0) / 1e9;
            log.printf("bench cluster: %,d events loaded in %.1f s; rebuilding the clusters%n", events, loaded);
            first = rebuild(bulk);
            log.printf("bench cluster: rebuilt at %,.0f events/s%n", first.eventsPerSecond());
            if (stored > events) {
                load(bulk, corpus, stored - events, log);
                log.printf("bench cluster: %,d events stored; rebuilding the clusters%n", stored);
                second = rebuild(bulk);
            }
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9 - first.seconds() - (second == null ? 0 : second.seconds());
        Adds baseline;
        try (Repository plain = Stores.openForBulkLoad(location)) {
            baseline = adds(plain, corpus, adds);
        }
        Adds clustered;
        try (Repository repo = Stores.open(location)) {
            clustered = adds(repo, corpus, adds);
        }
        return new Result(first, second, Math.max(events, stored), clustered, baseline, loadSeconds);
    }

    /** Writes {@code n} documents one at a time and times each write. */
    private static Adds adds(Repository repo, SyntheticEvents corpus, int n) {
        double[] millis = new double[n];
        for (int i = 0; i < n; i++) {
            Ingested doc = corpus.next();
            long a = System.nanoTime();
            repo.write(List.of(doc));
            millis[i] = (System.nanoTime() - a) / 1e6;
        }
        return Adds.of(millis);
    }

    private static Rebuild rebuild(Repository repo) {
        Clusters.Rebuilt r = repo.clusters().rebuild();
        return new Rebuild(r.events(), r.documents(), r.clusters(), r.copies(), r.seconds());
    }

    private static void load(Repository repo, SyntheticEvents corpus, long events, PrintStream log) {
        long loaded = 0;
        while (loaded < events) {
            List<Ingested> batch = new ArrayList<>();
            int inBatch = 0;
            while (inBatch < BATCH_EVENTS && loaded + inBatch < events) {
                Ingested doc = corpus.next();
                batch.add(doc);
                inBatch += doc.records().size();
            }
            repo.write(batch);
            loaded += inBatch;
            if (loaded % 1_000_000 < inBatch) {
                log.printf("bench cluster: %,d events loaded%n", loaded);
            }
        }
        repo.optimize();
    }

    private static double percentile(double[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
