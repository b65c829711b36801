package dyad.accountability;

/**
 * What a decision knew of a record it names by content hash: the path of the record's document
 * and the record's identity ({@link RecordIdentity}). When the file at that path changes and is
 * ingested again, the record gets a new hash; the anchor finds its new version there.
 *
 * @param path     where the document was first read, or null (stdin)
 * @param identity what makes the record the same one in another version of its document
 */
public record Anchor(String path, String identity) {

    public Anchor {
        if (identity == null || identity.isBlank()) {
            throw new IllegalArgumentException("an anchor needs the record's identity");
        }
        if (path != null && path.isBlank()) {
            path = null;
        }
    }
}
