package dyad.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.EventDate;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import org.junit.jupiter.api.Test;

/** What the feed state in a store must do, on the embedded store and on PostgreSQL alike. */
abstract class FeedStateContract {

    private static final String HASH_A = "a".repeat(64);
    private static final String HASH_B = "b".repeat(64);

    /** A fresh store (skipping the test when there is none to be had). */
    abstract StoreLocation location() throws Exception;

    private static FeedItem item(String guid, String link) {
        return new FeedItem(guid, link, "Laos and Thailand reopen a river crossing", null, EventDate.UNKNOWN);
    }

    @Test
    void remembersFeedVersionsAndTakenItemsAcrossConnections() throws Exception {
        StoreLocation location = location();
        try (Repository repository = Stores.open(location); JdbcFeedState first = JdbcFeedState.open(location);
             JdbcFeedState second = JdbcFeedState.open(location)) {
            String feed = "https://mekong.example/feed.xml";
            assertThat(first.version(feed)).isEqualTo(FeedVersion.NONE);
            first.saveVersion(feed, new FeedVersion("\"v1\"", null, HASH_A));
            first.saveVersion(feed, new FeedVersion("\"v2\"", "Mon, 09 Mar 2026 10:00:00 GMT", HASH_B));
            assertThat(second.version(feed)).isEqualTo(new FeedVersion("\"v2\"", "Mon, 09 Mar 2026 10:00:00 GMT", HASH_B));

            FeedItem crossing = item("mekong-12", "https://mekong.example/crossing");
            assertThat(second.seen(feed, crossing)).isFalse();
            first.taken(feed, crossing, HASH_A);
            first.taken(feed, crossing, HASH_A); // taken again (a duplicate in one feed): still one row
            assertThat(second.seen(feed, crossing)).isTrue();
            // The same GUID in another feed is another item; the same link in any feed is the same page.
            assertThat(second.seen("https://other.example/rss", item("mekong-12", "https://other.example/12"))).isFalse();
            assertThat(second.seen("https://other.example/rss", item("other-1", "https://mekong.example/crossing"))).isTrue();
            // An item with no GUID is known by its link.
            FeedItem bare = item(null, "https://mekong.example/bare");
            first.taken(feed, bare, HASH_B);
            assertThat(second.seen(feed, bare)).isTrue();
        }
    }
}
