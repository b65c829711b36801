package dyad.index;

import dyad.index.SearchIndexException.Problem;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The folder an index lives in: opening it, telling why it cannot be opened, and clearing it
 * when it is damaged (the index is derived data: the store rebuilds it).
 */
final class IndexFolder {

    static final String REBUILD = "'dyad index --rebuild'";
    private static final int DETAIL = 200;

    private IndexFolder() {
    }

    /**
     * The Lucene directory of {@code folder}; created when missing if {@code create}, else
     * reported missing without touching the disk.
     */
    static Directory directory(Path folder, boolean create) {
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
            throw new SearchIndexException(Problem.DAMAGED, "search index '" + folder + "' is not a folder; rebuild it with "
                    + REBUILD, null);
        }
        if (!create && !Files.isDirectory(folder)) {
            throw missing(folder.toString(), null);
        }
        Path lock = folder.resolve(IndexWriter.WRITE_LOCK_NAME);
        if (create && garbage(lock)) { // a writer would take the lock, then fail on its first change
            throw new SearchIndexException(Problem.DAMAGED, "search index '" + folder + "' is damaged (its lock file "
                    + lock.getFileName() + " is not empty); rebuild it with " + REBUILD, null);
        }
        try {
            return FSDirectory.open(folder);
        } catch (IOException e) {
            throw new SearchIndexException(Problem.FAILED, "cannot open search index folder '" + folder + "': "
                    + detail(e), e);
        }
    }

    /** Why opening the index at {@code where} failed, as the user needs to hear it. */
    static SearchIndexException openFailure(String where, Exception e) {
        if (e instanceof IndexNotFoundException) {
            return missing(where, e);
        }
        if (e instanceof LockObtainFailedException) {
            return new SearchIndexException(Problem.IN_USE, "search index '" + where + "' is in use by another process", e);
        }
        if (e instanceof AccessDeniedException) {
            return new SearchIndexException(Problem.FAILED, "cannot open search index '" + where + "': permission denied: "
                    + e.getMessage(), e);
        }
        // Anything else Lucene cannot read there: a bad or truncated file, one missing, a format of another version.
        return damaged(where, e);
    }

    static SearchIndexException damaged(String where, Exception e) {
        String why = e instanceof NoSuchFileException || e instanceof FileNotFoundException
                ? "a file is missing: " + e.getMessage() : detail(e);
        return new SearchIndexException(Problem.DAMAGED, "search index '" + where + "' is damaged or from another version ("
                + why + "); rebuild it with " + REBUILD, e);
    }

    private static SearchIndexException missing(String where, Exception e) {
        return new SearchIndexException(Problem.MISSING, "no search index at '" + where + "'; build it with " + REBUILD, e);
    }

    /**
     * Makes a damaged index folder empty, under Lucene's write lock so that no other process is
     * writing: deletes the files Lucene names ({@code segments*}, {@code _*}) and a lock file with
     * content (Lucene's is empty), and leaves any other file (Lucene ignores them); a file where the
     * folder should be is moved aside, not deleted.
     *
     * @return what was done, for the user
     */
    static String clear(Path folder) {
        try {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
                Path aside = folder.resolveSibling(folder.getFileName() + ".damaged-"
                        + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)));
                Files.move(folder, aside);
                return "moved it aside to '" + aside + "'";
            }
            int removed = 0;
            Path lock = folder.resolve(IndexWriter.WRITE_LOCK_NAME);
            if (garbage(lock)) {
                Files.delete(lock);
                removed++;
            }
            try (Directory directory = FSDirectory.open(folder);
                 Lock writing = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                for (String name : directory.listAll()) {
                    if (name.startsWith("segments") || name.startsWith("pending_segments") || name.startsWith("_")) {
                        directory.deleteFile(name);
                        removed++;
                    }
                }
            }
            return "removed its " + removed + " file" + (removed == 1 ? "" : "s");
        } catch (LockObtainFailedException e) {
            throw openFailure(folder.toString(), e);
        } catch (IOException e) {
            throw new SearchIndexException(Problem.FAILED, "cannot clear the damaged search index '" + folder + "': "
                    + detail(e), e);
        }
    }

    /** Lucene keeps its lock file empty: one with content was written by something else. */
    private static boolean garbage(Path lock) {
        try {
            return Files.isRegularFile(lock, LinkOption.NOFOLLOW_LINKS) && Files.size(lock) > 0;
        } catch (IOException e) {
            return false; // gone meanwhile
        }
    }

    /** Why a change to an open index failed: damage found on writing, or the file system refusing. */
    static SearchIndexException writeFailure(String where, Exception e) {
        if (e instanceof NoSuchFileException || e instanceof FileNotFoundException || e instanceof EOFException
                || e instanceof CorruptIndexException || e instanceof AlreadyClosedException) {
            return damaged(where, e);
        }
        return new SearchIndexException(Problem.FAILED, "search index '" + where + "' cannot be written: " + detail(e), e);
    }

    /** The first line of an exception's message, shortened: one line for the user, no stack trace. */
    static String detail(Exception e) {
        String m = e instanceof CorruptIndexException c ? c.getOriginalMessage().strip().replaceAll("\\.$", "")
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        m = m.replaceAll("\\s*\\R\\s*", " ");
        return m.length() > DETAIL ? m.substring(0, DETAIL) + "…" : m;
    }
}
