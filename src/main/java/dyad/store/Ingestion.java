package dyad.store;

import dyad.ingest.DocumentDater;
import dyad.ingest.IngestError;
import dyad.ingest.SourceReader;
import dyad.ingest.TextDecoder;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Record;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code dyad ingest}: reads files and folders, hashes each text, skips the texts already
 * stored <em>before</em> extraction (only their path link is recorded), extracts the others
 * on a pool of threads, and stores each document with its records in its own transaction,
 * in input order. A file that cannot be read or extracted is reported and skipped.
 *
 * <p>Interrupted at any point (even {@code kill -9}), a run leaves every document either
 * stored whole or not at all; running it again stores the rest, and nothing twice.
 */
public final class Ingestion {

    /** What a run did, per document read, and how many sources failed. */
    public record Summary(int added, int replaced, int unchanged, int failed) {
        public int documents() {
            return added + replaced + unchanged;
        }
    }

    private record Pending(Document document, String path, String hash, Future<List<Record>> records) {
    }

    private static final CompletableFuture<List<Record>> KNOWN = CompletableFuture.completedFuture(List.of());

    private final Repository repository;
    private final Supplier<? extends Function<Document, List<Record>>> extractors;
    private final int threads;
    private final InputStream stdin;
    private Function<Document, List<Record>> extractor;

    /**
     * @param extractors gives the extractor once, when the first text not yet stored is read
     *                   (so an unchanged corpus never loads the models)
     * @param threads    documents extracted in parallel
     * @param stdin      what {@code -} reads
     */
    public Ingestion(Repository repository, Supplier<? extends Function<Document, List<Record>>> extractors,
                     int threads, InputStream stdin) {
        if (repository == null || extractors == null || stdin == null) {
            throw new IllegalArgumentException("repository, extractor and stdin are required");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.repository = repository;
        this.extractors = extractors;
        this.threads = threads;
        this.stdin = stdin;
    }

    /**
     * @param docDate  the date of every document ({@code --doc-date}), or null to find it in each text
     * @param progress called after each document is stored, with its outcome
     * @param errors   one line per source that could not be read, extracted or stored
     */
    public Summary run(List<String> paths, EventDate docDate, Consumer<WriteOutcome> progress, Consumer<String> errors) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-ingest");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        int[] counts = new int[4];
        try {
            SourceReader reader = new SourceReader(new TextDecoder(), new DocumentDater(), docDate, stdin);
            reader.readSources(paths, (path, doc) -> {
                String hash = ContentHash.of(doc.text());
                Future<List<Record>> records;
                if (repository.contains(hash)) {
                    records = KNOWN;
                } else {
                    Function<Document, List<Record>> f = extractor();
                    records = pool.submit(() -> f.apply(doc));
                }
                window.addLast(new Pending(doc, path, hash, records));
                while (window.size() > threads * 2) {
                    store(window.removeFirst(), progress, errors, counts);
                }
            }, (IngestError e) -> {
                errors.accept(e.message());
                counts[3]++;
            });
            while (!window.isEmpty()) {
                store(window.removeFirst(), progress, errors, counts);
            }
        } finally {
            pool.shutdownNow();
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3]);
    }

    private Function<Document, List<Record>> extractor() {
        if (extractor == null) {
            extractor = extractors.get();
        }
        return extractor;
    }

    private void store(Pending p, Consumer<WriteOutcome> progress, Consumer<String> errors, int[] counts) {
        List<Record> records;
        try {
            records = p.records().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            errors.accept("cannot extract '" + shown(p) + "': " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            counts[3]++;
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        WriteOutcome outcome = repository.write(new Ingested(p.document(), p.hash(), p.path(), records));
        counts[outcome.ordinal()]++;
        progress.accept(outcome);
    }

    private static String shown(Pending p) {
        return p.path() != null ? p.path() : p.document().id();
    }
}
