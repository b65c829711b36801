package dyad.source;

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

    /**
     * One line a user can act on, e.g. {@code cannot read 'letters/x.html': not UTF-8 at byte 1042};
     * a path holding a line break or another control character shows it escaped ({@link #shown}).
     */
    public String message() {
        return "cannot read '" + shown(path) + "': " + reason.replaceAll("\\R+", " ");
    }

    /**
     * A path (or a document's name, or any text a one-line message quotes) as the message shows it:
     * control characters and line separators written as escapes (a backslash and n, t, r, or u and four
     * hex digits), so a file named with a line break stays on the line that names it.
     */
    public static String shown(String path) {
        StringBuilder out = new StringBuilder(path.length());
        path.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
