package dyad.model;

/**
 * A text as decoded from its file. {@code text} is never changed: every offset in every
 * record points into it. {@code date} is when it was written (UNKNOWN if not found);
 * {@code meta} what its publisher says of it (title, link…; {@link Metadata#NONE} if nothing).
 */
public record Document(String id, String text, EventDate date, Metadata meta) {
    public Document {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("document id is required");
        }
        if (text == null) {
            throw new IllegalArgumentException("document text is required");
        }
        if (date == null) {
            date = EventDate.UNKNOWN;
        }
        if (meta == null) {
            meta = Metadata.NONE;
        }
    }

    /** A document nobody says anything of beyond its date. */
    public Document(String id, String text, EventDate date) {
        this(id, text, date, Metadata.NONE);
    }
}
