package dyad.extract;

import dyad.ingest.DocumentDater;
import dyad.ingest.DocumentDates;
import dyad.ingest.IngestError;
import dyad.ingest.SourceReader;
import dyad.ingest.TextDecoder;
import dyad.model.Document;
import dyad.model.Extraction;
import dyad.model.Record;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads every path and extracts its documents on a pool of threads, handing each
 * document's records to the sink in input order. A file that cannot be read or extracted
 * is reported (one line, naming it) and skipped; the rest go on. A document's notes (a sentence
 * cut into parts, say) are reported the same way, one line each, without counting as failures.
 *
 * <p>The extractor is any function from a document to its records and notes ({@code Models.load().extractor()::extractWithNotes}
 * in production, a stub in tests). It is asked for once, on the calling thread, when the first
 * document has been read: a run whose every file is unreadable never loads the models, and a
 * failure to load them ends the run rather than failing each document in turn.
 *
 * <p>Memory: the NLP stage holds about half a kilobyte of heap per character of the text it
 * analyses (1 MB of news text peaks near 500 MB over the loaded models), so the characters
 * under extraction at any one time are held under a budget drawn from the heap: large
 * documents wait for each other instead of running out of memory together, and one larger
 * than the budget runs alone.
 */
public final class CorpusRunner {

    /** What a run did: documents extracted, and sources or documents that failed. */
    public record Outcome(int documents, int failures) {
    }

    private record Pending(Document doc, Future<Extraction> extraction) {
    }

    /** Heap per character under analysis, with room to spare over the measured half kilobyte. */
    private static final long HEAP_PER_CHAR = 1024;
    /** Heap kept by the loaded models and everything but the documents in flight. */
    private static final long HEAP_FOR_MODELS = 1024L * 1024 * 1024;

    private final Supplier<? extends Function<Document, Extraction>> extractors;
    private final int threads;
    private final InputStream stdin;
    private final int charBudget;

    /** Reads {@code -} from {@code System.in}. */
    public CorpusRunner(Supplier<? extends Function<Document, Extraction>> extractors, int threads) {
        this(extractors, threads, System.in);
    }

    /** Budgets characters in flight from this JVM's maximum heap. */
    public CorpusRunner(Supplier<? extends Function<Document, Extraction>> extractors, int threads, InputStream stdin) {
        this(extractors, threads, stdin, heapBudget(Runtime.getRuntime().maxMemory()));
    }

    /**
     * @param extractors gives the extractor, once, when the first document is read
     * @param threads    documents extracted at the same time (at least one)
     * @param stdin      what {@code -} reads; not closed
     * @param charBudget characters of document text under extraction at one time (a longer document runs alone)
     */
    public CorpusRunner(Supplier<? extends Function<Document, Extraction>> extractors, int threads, InputStream stdin,
                        int charBudget) {
        if (extractors == null || stdin == null) {
            throw new IllegalArgumentException("an extractor and stdin are required");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (charBudget < 1) {
            throw new IllegalArgumentException("character budget must be at least 1: " + charBudget);
        }
        this.extractors = extractors;
        this.threads = threads;
        this.stdin = stdin;
        this.charBudget = charBudget;
    }

    /** Characters that fit in the heap beside the models: about 3 million with -Xmx4g. */
    static int heapBudget(long maxHeapBytes) {
        long chars = (maxHeapBytes - HEAP_FOR_MODELS) / HEAP_PER_CHAR;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, chars));
    }

    /** @param errors one line per source that failed, and per note on a document (which is no failure) */
    public Outcome run(List<String> paths, DocumentDates dates, Consumer<List<Record>> sink, Consumer<String> errors) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        Semaphore inFlight = new Semaphore(charBudget);
        int[] counts = new int[2];
        AtomicReference<Function<Document, Extraction>> extractor = new AtomicReference<>();
        try {
            new SourceReader(new TextDecoder(), new DocumentDater(), dates, stdin).read(paths, doc -> {
                if (extractor.get() == null) {
                    extractor.set(extractors.get());
                }
                Function<Document, Extraction> extract = extractor.get();
                int chars = Math.max(1, Math.min(doc.text().length(), charBudget));
                inFlight.acquireUninterruptibly(chars);
                window.addLast(new Pending(doc, pool.submit(() -> {
                    try {
                        return extract.apply(doc);
                    } finally {
                        inFlight.release(chars);
                    }
                })));
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
        Extraction extraction;
        try {
            extraction = p.extraction().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String why = cause.getMessage() == null ? "" : ": " + cause.getMessage().strip().replaceAll("\\s*\\R\\s*", " ");
            errors.accept("cannot extract '" + IngestError.shown(p.doc().id()) + "': " + cause.getClass().getSimpleName() + why);
            counts[1]++;
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        sink.accept(extraction.records());
        extraction.notes().forEach(note -> errors.accept("'" + p.doc().id() + "': " + note));
        counts[0]++;
    }
}
