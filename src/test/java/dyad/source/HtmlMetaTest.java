package dyad.source;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.EventDate;
import dyad.model.Metadata;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetaTest {

    private static HtmlMeta.Page read(String html) {
        return HtmlMeta.of(Jsoup.parse(html, "https://news.example.org/world/"));
    }

    @Test
    void aNewsArticlesJsonLdSaysWhatThePageIs() {
        HtmlMeta.Page page = read("""
                <html lang="en"><head><title>Site | Home</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Andes Wire"},
                  {"@type":"NewsArticle","headline":"Quito expels Mexican ambassador",
                   "datePublished":"2024-04-06T21:10:00-05:00","author":[{"@type":"Person","name":"Ana Ruiz"}],
                   "publisher":{"@type":"Organization","name":"Andes Wire"},"url":"https://news.example.org/world/quito",
                   "inLanguage":"es","articleSection":"World"}]}</script>
                </head><body><p>Quito expelled the ambassador.</p></body></html>""");
        assertThat(page.meta()).isEqualTo(new Metadata("Quito expels Mexican ambassador", "Andes Wire", "Ana Ruiz",
                "https://news.example.org/world/quito", "es", "World"));
        assertThat(page.published()).isEqualTo(EventDate.day(LocalDate.of(2024, 4, 6)));
    }

    @Test
    void withoutJsonLdTheOpenGraphAndArticleTagsSpeakThenTheHead() {
        HtmlMeta.Page page = read("""
                <html lang="fr"><head><title>Tunis rappelle son ambassadeur</title>
                <meta property="og:site_name" content="Le Courrier">
                <meta name="author" content="K. Ben Salah">
                <link rel="canonical" href="/monde/tunis-rappel">
                <meta property="article:published_time" content="2023-11-30">
                <script type="application/ld+json">{ not json</script>
                </head><body><p>Texte.</p></body></html>""");
        assertThat(page.meta()).isEqualTo(new Metadata("Tunis rappelle son ambassadeur", "Le Courrier", "K. Ben Salah",
                "https://news.example.org/monde/tunis-rappel", "fr", null));
        assertThat(page.published()).isEqualTo(EventDate.day(LocalDate.of(2023, 11, 30)));
    }

    @Test
    void aPageThatSaysNothingHasNoMetadataAndNoDate() {
        HtmlMeta.Page page = read("<p>Only a paragraph.</p>");
        assertThat(page.meta()).isEqualTo(Metadata.NONE);
        assertThat(page.published()).isEqualTo(EventDate.UNKNOWN);
    }

    @Test
    void aLinkThatIsNotHttpIsDropped() {
        assertThat(read("<head><meta property=\"og:url\" content=\"javascript:alert(1)\"></head>").meta().url()).isNull();
    }
}
