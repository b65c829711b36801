package dyad.index;

/** The search index cannot be opened, read or written; the message names the folder and what to do. */
public final class SearchIndexException extends RuntimeException {

    /** What is wrong, so that a caller can mend what is derived data and report the rest. */
    public enum Problem {
        /** No index in the folder yet. */
        MISSING,
        /** The folder holds something Lucene cannot read as an index (damaged, truncated, another version, not a folder). */
        DAMAGED,
        /** Another process writes to it. */
        IN_USE,
        /** The file system refused (permissions, disk full, an I/O error). */
        FAILED
    }

    private final Problem problem;

    public SearchIndexException(Problem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** A failure to read or write an index that was open (an I/O error). */
    public SearchIndexException(String message, Throwable cause) {
        this(Problem.FAILED, message, cause);
    }

    public Problem problem() {
        return problem;
    }
}
