package dyad.index;

import dyad.index.SearchIndexException.Problem;
import dyad.model.Record;
import dyad.store.Repository;
import dyad.store.StoredDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The one place that keeps a search index in step with its store, for the commands that write
 * (ingest, {@code index --rebuild}, {@code serve --ingest}). The store is the truth and the index
 * derived data, so a damaged index folder never stops them: it is cleared and rebuilt from the
 * store, and they say so in one line. Only an index another process is writing, or a folder the
 * file system refuses, is an error.
 */
public final class IndexKeeper implements AutoCloseable {

    private final Repository store;
    private final Path folder;
    private final Consumer<String> notes;
    /** Null after the index broke during the run: cleared and reopened by {@link #catchUp}. */
    private LuceneSearchIndex index;
    private boolean stale;

    private IndexKeeper(Repository store, Path folder, LuceneSearchIndex index, Consumer<String> notes, boolean stale) {
        this.store = store;
        this.folder = folder;
        this.index = index;
        this.notes = notes;
        this.stale = stale;
    }

    /**
     * The index in {@code folder}, open to follow {@code store}'s changes ({@link #put}, {@link #remove})
     * and to {@link #catchUp} at the end; a damaged one is cleared now and rebuilt by {@link #catchUp}.
     *
     * @param notes hears a line for the user when the index had to be mended
     */
    public static IndexKeeper open(Repository store, Path folder, Consumer<String> notes) {
        try {
            return new IndexKeeper(store, folder, LuceneSearchIndex.open(folder), notes, false);
        } catch (SearchIndexException e) {
            if (e.problem() != Problem.DAMAGED) {
                throw e;
            }
            notes.accept(mended(e, IndexFolder.clear(folder)) + "; it is rebuilt from the store after this ingest");
            return new IndexKeeper(store, folder, LuceneSearchIndex.open(folder), notes, true);
        }
    }

    /**
     * Replaces the index in {@code folder} by the store's documents, whatever state the folder is
     * in; searches beside it see the old index until the new one is complete. Returns how many
     * documents were indexed.
     */
    public static long rebuild(Repository store, Path folder, LongConsumer progress, Consumer<String> notes) {
        try {
            return rebuildOnce(store, folder, progress);
        } catch (SearchIndexException e) {
            if (e.problem() != Problem.DAMAGED) {
                throw e;
            }
            // Its last commit unreadable, or a file it names missing or bad (found on writing): cleared, then once more.
            notes.accept(mended(e, IndexFolder.clear(folder)));
            return rebuildOnce(store, folder, progress);
        }
    }

    private static long rebuildOnce(Repository store, Path folder, LongConsumer progress) {
        try (LuceneSearchIndex index = LuceneSearchIndex.recreate(folder)) {
            return IndexRebuild.run(store, index, progress);
        }
    }

    private static String mended(SearchIndexException e, String done) {
        return withoutAdvice(e) + "; " + done;
    }

    /** The problem without its "rebuild it with …": here it is being rebuilt. */
    private static String withoutAdvice(SearchIndexException e) {
        String what = e.getMessage();
        int advice = what.lastIndexOf("; rebuild it with");
        return advice > 0 ? what.substring(0, advice) : what;
    }

    /** A document the store has just committed, with its records. */
    public void put(StoredDocument document, List<Record> records) {
        change(index -> index.put(document, records));
    }

    /** A document the store has just deleted. */
    public void remove(String documentHash) {
        change(index -> index.remove(documentHash));
    }

    /** Damage found while writing stops the changes; {@link #catchUp} rebuilds the index from the store. */
    private void change(Consumer<LuceneSearchIndex> change) {
        if (index == null) {
            return;
        }
        try {
            change.accept(index);
        } catch (SearchIndexException e) {
            if (e.problem() != Problem.DAMAGED) {
                throw e;
            }
            notes.accept(withoutAdvice(e) + "; it is rebuilt from the store after this ingest");
            closeQuietly(index);
            index = null;
            stale = true;
        }
    }

    /**
     * Each stored document is indexed right after its commit, so only a run killed between the
     * two, a damaged index cleared on opening, or an index lost or built by an older version
     * leaves the index behind the store: then it is rebuilt from the store.
     */
    public void catchUp() {
        if (index == null) {
            IndexFolder.clear(folder);
            index = LuceneSearchIndex.open(folder);
        }
        long stored = store.countDocuments();
        long indexed = index.search(new SearchQuery(null, Set.of(SearchQuery.Kind.DOCUMENT), null, null, Set.of(),
                Set.of(), null, null, 0, 1)).total();
        if (stale || indexed != stored) {
            notes.accept(String.format(Locale.ROOT, "the search index has %d of %d stored documents; rebuilding it",
                    indexed, stored));
            IndexRebuild.run(store, index, done -> { });
            stale = false;
        }
    }

    @Override
    public void close() {
        if (index != null) {
            index.close();
        }
    }

    private static void closeQuietly(LuceneSearchIndex index) {
        try {
            index.close();
        } catch (RuntimeException ignored) {
            // it broke: what broke it has been said
        }
    }
}
