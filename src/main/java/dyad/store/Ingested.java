package dyad.store;

import dyad.model.Document;
import dyad.model.Record;
import java.util.List;

/**
 * A document ready to store: its text, content hash, the path it was read from (null for
 * stdin or synthetic documents) and every record extracted from it, in extraction order.
 */
public record Ingested(Document document, String hash, String path, List<Record> records) {

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
        for (Record r : records) {
            if (!document.id().equals(r.doc())) {
                throw new IllegalArgumentException("document '" + document.id() + "': a " + r.kind()
                        + " record names another document '" + r.doc() + "'");
            }
        }
    }

    /** Hashes the document's text. */
    public static Ingested of(Document document, String path, List<Record> records) {
        return new Ingested(document, ContentHash.of(document.text()), path, records);
    }
}
