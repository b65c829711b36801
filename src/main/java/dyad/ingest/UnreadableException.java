package dyad.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * Why one source cannot become a document. The message is the bare reason (no path); the
 * reader adds the path when it turns this into an {@link IngestError}. No stack trace: this
 * is an expected outcome reported to the user, not a bug.
 */
public final class UnreadableException extends Exception {

    public UnreadableException(String reason) {
        super(reason, null, false, false);
    }

    /** Turns an I/O failure into a short reason, without Java class names. */
    static UnreadableException of(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UnreadableException("no such file or directory");
        }
        if (e instanceof AccessDeniedException) {
            return new UnreadableException("permission denied");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return new UnreadableException(fse.getReason());
        }
        String message = e.getMessage();
        return new UnreadableException(message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }
}
