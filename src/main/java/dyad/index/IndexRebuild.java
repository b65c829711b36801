package dyad.index;

import dyad.store.DocumentInfo;
import dyad.store.Page;
import dyad.store.PageRequest;
import dyad.store.Repository;
import dyad.store.StoredDocument;
import dyad.model.Record;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;

/**
 * Fills an index from the store: every document with its records, committed once at the end, so
 * searches see the old index until the new one is complete, and a failure leaves the old one.
 */
public final class IndexRebuild {

    private static final int PAGE = 500;

    private IndexRebuild() {
    }

    /**
     * Replaces everything in {@code index} by the store's documents; {@code progress} hears the
     * number of documents done so far. Returns how many documents were indexed. If reading the
     * store fails, the half-built index is dropped: {@code index} keeps serving searches from the
     * old one but takes no more changes (close it and open it again).
     */
    public static long run(Repository store, LuceneSearchIndex index, LongConsumer progress) {
        try {
            return fill(store, index, progress);
        } catch (RuntimeException e) {
            index.rollBack("a rebuild failed (" + e.getMessage() + ")");
            throw e;
        }
    }

    /**
     * Hands one stored document with its records to {@code into} (an index's or a batch's
     * {@code put}): what ingest does after the store took a new text. Returns false if the store
     * does not have it.
     */
    public static boolean copy(Repository store, String hash, BiConsumer<StoredDocument, List<Record>> into) {
        StoredDocument document = store.document(hash).orElse(null);
        if (document == null) {
            return false;
        }
        into.accept(document, store.records(hash));
        return true;
    }

    private static long fill(Repository store, LuceneSearchIndex index, LongConsumer progress) {
        LuceneSearchIndex.Batch batch = index.batch();
        batch.clear();
        long done = 0;
        PageRequest request = PageRequest.first(PAGE);
        while (true) {
            Page<DocumentInfo> page = store.documents(request);
            for (DocumentInfo info : page.items()) {
                // A document removed since the page was read is simply not indexed.
                if (copy(store, info.hash(), batch::put)) {
                    progress.accept(++done);
                }
            }
            if (!page.more()) {
                break;
            }
            request = request.next();
        }
        // Not in a finally: a failed rebuild must not commit the half-built index.
        batch.commit();
        return done;
    }
}
