package dyad.store;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
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
 *
 * <p>Listeners ({@link #onStored}, {@link #onRemoved}) hear of each change after it is
 * committed, e.g. to keep a search index in step. They are told nothing about texts that were
 * already stored, so an index that missed a change (a crash between commit and listener) is
 * repaired by rebuilding it from the store, not by ingesting again.
 */
public final class Ingestion {

    /** What a run did, per document read, and how many sources failed. */
    public record Summary(int added, int replaced, int unchanged, int failed) {
        public int documents() {
            return added + replaced + unchanged;
        }
    }

    private record Pending(Document document, String path, String hash, Future<Extraction> extraction) {
    }

    private static final CompletableFuture<Extraction> KNOWN = CompletableFuture.completedFuture(Extraction.of(List.of()));

    private final Repository repository;
    private final Supplier<? extends Function<Document, Extraction>> extractors;
    private final int threads;
    private final InputStream stdin;
    private Function<Document, Extraction> extractor;
    private BiConsumer<StoredDocument, List<Record>> stored = (document, records) -> { };
    private Consumer<String> removed = hash -> { };

    /**
     * @param extractors gives the extractor once, when the first text not yet stored is read
     *                   (so an unchanged corpus never loads the models)
     * @param threads    documents extracted in parallel
     * @param stdin      what {@code -} reads
     */
    public Ingestion(Repository repository, Supplier<? extends Function<Document, Extraction>> extractors,
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

    /** Called after each new text is committed, with the stored document and its records (e.g. {@code index::put}). */
    public Ingestion onStored(BiConsumer<StoredDocument, List<Record>> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("stored-document listener is required");
        }
        this.stored = listener;
        return this;
    }

    /**
     * Called after a commit deleted a document because its path now holds another text and no
     * other path holds it, with the deleted document's hash (e.g. {@code index::remove}).
     */
    public Ingestion onRemoved(Consumer<String> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("removed-document listener is required");
        }
        this.removed = listener;
        return this;
    }

    /**
     * @param dates    dates given to documents ({@code --doc-date}, {@code --doc-dates}), or null to find each in its text
     * @param progress called after each document is stored, with its outcome
     * @param errors   one line per source that could not be read, extracted or stored, and per note on a
     *                 stored document (stored with it too; no failure)
     */
    public Summary run(List<String> paths, DocumentDates dates, Consumer<WriteOutcome> progress, Consumer<String> errors) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "dyad-ingest");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        int[] counts = new int[4];
        try {
            SourceReader reader = new SourceReader(new TextDecoder(), new DocumentDater(), dates, stdin);
            reader.readSources(paths, (path, doc) -> {
                String hash = ContentHash.of(doc.text());
                Future<Extraction> extraction;
                if (repository.contains(hash)) {
                    extraction = KNOWN;
                } else {
                    Function<Document, Extraction> f = extractor();
                    extraction = pool.submit(() -> f.apply(doc));
                }
                window.addLast(new Pending(doc, path, hash, extraction));
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

    private Function<Document, Extraction> extractor() {
        if (extractor == null) {
            extractor = extractors.get();
        }
        return extractor;
    }

    private void store(Pending p, Consumer<WriteOutcome> progress, Consumer<String> errors, int[] counts) {
        Extraction extraction;
        try {
            extraction = p.extraction().get();
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
        List<Record> records = extraction.records();
        Ingested ingested;
        try {
            ingested = new Ingested(p.document(), p.hash(), p.path(), records, extraction.notes());
        } catch (IllegalArgumentException e) {
            errors.accept("cannot extract '" + shown(p) + "': " + e.getMessage());
            counts[3]++;
            return;
        }
        String before = p.path() == null ? null : repository.documentAt(p.path()).orElse(null);
        WriteOutcome outcome = repository.write(ingested);
        counts[outcome.ordinal()]++;
        extraction.notes().forEach(note -> errors.accept("'" + shown(p) + "': " + note));
        progress.accept(outcome);
        try {
            if (outcome != WriteOutcome.UNCHANGED) {
                stored.accept(repository.document(p.hash()).orElseThrow(), records);
            }
            if (before != null && !before.equals(p.hash()) && !repository.contains(before)) {
                removed.accept(before);
            }
        } catch (RuntimeException e) {
            // Stored and committed: only the listener (an index, say) is behind, and a rebuild repairs it.
            errors.accept("stored '" + shown(p) + "' but a listener failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
            counts[3]++;
        }
    }

    private static String shown(Pending p) {
        return IngestError.shown(p.path() != null ? p.path() : p.document().id());
    }
}
