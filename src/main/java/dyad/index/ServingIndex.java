package dyad.index;

import dyad.model.Record;
import dyad.store.StoredDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.store.AlreadyClosedException;

/**
 * The index a long-running reader (the server) searches, whatever state its folder is in. It
 * opens the folder for reading only, so that ingest and {@code dyad index --rebuild} can write
 * beside it. While the index is missing or damaged, searches go to a stand-in told why (the
 * server's answers 503 naming the command that mends it); at most once a second a search tries
 * the folder again, so a rebuilt index is served without a restart.
 */
public final class ServingIndex implements SearchIndex {

    private static final long RETRY_NANOS = 1_000_000_000L;

    private final Path folder;
    private final Function<String, SearchIndex> standIn;
    private LuceneSearchIndex open;
    private String problem;
    private long triedAt;
    private boolean closed;

    private ServingIndex(Path folder, Function<String, SearchIndex> standIn) {
        this.folder = folder;
        this.standIn = standIn;
    }

    /**
     * Opens the index in {@code folder} if it can; {@link #problem()} says why not.
     *
     * @param standIn the index to answer with, given the reason, while this one cannot
     */
    public static ServingIndex open(Path folder, Function<String, SearchIndex> standIn) {
        ServingIndex index = new ServingIndex(folder, standIn);
        synchronized (index) {
            index.tryOpen();
        }
        return index;
    }

    /** Why searches cannot be served now (the message names the command that mends it), if they cannot. */
    public synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public SearchResult search(SearchQuery query) {
        LuceneSearchIndex index;
        String why;
        synchronized (this) {
            if (open == null && !closed && System.nanoTime() - triedAt > RETRY_NANOS) {
                tryOpen();
            }
            index = open;
            why = problem;
        }
        if (index != null) {
            try {
                return index.search(query);
            } catch (SearchIndexException | AlreadyClosedException e) {
                why = broken(index, e);
            }
        }
        return standIn.apply(why).search(query);
    }

    private void tryOpen() {
        triedAt = System.nanoTime();
        try {
            open = LuceneSearchIndex.openForReading(folder);
            problem = null;
        } catch (SearchIndexException e) {
            problem = e.getMessage();
        }
    }

    /** The open index failed: closed, and tried again on a later search. */
    private synchronized String broken(LuceneSearchIndex index, RuntimeException e) {
        if (open == index) {
            open = null;
            triedAt = System.nanoTime();
            problem = e instanceof SearchIndexException ? e.getMessage()
                    : IndexFolder.damaged(folder.toString(), e).getMessage();
            closeQuietly(index);
        }
        return problem;
    }

    @Override
    public void put(StoredDocument document, List<? extends Record> records) {
        throw new IllegalStateException("search index '" + folder + "' is open for reading only");
    }

    @Override
    public void remove(String documentHash) {
        throw new IllegalStateException("search index '" + folder + "' is open for reading only");
    }

    @Override
    public synchronized void close() {
        closed = true;
        problem = "search index '" + folder + "' is closed: the server is stopping";
        if (open != null) {
            closeQuietly(open);
            open = null;
        }
    }

    private static void closeQuietly(LuceneSearchIndex index) {
        try {
            index.close();
        } catch (SearchIndexException ignored) {
            // a broken index: the reason is already known, and searches no longer use it
        }
    }
}
