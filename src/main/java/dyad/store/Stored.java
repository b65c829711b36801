package dyad.store;

import dyad.model.Record;

/** A record read back from the store, with its key and the hash of the document it came from. */
public record Stored<R extends Record>(RecordKey key, String documentHash, R record) {
    public Stored {
        if (key == null || documentHash == null || record == null) {
            throw new IllegalArgumentException("stored record needs key, document hash and record");
        }
    }
}
