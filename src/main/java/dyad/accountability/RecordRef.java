package dyad.accountability;

import dyad.store.ContentHash;

/** A record named so that the name survives re-ingesting: its document's content hash and position. */
public record RecordRef(String documentHash, int n) {

    public RecordRef {
        if (!ContentHash.valid(documentHash) || n < 0) {
            throw new IllegalArgumentException("record reference needs a 64-digit document hash and a position >= 0");
        }
    }

    /** Parses {@code HASH:N}. */
    public static RecordRef parse(String s) {
        int colon = s == null ? -1 : s.lastIndexOf(':');
        try {
            if (colon > 0) {
                return new RecordRef(s.substring(0, colon), Integer.parseInt(s.substring(colon + 1)));
            }
        } catch (IllegalArgumentException e) {
            // the message below says what is expected
        }
        throw new IllegalArgumentException("record reference must look like HASH:N: '" + s + "'");
    }

    @Override
    public String toString() {
        return documentHash + ":" + n;
    }
}
