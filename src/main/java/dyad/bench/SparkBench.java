package dyad.bench;

import dyad.model.Document;
import dyad.model.Extraction;
import dyad.model.Json;
import dyad.pipeline.JsonLinesSink;
import dyad.pipeline.Pipeline;
import dyad.pipeline.RunReport;
import dyad.spark.DocumentSources;
import dyad.spark.ExtractorFactory;
import dyad.spark.LoadedExtractors;
import dyad.spark.SparkExtraction;
import dyad.spark.SparkSessions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * {@code dyad bench spark}: the same documents extracted without Spark on one thread (the
 * baseline), then by the Spark job at each master given (local[1], local[2], a standalone cluster),
 * each run timed from submitting the documents to the last table written. The models are loaded
 * before any timing (once: in local mode the executor is this JVM), so a local run times
 * extraction and Spark's work, not loading. Each run's records.jsonl is compared with the
 * baseline's lines.
 */
public final class SparkBench {

    /** One timed run: where, how long, how many documents, and whether its lines were the baseline's. */
    public record Run(String master, double seconds, int documents, boolean sameRecords, long peakHeapBytes) {
        public double docsPerSecond() {
            return documents / seconds;
        }
    }

    private final ExtractorFactory factory;
    private final PrintStream log;

    public SparkBench(ExtractorFactory factory, PrintStream log) {
        this.factory = factory;
        this.log = log;
    }

    /** The sample and benchmark texts (as {@code dyad bench} groups them), repeated to {@code n} documents. */
    public static List<Document> documents(Path shared, int n) {
        List<Document> base = BenchCorpus.load(shared);
        List<Document> docs = new ArrayList<>(n);
        for (int i = 0; docs.size() < n; i++) {
            Document d = base.get(i % base.size());
            int copy = i / base.size();
            docs.add(copy == 0 ? d : new Document("copy" + copy + "/" + d.id(), d.text(), d.date()));
        }
        return docs;
    }

    /**
     * Extracts {@code docs} without Spark on {@code threads} threads: the lines extract would print
     * (into {@code lines}, in order), and the time. Two threads show how far extraction itself scales.
     */
    public Run baseline(List<Document> docs, List<String> lines, int threads) {
        Function<Document, Extraction> extract = LoadedExtractors.of(factory);
        HeapSampler heap = new HeapSampler();
        heap.start();
        long start = System.nanoTime();
        // The very pipeline 'dyad extract' runs, over the documents in memory.
        new Pipeline(() -> extract, threads, InputStream.nullInputStream())
                .run(docs, JsonLinesSink.each(r -> lines.add(Json.line(r))), new RunReport(line -> { }));
        double seconds = (System.nanoTime() - start) / 1e9;
        heap.stop();
        return new Run("no Spark, " + threads + " thread" + (threads == 1 ? "" : "s"), seconds, docs.size(), true,
                heap.peak());
    }

    /**
     * @param conf settings for the session (a cluster needs the application jars: spark.jars)
     */
    public Run spark(String master, Map<String, String> conf, List<Document> docs, List<String> expected, Path work) {
        SparkSession spark = SparkSessions.start(master, "dyad bench spark", conf);
        HeapSampler heap = new HeapSampler();
        try {
            int partitions = DocumentSources.defaultPartitions(spark);
            Path out = work.resolve(master.replaceAll("[^A-Za-z0-9]+", "_"));
            heap.start();
            long start = System.nanoTime();
            new SparkExtraction(spark, factory).run(DocumentSources.of(spark, docs, partitions), List.of(), out.toString());
            double seconds = (System.nanoTime() - start) / 1e9;
            heap.stop();
            boolean same = Files.readAllLines(out.resolve("records.jsonl")).equals(expected);
            log.printf("bench spark: %s done in %.1f s%n", master, seconds);
            return new Run(master, seconds, docs.size(), same, master.startsWith("local") ? heap.peak() : -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            heap.stop();
            spark.stop();
        }
    }

    /** A small run that loads Spark's classes and compiles its code paths, so that the timed runs don't. */
    public void warmUp(List<Document> docs, Path work) {
        List<String> expected = new ArrayList<>();
        baseline(docs, expected, 1);
        spark("local[2]", Map.of(), docs, expected, work.resolve("warm-up"));
    }
}
