package dyad.index;

/** The search index cannot be opened, read or written; the message names the folder and what to do. */
public final class SearchIndexException extends RuntimeException {
    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
