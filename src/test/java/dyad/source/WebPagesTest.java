package dyad.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Metadata;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A fetched page as a document: what the page says of itself first, what the feed item says second. */
class WebPagesTest {

    private static final String LINK = "https://wire.example/2026/03/angola-brazil";
    private static final Metadata ITEM = new Metadata("Angola and Brazil sign a port deal", "Atlantic Wire", "Rita Neves",
            LINK, "en", null);
    private static final EventDate ITEM_DAY = EventDate.day(LocalDate.of(2026, 3, 10));

    private final WebPages pages = new WebPages();

    private Document page(String body, String contentType, EventDate itemDate) throws UnreadableException {
        return pages.page(LINK, body.getBytes(StandardCharsets.UTF_8), contentType, ITEM, itemDate);
    }

    @Test
    void thePagesOwnTagsAndDateBeatTheItems() throws Exception {
        Document doc = page("<html><head><meta property=\"og:title\" content=\"Luanda and Brasilia agree on Lobito port works\">"
                + "<meta property=\"article:published_time\" content=\"2026-03-09T22:00:00Z\"></head>"
                + "<body><p>Angola and Brazil signed a port agreement.</p></body></html>", "text/html", ITEM_DAY);
        assertThat(doc.id()).isEqualTo(LINK);
        assertThat(doc.text()).isEqualTo("Angola and Brazil signed a port agreement.");
        assertThat(doc.meta()).isEqualTo(new Metadata("Luanda and Brasilia agree on Lobito port works", "Atlantic Wire",
                "Rita Neves", LINK, "en", null));
        assertThat(doc.date()).isEqualTo(EventDate.day(LocalDate.of(2026, 3, 9)));
    }

    @Test
    void theItemsTitleAndDateBeatABareTitleTagAndTheText() throws Exception {
        Document doc = page("<!doctype html><title>Port deal | Atlantic Wire</title>"
                + "<p>Luanda, 2 March 2026</p><p>Angola and Brazil signed a port agreement.</p>", null, ITEM_DAY);
        assertThat(doc.meta().title()).isEqualTo("Angola and Brazil sign a port deal");
        assertThat(doc.date()).isEqualTo(ITEM_DAY);
    }

    @Test
    void withoutAnItemDateTheTextDatesThePage() throws Exception {
        Document doc = page("Luanda, 2 March 2026\n\nAngola and Brazil signed a port agreement.\n", "text/plain", EventDate.UNKNOWN);
        assertThat(doc.meta()).isEqualTo(ITEM);
        assertThat(doc.date()).isEqualTo(EventDate.day(LocalDate.of(2026, 3, 2)));
    }

    @Test
    void aDeclaredCharsetDecodesThePageAndUtf8IsStrictOtherwise() throws Exception {
        byte[] latin = "<p>São Tomé and Príncipe thanked Portugal.</p>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(pages.page(LINK, latin, "text/html; charset=ISO-8859-1", ITEM, ITEM_DAY).text())
                .isEqualTo("São Tomé and Príncipe thanked Portugal.");
        assertThatThrownBy(() -> pages.page(LINK, latin, "text/html", ITEM, ITEM_DAY))
                .isInstanceOf(UnreadableException.class).hasMessageStartingWith("not UTF-8 at byte ");
        assertThatThrownBy(() -> pages.page(LINK, latin, "text/html; charset=klingon-8", ITEM, ITEM_DAY))
                .hasMessage("unknown charset 'klingon-8'");
    }
}
