package dyad.extract;

import dyad.ingest.IngestError;
import dyad.ingest.SourceReader;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Record;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads every path and extracts its documents on a pool of threads, handing each
 * document's records to the sink in input order. A file that cannot be read or extracted
 * is reported and skipped; the rest go on.
 */
public final class CorpusRunner {

    /** What a run did: documents extracted and documents that failed. */
    public record Outcome(int documents, int failures) {
    }

    private record Pending(Document doc, Future<List<Record>> records) {
    }

    private final DocumentExtractor extractor;
    private final int threads;

    public CorpusRunner(DocumentExtractor extractor, int threads) {
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
    }

    public Outcome run(List<String> paths, EventDate docDate, Consumer<List<Record>> sink, Consumer<String> errors) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        int[] counts = new int[2];
        try {
            new SourceReader(docDate).read(paths, doc -> {
                window.addLast(new Pending(doc, pool.submit(() -> extractor.extract(doc))));
                while (window.size() > threads * 4) {
                    drainOne(window, sink, errors, counts);
                }
            }, (IngestError e) -> {
                errors.accept(e.message());
                counts[1]++;
            });
            while (!window.isEmpty()) {
                drainOne(window, sink, errors, counts);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Outcome(counts[0], counts[1]);
    }

    private static void drainOne(Deque<Pending> window, Consumer<List<Record>> sink, Consumer<String> errors, int[] counts) {
        Pending p = window.removeFirst();
        try {
            sink.accept(p.records().get());
            counts[0]++;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            errors.accept("cannot extract '" + p.doc().id() + "': " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            counts[1]++;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
