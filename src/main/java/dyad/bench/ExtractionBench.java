package dyad.bench;

import dyad.extract.DocumentExtractor;
import dyad.model.Document;
import dyad.nlp.StockPipeline;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Stock CoreNLP pipeline vs. full extraction on the same documents in one process, so the
 * ratio is measured on this machine in this run. Both are warmed up on one document first.
 */
public final class ExtractionBench {

    public record Result(int documents, long tokens, double stockSeconds, double extractSeconds, long peakHeapBytes) {
        public double ratio() {
            return stockSeconds / extractSeconds;
        }
    }

    private final HeapSampler heap = new HeapSampler();

    public Result run(Path shared, DocumentExtractor extractor, int threads, PrintStream log) throws Exception {
        List<Document> docs = BenchCorpus.load(shared);
        log.printf("bench: %d documents%n", docs.size());
        heap.start();
        StockPipeline stock = new StockPipeline();
        stock.annotate(docs.get(0).text());
        long tokens = 0;
        long t0 = System.nanoTime();
        for (Document d : docs) {
            tokens += stock.annotate(d.text());
        }
        double stockSeconds = (System.nanoTime() - t0) / 1e9;

        extractor.extract(docs.get(0));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t1 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (Document d : docs) {
            futures.add(pool.submit(() -> extractor.extract(d)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double extractSeconds = (System.nanoTime() - t1) / 1e9;
        pool.shutdown();
        heap.stop();
        return new Result(docs.size(), tokens, stockSeconds, extractSeconds, heap.peak());
    }
}
