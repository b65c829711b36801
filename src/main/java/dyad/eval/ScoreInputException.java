package dyad.eval;

/**
 * An input that cannot be scored: unreadable file or malformed gold. The message names file
 * and line. An IllegalArgumentException, so the CLI prints it as a one-line user error.
 */
public final class ScoreInputException extends IllegalArgumentException {

    public ScoreInputException(String message) {
        super(message);
    }

    public ScoreInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
