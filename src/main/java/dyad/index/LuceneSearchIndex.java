package dyad.index;

import dyad.model.Record;
import dyad.store.StoreLocation;
import dyad.store.StoredDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The search index in a folder (Lucene). Open one with {@link #open(Path)} to read and write,
 * {@link #openForReading(Path)} to search beside a process that writes, {@link #recreate(Path)} to
 * rebuild, {@link #inMemory()} for tests; {@link IndexKeeper} does so for the commands that write,
 * mending a damaged folder, and {@link ServingIndex} for the server.
 *
 * <p>Each {@link #put} replaces all entries of a document atomically and commits, so a reader
 * sees either the old entries or the new ones, and a crash keeps the last committed state.
 * Any number of threads may search while others write; searches see the last commit. One
 * process at a time may open a folder (Lucene's write lock).
 */
public final class LuceneSearchIndex implements SearchIndex {

    /** Where the index lives unless told otherwise: beside the default embedded store. */
    public static final Path DEFAULT_FOLDER = Path.of(StoreLocation.DEFAULT_FOLDER, "index");

    private final Directory directory;
    private final String where;
    private final Analyzer analyzer = new DyadAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Searching search = new Searching(new LuceneQueries(analyzer), new Snippets(analyzer));
    private final Object writing = new Object();
    private volatile long lastLook = System.nanoTime();
    /** Why writing is no longer possible (after a failed rebuild), or null. */
    private volatile String writingStopped;

    /** {@code mode} null: for reading only, no lock, later commits of another process seen within a second. */
    private LuceneSearchIndex(Directory directory, String where, IndexWriterConfig.OpenMode mode) {
        this.directory = directory;
        this.where = where;
        try {
            if (mode == null) {
                this.writer = null;
                this.searchers = new SearcherManager(directory, null);
            } else {
                IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode);
                // Changes count once committed: closing without commit (a failed rebuild) keeps the last state.
                config.setCommitOnClose(false);
                this.writer = new IndexWriter(directory, config);
                this.searchers = new SearcherManager(writer, null);
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw IndexFolder.openFailure(where, e);
        }
    }

    /** The index in {@code folder}, created on first use. */
    public static LuceneSearchIndex open(Path folder) {
        return new LuceneSearchIndex(IndexFolder.directory(folder, true), folder.toString(),
                IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /**
     * The index in {@code folder} for searching only: takes no lock, so any number of processes
     * may read while one writes; commits made elsewhere show within a second. Writing fails.
     */
    public static LuceneSearchIndex openForReading(Path folder) {
        return new LuceneSearchIndex(IndexFolder.directory(folder, false), folder.toString(), null);
    }

    /**
     * A new, empty index in {@code folder} for a rebuild: the old content stays on disk (and
     * damaged segments are ignored) until the first commit replaces it. Fails, as {@link #open},
     * when the folder's last commit cannot be read: {@link IndexKeeper#rebuild} clears it then.
     */
    public static LuceneSearchIndex recreate(Path folder) {
        return new LuceneSearchIndex(IndexFolder.directory(folder, true), folder.toString(), IndexWriterConfig.OpenMode.CREATE);
    }

    /** An index in memory, lost on close. */
    public static LuceneSearchIndex inMemory() {
        return new LuceneSearchIndex(new ByteBuffersDirectory(), "(memory)", IndexWriterConfig.OpenMode.CREATE);
    }

    /** The index folder that goes with a store: {@code index/} beside an embedded store's file, else {@link #DEFAULT_FOLDER}. */
    public static Path folderFor(StoreLocation store) {
        Path file = store.embeddedFile();
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent == null ? DEFAULT_FOLDER : parent.resolve("index");
    }

    @Override
    public void put(StoredDocument document, List<? extends Record> records) {
        List<Document> entries = IndexEntries.of(document, records);
        synchronized (writing) {
            write(() -> writer.updateDocuments(hashTerm(document.info().hash()), entries));
            commit();
        }
    }

    @Override
    public void remove(String documentHash) {
        if (documentHash == null) {
            return;
        }
        synchronized (writing) {
            write(() -> writer.deleteDocuments(hashTerm(documentHash)));
            commit();
        }
    }

    /**
     * Many changes, one commit: for ingest and rebuilds, where a commit per document (a new
     * segment and an fsync each) would cost more than the indexing. Searches see the changes
     * when the batch commits ({@link Batch#commit()} or {@link Batch#close()}); a batch dropped
     * by a crash leaves the index as it was before it (the store still has the documents:
     * {@code dyad index --rebuild} brings them in).
     */
    public Batch batch() {
        return new Batch();
    }

    /** Changes committed together; not for sharing between threads. */
    public final class Batch implements AutoCloseable {

        private Batch() {
        }

        /** Adds or replaces a document and its records, as {@link LuceneSearchIndex#put}, without committing. */
        public void put(StoredDocument document, List<? extends Record> records) {
            List<Document> entries = IndexEntries.of(document, records);
            synchronized (writing) {
                write(() -> writer.updateDocuments(hashTerm(document.info().hash()), entries));
            }
        }

        /** Removes a document's entries, without committing. */
        public void remove(String documentHash) {
            if (documentHash != null) {
                synchronized (writing) {
                    write(() -> writer.deleteDocuments(hashTerm(documentHash)));
                }
            }
        }

        /** Drops every entry of the index, without committing (a rebuild's first step). */
        public void clear() {
            synchronized (writing) {
                write(writer::deleteAll);
            }
        }

        /** Makes the changes so far durable and visible to searches. */
        public void commit() {
            LuceneSearchIndex.this.commit();
        }

        /** Commits. */
        @Override
        public void close() {
            commit();
        }
    }

    /**
     * Drops every change since the last commit, which Lucene can only do by closing the writer:
     * searches go on over the last commit, writes fail from now on.
     */
    void rollBack(String why) {
        synchronized (writing) {
            if (writingStopped != null) {
                return;
            }
            writingStopped = "search index '" + where + "' takes no more changes: " + why + "; open it again";
            try {
                writer.rollback();
            } catch (IOException | RuntimeException ignored) {
                // the failure that led here is what the user hears about; the writer is closed either way
            }
        }
    }

    private void commit() {
        synchronized (writing) {
            write(() -> {
                writer.commit();
                searchers.maybeRefreshBlocking();
            });
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        try {
            if (writer == null && System.nanoTime() - lastLook > 1_000_000_000L) {
                lastLook = System.nanoTime();
                refresh();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.run(searcher, query);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new SearchIndexException("search index '" + where + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** Follows commits made by another process; a folder changed beyond what Lucene can follow is reported damaged. */
    private void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            throw IndexFolder.damaged(where, e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null && writingStopped == null && writer.isOpen()) {
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new SearchIndexException("cannot close search index '" + where + "': " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "search index " + where;
    }

    private interface IndexWrite {
        void run() throws IOException;
    }

    private void write(IndexWrite change) {
        if (writer == null) {
            throw new IllegalStateException("search index '" + where + "' is open for reading only");
        }
        if (writingStopped != null) {
            throw new IllegalStateException(writingStopped);
        }
        try {
            change.run();
        } catch (IOException | AlreadyClosedException e) {
            throw IndexFolder.writeFailure(where, e);
        }
    }

    private static Term hashTerm(String hash) {
        return new Term(Fields.HASH, hash);
    }

    private static void closeQuietly(Directory directory) {
        try {
            directory.close();
        } catch (IOException ignored) {
            // the open failure is what the user needs to hear about
        }
    }
}
