package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Server-rendered pages and feeds: content, escaping of stored text, evidence marks, static files. */
class PagesTest {

    @TempDir
    static Path folder;
    static WebHarness web;

    @BeforeAll
    static void start() {
        web = new WebHarness(folder);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static HttpResponse<String> page(String path) {
        HttpResponse<String> r = web.get(path);
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c).contains("script-src 'self'"));
        return r;
    }

    /** Every script element is one of ours, loaded from this server; no stored markup became an element or attribute. */
    static void assertNoInjectedMarkup(String html) {
        var doc = Jsoup.parse(html);
        for (Element script : doc.select("script")) {
            assertThat(script.attr("src")).as("script %s", script).matches("/(static|webjars)/.*\\.js");
            assertThat(script.data()).isEmpty();
        }
        assertThat(doc.select("img, b, i")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<b>\"").doesNotContain("<img src=x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/events", "/events?actor=evil", "/voices", "/letters", "/search?q=anything",
            "/dyads/CAN/VEN", "/dyads/CAN/VEN?either=true",
            // parameters echoed into forms and links stay text too
            "/events?actor=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", "/search?q=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
            "/search?q=x&actor=%3C/a%3E%3Cb%3E"})
    void pagesEscapeStoredText(String path) {
        assertNoInjectedMarkup(page(path).body());
    }

    @Test
    void badParameterPagesEchoTheParameterAsText() {
        HttpResponse<String> r = web.get("/events?country=%3Cscript%3E");
        assertThat(r.statusCode()).isEqualTo(400);
        assertNoInjectedMarkup(r.body());
        assertThat(Jsoup.parse(r.body()).selectFirst("p.error").text()).contains("country: ").contains("'<script>'");
    }

    @Test
    void hostileDocumentIsShownAsText() {
        String html = page("/docs/" + web.hostile.hash() + "?record=0").body();
        assertNoInjectedMarkup(html);
        var doc = Jsoup.parse(html);
        assertThat(doc.selectFirst("article.doc-text").text()).contains("Report <script>alert(\"pwned\")</script> & 'friends'.");
        assertThat(doc.selectFirst("mark#evidence").text())
                .isEqualTo("Canada <b>\"praised\"</b> Venezuela's <img src=x onerror=alert(1)> talks.");
        assertThat(doc.title()).contains("news/<script>alert(\"doc\")</script>.html");
        assertThat(html).contains("&lt;script&gt;alert(");
    }

    @Test
    void overviewShowsCountsLatestEventsAndDyads() {
        var doc = Jsoup.parse(page("/").body());
        assertThat(doc.select(".counts").text()).contains("3 documents").contains("34 events").contains("2 quotes");
        assertThat(doc.select("table.dyads a.dyad-link").first().attr("href")).isEqualTo("/dyads/CAN/VEN");
        assertThat(doc.select("table.events tbody tr")).hasSize(10);
        assertThat(doc.select("table.events a.evidence-link").first().attr("href"))
                .isEqualTo("/docs/" + web.letter.hash() + "?record=1#evidence");
    }

    @Test
    void documentPageMarksRecordsAndSpans() {
        String hash = web.letter.hash();
        var quote = Jsoup.parse(page("/docs/" + hash + "?record=3").body());
        assertThat(quote.selectFirst("mark#evidence").text()).isEqualTo("will not recognise the election,");
        assertThat(quote.selectFirst(".marked-label").text()).contains("Mélanie Joly said");
        assertThat(quote.select("aside.records li")).hasSize(6);
        int start = Corpus.LETTER.indexOf("We urge");
        var span = Jsoup.parse(page("/docs/" + hash + "?start=" + start + "&end=" + (start + 7)).body());
        assertThat(span.selectFirst("mark#evidence").text()).isEqualTo("We urge");
        var plain = Jsoup.parse(page("/docs/" + hash).body());
        assertThat(plain.select("mark")).isEmpty();
        assertThat(plain.selectFirst("article.doc-text").wholeText()).isEqualTo(Corpus.LETTER);
    }

    @Test
    void documentPageRejectsBadMarksAndUnknownIds() {
        String hash = web.letter.hash();
        HttpResponse<String> bad = web.get("/docs/" + hash + "?record=99");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body()).selectFirst("p.error").text()).startsWith("record: ");
        assertThat(web.get("/docs/" + hash + "?start=5").statusCode()).isEqualTo(400);
        assertThat(web.get("/docs/" + hash + "?start=9&end=3").statusCode()).isEqualTo(400);
        assertThat(web.get("/docs/" + hash + "?start=0&end=100000").statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = web.get("/docs/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("<script>alert");
        assertThat(web.get("/no/such/page").statusCode()).isEqualTo(404);
    }

    @Test
    void aDyadDatedOnlyToTheYearStartsOnItsYearsAndNotesTheUndated(@TempDir Path own) {
        try (WebHarness yearly = new WebHarness(own, Corpus.canadaCubaByYear())) {
            HttpResponse<String> r = yearly.get("/dyads/CAN/CUB");
            assertThat(r.statusCode()).isEqualTo(200);
            var doc = Jsoup.parse(r.body());
            assertThat(doc.selectFirst("#timeline-chart").attr("data-view")).isEqualTo("years");
            assertThat(doc.selectFirst("#view-years").attr("aria-pressed")).isEqualTo("true");
            assertThat(doc.selectFirst("#view-months").hasAttr("disabled")).isTrue();
            assertThat(doc.selectFirst("#undated-note").text())
                    .isEqualTo("1 event of this dyad carries no date and is not in the chart.");
            assertThat(doc.select(".chart-box p.empty")).isEmpty();
        }
    }

    @Test
    void dyadPageHasTheChartBandsAndEvents() {
        var doc = Jsoup.parse(page("/dyads/can/ven").body());
        Element chart = doc.selectFirst("#timeline-chart");
        assertThat(chart.attr("data-api")).isEqualTo("/api/dyads/CAN/VEN/timeline");
        assertThat(chart.attr("data-view")).isEqualTo("months");
        assertThat(doc.selectFirst("#view-months").attr("aria-pressed")).isEqualTo("true");
        assertThat(doc.selectFirst("#view-months").hasAttr("disabled")).isFalse();
        assertThat(doc.select("#undated-note")).isEmpty();
        assertThat(doc.select("script[src]").eachAttr("src"))
                .containsExactly("/webjars/echarts/5.3.1/dist/echarts.min.js", "/static/coverage.js", "/static/timeline.js");
        Element band = doc.selectFirst(".band-track a.band");
        assertThat(band.text()).isEqualTo("imposed");
        assertThat(band.attr("href")).startsWith("/docs/" + web.letter.hash() + "?start=");
        assertThat(band.attr("style")).matches("left: 0\\.00%; width: 100\\.00%");
        assertThat(doc.select("table.events tbody tr")).hasSize(25);
        HttpResponse<String> form = web.get("/dyads?a=can&b=ven");
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValue("/dyads/CAN/VEN");
        assertThat(web.get("/dyads?a=can").statusCode()).isEqualTo(400);
    }

    @Test
    void voicesGroupSpeakersByCountryAndRole() {
        var doc = Jsoup.parse(page("/voices").body());
        Element row = doc.selectFirst("table.voices tbody tr");
        assertThat(row.select("td").eachText()).startsWith("CAN", "GOV", "2");
        assertThat(row.text()).contains("Mélanie Joly (1)").contains("<i>Envoy</i> \"X\" (1)");
    }

    @Test
    void lettersListDemandsLinkingToTheirPlace() {
        var doc = Jsoup.parse(page("/letters").body());
        Element demand = doc.selectFirst("ol.demands li a");
        assertThat(demand.text()).isEqualTo("condemn the intervention");
        int d = Corpus.LETTER.indexOf("We urge");
        assertThat(demand.attr("href")).isEqualTo("/docs/" + web.letter.hash() + "?start=" + d + "&end=" + (d + 43) + "#evidence");
        assertThat(doc.selectFirst("p.refs").text()).contains("2025-11-13 to Mark Carney (unanswered)");
    }

    @Test
    void searchPageShowsHitsAndNarrowingFacets() {
        var doc = Jsoup.parse(page("/search?q=sanctions").body());
        assertThat(doc.select("li.hit")).hasSize(2);
        assertThat(doc.select("li.hit a").first().attr("href")).startsWith("/docs/" + web.letter.hash() + "?start=");
        assertThat(doc.select(".facets a").eachAttr("href")).contains("/search?q=sanctions&type=SANCTION",
                "/search?q=sanctions&country=%3CVEN%3E");
        assertThat(Jsoup.parse(page("/search").body()).select("li.hit")).isEmpty();
    }

    @Test
    void feedsAreAtomWithEscapedText() throws Exception {
        HttpResponse<String> r = web.get("/feeds/dyads/CAN/VEN.atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(r.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).hasSize(34);
        // the latest event's act, announced by its cluster: the entry links to the cluster's page
        dyad.store.RecordKey latest = new dyad.store.RecordKey(
                web.repository.document(web.letter.hash()).orElseThrow().info().id(), 1);
        long cluster = web.repository.clusters().of(java.util.List.of(latest)).get(latest).cluster();
        assertThat(feed.getEntries().get(0).getLink()).isEqualTo(web.base() + "/clusters/" + cluster);
        assertThat(feed.getEntries().get(0).getUri()).isEqualTo("urn:dyad:cluster:" + cluster);
        assertThat(r.body()).doesNotContain("<script>").doesNotContain("<b>\"");

        SyndFeed letters = new SyndFeedInput().build(new StringReader(web.get("/feeds/letters.atom").body()));
        assertThat(letters.getEntries()).hasSize(1);
        assertThat(letters.getEntries().get(0).getContents().get(0).getValue()).contains("1. We urge Canada to condemn the intervention.");
        assertThat(web.get("/feeds/dyads/CAN/XX.atom").statusCode()).isEqualTo(400);
    }

    @Test
    void staticFilesAreServedFromTheirFolderOnly() {
        HttpResponse<String> css = web.get("/static/style.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("mark.evidence");
        assertThat(web.get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
        for (String escape : new String[] {"/static/../web/openapi.json", "/static/%2e%2e/openapi.json",
                "/static/..%2fopenapi.json", "/static/%2e%2e%2f%2e%2e%2fdyad/web/WebServer.class",
                "/static/..%5c..%5cdyad%5cweb%5cWebServer.class", "/static/....//templates/layout.peb",
                "/static/%252e%252e/openapi.json", "/webjars/../web/openapi.json",
                "/static/../../../../../../etc/passwd", "/static//etc/passwd", "/static/templates/layout.peb"}) {
            HttpResponse<String> r = web.get(escape);
            assertThat(r.statusCode()).as(escape).isIn(400, 404);
            assertThat(r.body()).as(escape).doesNotContain("\"openapi\"").doesNotContain("root:").doesNotContain("{% block");
        }
    }
}
