package dyad.bench;

import dyad.store.CoverageQuery;
import dyad.store.Dyad;
import dyad.store.EventFilter;
import dyad.store.Ingested;
import dyad.store.PageRequest;
import dyad.store.Repository;
import dyad.store.TimelineQuery;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Loads synthetic events ({@link SyntheticEvents}) into a store through the repository's own
 * write path, in batches of about 200,000 events per transaction, two at once, ends the load with
 * {@link Repository#optimize()} (as {@code dyad ingest} does; timed as part of the load), then
 * times the queries the web pages will make: dyad timelines (one direction and both), the first
 * page of a dyad's events, and any further {@link Probe}.
 */
public final class StoreBench {

    /** Events per write transaction. */
    static final int BATCH_EVENTS = 200_000;

    /**
     * Batches written at once, each in its own transaction on its own thread: the synthetic
     * documents are all new and distinct, so the store writes them side by side.
     */
    static final int WRITERS = 2;

    /** A query to time: one call runs one query, with a random draw from the same corpus. */
    public record Probe(String name, BiConsumer<Repository, Random> query) {
    }

    /** Query latency over {@code queries} runs, after a warm-up. */
    public record Latency(String name, int queries, double p50Millis, double p95Millis, double maxMillis) {
    }

    /**
     * @param loadSeconds     writing and the closing optimize, without generating the events
     * @param optimizeSeconds of which the closing optimize
     * @param loadCpuSeconds  processor time the whole process spent during the load (every thread),
     *                        which a busy machine inflates less than the elapsed time; -1 when unknown
     */
    public record Result(long events, long documents, double loadSeconds, double optimizeSeconds, double loadCpuSeconds,
                         double generateSeconds, List<Latency> latencies, long peakHeapBytes) {
        public double eventsPerSecond() {
            return events / loadSeconds;
        }
    }

    private final HeapSampler heap = new HeapSampler();

    /** The probes every run has: the monthly timeline both ways, the yearly one and a page of a dyad's events. */
    public static List<Probe> standardProbes(long seed) {
        SyntheticEvents draws = new SyntheticEvents(seed);
        return List.of(
                new Probe("timeline, one direction", (repo, r) -> repo.timeline(TimelineQuery.of(draws.dyad(true)))),
                new Probe("timeline, both directions", (repo, r) -> repo.timeline(TimelineQuery.of(draws.dyad(false)))),
                new Probe("timeline by year, both directions", (repo, r) ->
                        repo.yearlyTimeline(TimelineQuery.of(draws.dyad(false)))),
                new Probe("events page (50, latest first)", (repo, r) ->
                        repo.events(EventFilter.ALL.withDyad(draws.dyad(false)), PageRequest.first(50))),
                new Probe("coverage of a pair (documents, publishers, quotes by month)", (repo, r) -> {
                    Dyad d = draws.dyad(false);
                    repo.coverage(CoverageQuery.of(d.a(), d.b()));
                }));
    }

    public Result run(Repository repo, long events, int queries, List<Probe> probes, PrintStream log) {
        heap.start();
        try {
            SyntheticEvents corpus = new SyntheticEvents(42);
            long loaded = 0;
            long documents = 0;
            long writeNanos = 0;
            long generateNanos = 0;
            long cpuNanos = 0;
            long lastReport = System.nanoTime();
            while (loaded < events) {
                long g0 = System.nanoTime();
                List<List<Ingested>> batches = new ArrayList<>();
                long inRound = 0;
                while (batches.size() < WRITERS && loaded + inRound < events) {
                    List<Ingested> batch = new ArrayList<>();
                    int inBatch = 0;
                    while (inBatch < BATCH_EVENTS && loaded + inRound + inBatch < events) {
                        Ingested doc = corpus.next();
                        batch.add(doc);
                        inBatch += doc.records().size();
                    }
                    batches.add(batch);
                    inRound += inBatch;
                    documents += batch.size();
                }
                long w0 = System.nanoTime();
                long c0 = processCpuNanos();
                writeAtOnce(repo, batches);
                cpuNanos += processCpuNanos() - c0;
                long w1 = System.nanoTime();
                generateNanos += w0 - g0;
                writeNanos += w1 - w0;
                loaded += inRound;
                if (w1 - lastReport > 10_000_000_000L) {
                    lastReport = w1;
                    log.printf("bench store: %,d events loaded (%,.0f/s)%n", loaded, loaded / (writeNanos / 1e9));
                }
            }
            long o0 = System.nanoTime();
            long c0 = processCpuNanos();
            repo.optimize();
            cpuNanos += processCpuNanos() - c0;
            long optimizeNanos = System.nanoTime() - o0;
            writeNanos += optimizeNanos;
            log.printf("bench store: %,d events in %,d documents loaded; timing queries%n", loaded, documents);
            List<Latency> latencies = new ArrayList<>();
            Random random = new Random(1);
            for (Probe p : probes) {
                latencies.add(time(repo, p, queries, random));
            }
            double cpuSeconds = processCpuNanos() < 0 ? -1 : cpuNanos / 1e9;
            return new Result(loaded, documents, writeNanos / 1e9, optimizeNanos / 1e9, cpuSeconds, generateNanos / 1e9,
                    latencies, heap.peak());
        } finally {
            heap.stop();
        }
    }

    /** Writes the batches at once, one thread each, and waits for all of them. */
    private static void writeAtOnce(Repository repo, List<List<Ingested>> batches) {
        List<Thread> threads = new ArrayList<>();
        List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (List<Ingested> batch : batches.subList(1, batches.size())) {
            Thread t = new Thread(() -> {
                try {
                    repo.write(batch);
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "bench-writer");
            t.start();
            threads.add(t);
        }
        try {
            repo.write(batches.get(0));
        } catch (RuntimeException e) {
            failures.add(e);
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("bench store: interrupted while writing", e);
            }
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** Processor time of this process so far (all threads), or -1 when the JVM does not tell. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static Latency time(Repository repo, Probe probe, int queries, Random random) {
        for (int i = 0; i < Math.min(20, queries); i++) {
            probe.query().accept(repo, random);
        }
        double[] millis = new double[queries];
        for (int i = 0; i < queries; i++) {
            long t0 = System.nanoTime();
            probe.query().accept(repo, random);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(millis);
        return new Latency(probe.name(), queries, percentile(millis, 0.50), percentile(millis, 0.95), millis[queries - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
