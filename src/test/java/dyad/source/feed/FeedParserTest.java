package dyad.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.EventDate;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** RSS 2.0 and Atom 1.0 fixtures into items; malformed feeds refused with the parser's reason. */
class FeedParserTest {

    private static final String BASE = "http://news.example:8080";

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", BASE)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void rssItemsKeepGuidLinkTitleAuthorAndDay() throws Exception {
        ParsedFeed feed = FeedParser.parse(fixture("news.rss"), URI.create(BASE + "/news.rss"));
        assertThat(feed.title()).isEqualTo("Harbour Desk");
        assertThat(feed.language()).isEqualTo("en");
        assertThat(feed.items()).containsExactly(
                new FeedItem("harbour-desk-1041", BASE + "/pages/chile-new-zealand.html",
                        "Chile and New Zealand sign a fisheries accord", "desk@harbour.example (Ines Varga)",
                        EventDate.day(LocalDate.of(2026, 3, 3))),
                new FeedItem("harbour-desk-1042", BASE + "/moved/ghana-norway", "Ghana recalls its envoy from Norway", null,
                        EventDate.day(LocalDate.of(2026, 3, 4))),
                new FeedItem(feed.items().get(2).guid(), BASE + "/pages/uruguay-vietnam.txt",
                        "Uruguay and Vietnam open trade talks", null, EventDate.day(LocalDate.of(2026, 3, 5))));
        assertThat(feed.items().get(2).key()).as("no guid: known by its link").isEqualTo(BASE + "/pages/uruguay-vietnam.txt");
    }

    @Test
    void atomEntriesTakePublishedElseUpdatedAndResolveRelativeLinks() throws Exception {
        ParsedFeed feed = FeedParser.parse(fixture("wire.atom"), URI.create(BASE + "/wire.atom"));
        assertThat(feed.title()).isEqualTo("Meridian Wire");
        assertThat(feed.items()).hasSize(3);
        FeedItem kenya = feed.items().get(0);
        assertThat(kenya.guid()).isEqualTo("tag:meridian.example,2026:kenya-eritrea");
        assertThat(kenya.author()).isEqualTo("Tomas Reyes");
        assertThat(kenya.published()).isEqualTo(EventDate.day(LocalDate.of(2026, 3, 6)));
        FeedItem mongolia = feed.items().get(1);
        assertThat(mongolia.link()).isEqualTo(BASE + "/pages/mongolia-portugal.html");
        assertThat(mongolia.published()).isEqualTo(EventDate.day(LocalDate.of(2026, 3, 7)));
    }

    @Test
    void aMalformedFeedSaysWhereTheParserStopped() throws Exception {
        byte[] broken = fixture("broken.xml");
        assertThatThrownBy(() -> FeedParser.parse(broken, null))
                .isInstanceOf(FetchFailed.class)
                .hasMessageStartingWith("malformed feed: ")
                .hasMessageContaining("line 7");
    }

    @Test
    void xmlThatIsNoFeedAndDoctypesAreRefused() {
        assertThatThrownBy(() -> FeedParser.parse("<html><body>a page</body></html>".getBytes(StandardCharsets.UTF_8), null))
                .hasMessageStartingWith("malformed feed: ");
        String withEntity = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        assertThatThrownBy(() -> FeedParser.parse(withEntity.getBytes(StandardCharsets.UTF_8), null))
                .hasMessageStartingWith("malformed feed: ");
    }
}
