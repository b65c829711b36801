package dyad.model;

/**
 * A text as decoded from its file. {@code text} is never changed: every offset in every
 * record points into it. {@code date} is when it was written (UNKNOWN if not found).
 */
public record Document(String id, String text, EventDate date) {
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
    }
}
