package dyad.source.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dyad.model.EventDate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) into items, with Rome. A document type declaration is
 * refused (no external entities); relative links are resolved against the feed's address. Dates are
 * taken as days in UTC: Rome hands over instants, not the offset the feed wrote.
 */
public final class FeedParser {

    private FeedParser() {
    }

    /**
     * @param base the feed's address, against which relative item links resolve (null for a local file)
     * @throws FetchFailed "malformed feed: …" with the parser's first line (and XML line when it gives one)
     */
    public static ParsedFeed parse(byte[] body, URI base) throws FetchFailed {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            throw new FetchFailed("malformed feed: " + reason(e));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            items.add(new FeedItem(entry.getUri(), absolute(entry.getLink(), base), entry.getTitle(), author(entry),
                    day(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate())));
        }
        return new ParsedFeed(feed.getTitle(), feed.getLanguage(), items);
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return entry.getAuthor();
        }
        return entry.getAuthors().stream().map(SyndPerson::getName).filter(n -> n != null && !n.isBlank())
                .findFirst().orElse(null);
    }

    private static String absolute(String link, URI base) {
        if (link == null || link.isBlank() || base == null) {
            return link;
        }
        try {
            return base.resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link; // left as written: the reader says it is no address it can fetch
        }
    }

    private static EventDate day(Date date) {
        return date == null ? EventDate.UNKNOWN : EventDate.day(date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
