package dyad.store;

/** A stored document with its text: every record offset points into {@code text}. */
public record StoredDocument(DocumentInfo info, String text) {
    public StoredDocument {
        if (info == null || text == null || text.length() != info.chars()) {
            throw new IllegalArgumentException("stored document text does not match its length");
        }
    }
}
