package dyad.pipeline;

import dyad.model.Document;
import dyad.model.Extraction;
import dyad.model.Record;
import dyad.source.IngestError;
import dyad.store.ContentHash;
import dyad.store.Ingested;
import dyad.store.Repository;
import dyad.store.StoredDocument;
import dyad.store.WriteOutcome;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * {@code dyad ingest}: each document with its records in its own transaction, the texts already
 * stored known by hash so they are not extracted again (only their path link is recorded).
 * Interrupted at any point (even {@code kill -9}), a run leaves every document either stored
 * whole or not at all; running it again stores the rest, and nothing twice.
 *
 * <p>Followers (the search index) hear of each change after it is committed. They are told
 * nothing of texts that were already stored, so a follower that missed a change (a crash between
 * commit and follower) is repaired by rebuilding it from the store, not by ingesting again.
 */
public final class StoreSink implements Sink {

    private final Repository repository;
    private final BiConsumer<StoredDocument, List<Record>> stored;
    private final Consumer<String> removed;
    private final int[] outcomes = new int[WriteOutcome.values().length];

    /**
     * @param stored  called after each new text is committed, with the stored document and its records
     * @param removed called after a commit deleted a document because its path now holds another text
     *                and no other path holds it, with the deleted document's hash
     */
    public StoreSink(Repository repository, BiConsumer<StoredDocument, List<Record>> stored, Consumer<String> removed) {
        if (repository == null || stored == null || removed == null) {
            throw new IllegalArgumentException("a repository and its followers are required");
        }
        this.repository = repository;
        this.stored = stored;
        this.removed = removed;
    }

    /** The store alone, with no follower. */
    public static StoreSink of(Repository repository) {
        return new StoreSink(repository, (document, records) -> { }, hash -> { });
    }

    @Override
    public boolean holds(Document document) {
        return repository.contains(ContentHash.of(document.text()));
    }

    @Override
    public void accept(Document document, String path, Extraction extraction) {
        String shown = IngestError.shown(path != null ? path : document.id());
        String hash = ContentHash.of(document.text());
        Ingested ingested;
        try {
            ingested = new Ingested(document, hash, path, extraction.records(), extraction.notes());
        } catch (IllegalArgumentException e) {
            throw new Rejected("cannot extract '" + shown + "': " + e.getMessage());
        }
        String before = path == null ? null : repository.documentAt(path).orElse(null);
        WriteOutcome outcome = repository.write(ingested);
        outcomes[outcome.ordinal()]++;
        try {
            if (outcome != WriteOutcome.UNCHANGED) {
                stored.accept(repository.document(hash).orElseThrow(), extraction.records());
            }
            if (before != null && !before.equals(hash) && !repository.contains(before)) {
                removed.accept(before);
            }
        } catch (RuntimeException e) {
            // Stored and committed: only a follower (the index, say) is behind, and a rebuild repairs it.
            throw new Rejected("stored '" + shown + "' but a listener failed: " + Pipeline.oneLine(e));
        }
    }

    /** Documents of this run with this outcome so far. */
    public int count(WriteOutcome outcome) {
        return outcomes[outcome.ordinal()];
    }
}
