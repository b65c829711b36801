package dyad.source.feed;

/**
 * What a feed was when last read in full: its validators for a conditional GET (either may be null)
 * and the SHA-256 of its body, so a server that answers every request in full still costs no parsing
 * when nothing changed.
 */
public record FeedVersion(String etag, String lastModified, String sha256) {

    /** A feed never read. */
    public static final FeedVersion NONE = new FeedVersion(null, null, null);
}
