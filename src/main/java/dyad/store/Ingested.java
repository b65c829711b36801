package dyad.store;

import dyad.model.Document;
import dyad.model.Record;
import java.util.List;

/**
 * A document ready to store: its text, content hash, the path it was read from (null for
 * stdin or synthetic documents), every record extracted from it, in extraction order, and the
 * extraction's notes on it (what it could not do in full; stored with the document).
 */
public record Ingested(Document document, String hash, String path, List<Record> records, List<String> notes) {

    public Ingested {
        if (document == null) {
            throw new IllegalArgumentException("ingested document is required");
        }
        if (!ContentHash.valid(hash)) {
            throw new IllegalArgumentException("document '" + document.id() + "': hash must be 64 lowercase hex digits");
        }
        if (path != null && path.isBlank()) {
            throw new IllegalArgumentException("document '" + document.id() + "': path is blank");
        }
        records = List.copyOf(records);
        notes = notes == null ? List.of() : List.copyOf(notes);
        for (Record r : records) {
            if (!document.id().equals(r.doc())) {
                throw new IllegalArgumentException("document '" + document.id() + "': a " + r.kind()
                        + " record names another document '" + r.doc() + "'");
            }
        }
    }

    /** Without notes. */
    public Ingested(Document document, String hash, String path, List<Record> records) {
        this(document, hash, path, records, List.of());
    }

    /** Hashes the document's text. */
    public static Ingested of(Document document, String path, List<Record> records) {
        return new Ingested(document, ContentHash.of(document.text()), path, records);
    }
}
