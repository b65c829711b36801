package dyad.source.feed;

import dyad.model.EventDate;
import dyad.model.Metadata;

/**
 * One item of a feed, as the feed tells it: its GUID (RSS {@code guid}, Atom {@code id}), the link to
 * its page (absolute), title, author and date (RSS {@code pubDate}, Atom {@code published}, else
 * {@code updated}; {@link EventDate#UNKNOWN} when none). Any but the date may be null.
 */
public record FeedItem(String guid, String link, String title, String author, EventDate published) {

    public FeedItem {
        guid = blankToNull(guid);
        link = blankToNull(link);
        published = published == null ? EventDate.UNKNOWN : published;
    }

    /** How the item is remembered within its feed: its GUID, else its link (null when it has neither). */
    public String key() {
        return guid != null ? guid : link;
    }

    /** What the item says of its page, for the document: the feed's title stands for its publisher. */
    Metadata meta(ParsedFeed feed) {
        return new Metadata(title, feed.title(), author, link, feed.language(), null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
