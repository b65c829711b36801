package dyad.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Why one source cannot become a document. The message is the bare reason (no path); the
 * reader adds the path when it turns this into an {@link IngestError}. No stack trace: this
 * is an expected outcome reported to the user, not a bug.
 */
public final class UnreadableException extends Exception {

    public UnreadableException(String reason) {
        super(reason, null, false, false);
    }

    /**
     * Why a path named on the command line leads nowhere: no such file, a symbolic link to a missing
     * file, a loop of symbolic links, or what the system says (a folder in the path that is a file …).
     */
    static UnreadableException missing(Path path) {
        try {
            path.toRealPath();
            return new UnreadableException("no such file or directory"); // gone and back while we looked
        } catch (NoSuchFileException e) {
            return new UnreadableException(Files.isSymbolicLink(path) ? "a symbolic link to a missing file"
                    : "no such file or directory");
        } catch (IOException e) {
            return loops(path) ? new UnreadableException("a loop of symbolic links") : of(e);
        }
    }

    /** Whether following the link at {@code path} comes back to a link already followed. */
    private static boolean loops(Path path) {
        Set<Path> followed = new HashSet<>();
        Path at = path.toAbsolutePath().normalize();
        try {
            while (Files.isSymbolicLink(at)) {
                if (!followed.add(at)) {
                    return true;
                }
                at = at.resolveSibling(Files.readSymbolicLink(at)).normalize();
            }
        } catch (IOException e) {
            return false;
        }
        return false;
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
