package dyad.pipeline;

import dyad.model.Document;
import dyad.model.Extraction;
import dyad.source.DocumentDater;
import dyad.source.DocumentDates;
import dyad.source.IngestError;
import dyad.source.SourceReader;
import dyad.source.TextDecoder;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way texts become records: sources (files, folders with their catalog, stdin, feeds' pages) are read
 * into documents, each document goes through the extraction stages on a pool of threads, and
 * the sink takes each one's records in input order. Every command that extracts drives this.
 *
 * <p>Errors: a source that cannot be read, or a document that cannot be extracted or that the
 * sink rejects, is one line on the report, naming it; the rest go on. A note on a document (a
 * sentence cut into parts) is a line too, without being a failure.
 *
 * <p>The extraction is asked for once, when the first document the sink does not already hold is
 * read: a run whose files are all unreadable or all stored never loads the models, and a failure to
 * load them ends the run rather than failing each document in turn.
 *
 * <p>Memory: the NLP stage holds about half a kilobyte of heap per character of the text it
 * analyses (1 MB of news text peaks near 500 MB over the loaded models), so the characters under
 * extraction at any one time are held under a budget drawn from the heap: large documents wait for
 * each other instead of running out of memory together, and one larger than the budget runs alone.
 */
public final class Pipeline {

    /** What a run did: documents the sink took, and sources or documents that failed. */
    public record Summary(int documents, int failures) {
    }

    private record Pending(Document document, String path, Future<Extraction> extraction) {
    }

    private static final CompletableFuture<Extraction> HELD = CompletableFuture.completedFuture(Extraction.of(List.of()));
    /** Heap per character under analysis, with room to spare over the measured half kilobyte. */
    private static final long HEAP_PER_CHAR = 1024;
    /** Heap kept by the loaded models and everything but the documents in flight. */
    private static final long HEAP_FOR_MODELS = 1024L * 1024 * 1024;

    private final Extractors extractors;
    private final int threads;
    private final InputStream stdin;
    private final int charBudget;
    private Function<Document, Extraction> extractor;

    /**
     * @param extractors gives the extraction, once, when the first document to extract is read
     * @param threads    documents extracted at the same time (at least one)
     * @param stdin      what {@code -} reads; not closed
     * @param charBudget characters of document text under extraction at one time (a longer document runs alone)
     */
    public Pipeline(Extractors extractors, int threads, InputStream stdin, int charBudget) {
        if (extractors == null || stdin == null) {
            throw new IllegalArgumentException("an extraction and stdin are required");
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

    /** Budgets characters in flight from this JVM's maximum heap. */
    public Pipeline(Extractors extractors, int threads, InputStream stdin) {
        this(extractors, threads, stdin, heapBudget(Runtime.getRuntime().maxMemory()));
    }

    /** Characters that fit in the heap beside the models: about 3 million with -Xmx4g. */
    static int heapBudget(long maxHeapBytes) {
        long chars = (maxHeapBytes - HEAP_FOR_MODELS) / HEAP_PER_CHAR;
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, chars));
    }

    /**
     * Reads {@code paths} and hands each document, extracted, to {@code sink}.
     *
     * @param dates dates given to documents ({@code --doc-date}, {@code --doc-dates}), or null to find each in its text
     */
    public Summary run(List<String> paths, DocumentDates dates, Sink sink, RunReport report) {
        return run((onDocument, onError) -> new SourceReader(new TextDecoder(), new DocumentDater(), dates, stdin)
                .readSources(paths, onDocument, onError), sink, report);
    }

    /** Documents already read (a benchmark's, a table's rows), each extracted and handed to {@code sink}. */
    public Summary run(List<Document> documents, Sink sink, RunReport report) {
        return run((onDocument, onError) -> documents.forEach(d -> onDocument.accept(null, d)), sink, report);
    }

    /**
     * Where a run's documents come from: each with the path it was read from (or null), and each source
     * that failed. The path links the document in the store: a file's path, a page's address.
     */
    @FunctionalInterface
    public interface Source {
        void read(BiConsumer<String, Document> onDocument, Consumer<IngestError> onError);
    }

    /** Documents from {@code source} (files, feeds' pages), each extracted and handed to {@code sink}. */
    public Summary run(Source source, Sink sink, RunReport report) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-extract");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        Semaphore inFlight = new Semaphore(charBudget);
        int[] counts = new int[2];
        try {
            source.read((path, doc) -> {
                window.addLast(new Pending(doc, path, sink.holds(doc) ? HELD : submit(pool, inFlight, doc)));
                while (window.size() > threads * 4) {
                    deliver(window.removeFirst(), sink, report, counts);
                }
            }, (IngestError e) -> {
                report.line(e.message());
                counts[1]++;
            });
            while (!window.isEmpty()) {
                deliver(window.removeFirst(), sink, report, counts);
            }
        } finally {
            pool.shutdownNow();
        }
        report.finish();
        return new Summary(counts[0], counts[1]);
    }

    private Future<Extraction> submit(ExecutorService pool, Semaphore inFlight, Document doc) {
        if (extractor == null) {
            extractor = extractors.get();
        }
        Function<Document, Extraction> extract = extractor;
        int chars = Math.max(1, Math.min(doc.text().length(), charBudget));
        inFlight.acquireUninterruptibly(chars);
        return pool.submit(() -> {
            try {
                return extract.apply(doc);
            } finally {
                inFlight.release(chars);
            }
        });
    }

    private static void deliver(Pending p, Sink sink, RunReport report, int[] counts) {
        // Named by its document id (its path from the folder given), as a Spark executor names it too.
        String shown = IngestError.shown(p.document().id());
        Extraction extraction;
        try {
            extraction = p.extraction().get();
        } catch (ExecutionException e) {
            report.line(cannotExtract(shown, e.getCause()));
            counts[1]++;
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try {
            sink.accept(p.document(), p.path(), extraction);
        } catch (Sink.Rejected e) {
            report.line(e.getMessage());
            counts[1]++;
            return;
        }
        extraction.notes().forEach(note -> report.line("'" + shown + "': " + note));
        counts[0]++;
        report.documentDone();
    }

    /** The line that says a document failed extraction, wherever it ran (here, or on a Spark executor). */
    public static String cannotExtract(String shown, Throwable cause) {
        return "cannot extract '" + shown + "': " + oneLine(cause);
    }

    /** An exception as one line: its class and message, line breaks folded. */
    public static String oneLine(Throwable e) {
        return e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage().strip().replaceAll("\\s*\\R\\s*", " "));
    }
}
