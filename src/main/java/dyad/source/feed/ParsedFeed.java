package dyad.source.feed;

import java.util.List;

/** A feed read: its title and language (either may be null) and its items in the feed's order. */
public record ParsedFeed(String title, String language, List<FeedItem> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
