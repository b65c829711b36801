package dyad.source.feed;

/**
 * What {@code dyad watch} remembers between rounds, in the store: each feed's version (validators and
 * body hash) and the items already taken, so a re-run fetches nothing it has.
 */
public interface FeedState {

    /** The feed as last read in full, or {@link FeedVersion#NONE}. */
    FeedVersion version(String feed);

    /** Remembers the feed as read now: called once every new item of it has been taken. */
    void saveVersion(String feed, FeedVersion version);

    /** Whether {@code feed} has taken this item's key before, or any feed its link. */
    boolean seen(String feed, FeedItem item);

    /** Remembers the item as taken, with the hash of the document its page became. */
    void taken(String feed, FeedItem item, String contentHash);
}
