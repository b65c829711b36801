package dyad.export;

import dyad.model.Record;
import dyad.store.DocumentInfo;

/**
 * One stored record with its document, for an export: {@code n} is the record's place among its
 * document's records, so {@code id()} is stable across exports of the same store content.
 */
record Exported(DocumentInfo doc, int n, Record record) {

    /** The document's hash (first 16 digits) and the record's place: "a1b2c3d4e5f60718-7". */
    String id() {
        return doc.hash().substring(0, 16) + "-" + n;
    }
}
