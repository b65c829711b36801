package dyad.spark;

/** What the job was given cannot be used (an output folder in use, a table without its columns): the user can fix it. */
public final class JobInputException extends RuntimeException {
    public JobInputException(String message, Throwable cause) {
        super(message, cause);
    }

    public JobInputException(String message) {
        super(message);
    }
}
