package dyad.ingest;

/** A source that could not be read, and why; the other sources are still read. */
public record IngestError(String path, String reason) {
    public IngestError {
        if (path == null) {
            throw new IllegalArgumentException("error path is required"); // "" is a path a user can type
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("error reason is required");
        }
    }

    /** One line a user can act on, e.g. {@code cannot read 'letters/x.html': not UTF-8 at byte 1042}. */
    public String message() {
        return "cannot read '" + path + "': " + reason.replaceAll("\\R+", " ");
    }
}
