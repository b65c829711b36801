package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The letter pages and feeds: states, evidence, conflicting answers, unlinked replies, escaping of stored text. */
class LetterPagesTest {

    @TempDir
    static Path folder;
    static WebHarness web;
    static String anand;
    static String carney;
    static String hostile;

    @BeforeAll
    static void start() {
        web = LetterDesk.harness(folder);
        anand = LetterDesk.id(web, "letter.txt");
        carney = LetterDesk.id(web, "letters/open.md");
        hostile = LetterDesk.id(web, LetterDesk.HOSTILE_NAME);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    private static Document page(String path) {
        HttpResponse<String> r = web.get(path);
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).isPresent();
        PagesTest.assertNoInjectedMarkup(r.body());
        return Jsoup.parse(r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/letters", "/letters/overdue", "/letters/stats", "/letters?signatory=script",
            "/letters?recipient=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", "/letters?as_of=2025-12-01&state=acknowledged",
            "/letters/overdue?as_of=2026-01-01"})
    void letterPagesEscapeStoredTextAndParameters(String path) {
        page(path);
    }

    @Test
    void theHostileLettersPageShowsItsMarkupAsText() {
        Document doc = page("/letters/" + hostile);
        assertThat(doc.selectFirst("section.letter-head").text()).contains("<script>alert('sig')</script> & Co", "<b>Minister</b> \"X\"");
        assertThat(doc.selectFirst("tr.demand").text()).contains("We urge Canada to <img src=x onerror=alert(1)> stop.");
    }

    @Test
    void theLettersPageFiltersAndListsStatesDemandsAndUnlinkedReplies() {
        Document doc = page("/letters");
        assertThat(doc.select("article.letter")).hasSize(4);
        Element first = doc.selectFirst("article.letter");
        assertThat(first.selectFirst("a.letter-link").attr("href")).isEqualTo("/letters/" + carney);
        assertThat(first.selectFirst("span.state").text()).isEqualTo("overdue");
        Element demand = first.selectFirst("ol.demands li a");
        int d = Corpus.LETTER.indexOf("We urge");
        assertThat(demand.text()).isEqualTo("condemn the intervention");
        assertThat(demand.attr("href")).isEqualTo("/docs/" + web.letter.hash() + "?start=" + d + "&end=" + (d + 43) + "#evidence");
        assertThat(first.selectFirst("p.refs").text()).contains("2025-11-13 to Mark Carney (unanswered)");
        assertThat(doc.select("table.unlinked tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("2025-12-01", "Anita Anand", "2024-05-05"));

        Document anandOnly = page("/letters?recipient=anand");
        assertThat(anandOnly.select("article.letter")).singleElement().satisfies(a -> {
            assertThat(a.selectFirst("span.state").text()).isEqualTo("refused");
            assertThat(a.selectFirst(".conflicting")).isNotNull();
            assertThat(a.select("span.demand-state").eachText()).containsExactly("met", "open");
        });
        assertThat(anandOnly.selectFirst("input[name=recipient]").attr("value")).isEqualTo("anand");
        Document replayed = page("/letters?as_of=2025-12-01&state=acknowledged");
        assertThat(replayed.select("article.letter span.state").eachText()).containsExactly("acknowledged");
        assertThat(replayed.selectFirst("option[selected]").text()).isEqualTo("acknowledged");
        assertThat(replayed.selectFirst("input[name=as_of]").attr("value")).isEqualTo("2025-12-01");
        assertThat(web.get("/letters?state=lost").statusCode()).isEqualTo(400);
    }

    @Test
    void aLetterPageShowsDemandStatesEvidenceAnswersAndTimeline() {
        Document doc = page("/letters/" + anand);
        assertThat(doc.selectFirst(".letter-state").text()).isEqualTo("refused");
        assertThat(doc.select("tr.demand td.demand-state").eachText()).containsExactly("met", "open");
        Element evidence = doc.selectFirst("tr.demand ul.evidence li.accepted");
        assertThat(evidence.selectFirst("a").text()).isEqualTo("Canada condemned the U.S. strikes.");
        assertThat(evidence.selectFirst(".meta").text()).contains("confidence 0.", "met");
        assertThat(doc.select("tr.demand").get(1).select("li.candidate")).isNotEmpty();
        assertThat(doc.selectFirst("p.conflicting")).isNotNull();
        assertThat(doc.select("tr.reply.conflicting")).hasSize(2);
        assertThat(doc.select("ol.timeline li span.kind").eachText()).startsWith("sent", "acknowledged", "refused");
        assertThat(doc.selectFirst("table.decisions td.empty")).isNotNull();
        assertThat(web.get("/letters/99-9").statusCode()).isEqualTo(404);
        HttpResponse<String> odd = web.get("/letters/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        assertThat(odd.statusCode()).isEqualTo(404);
        PagesTest.assertNoInjectedMarkup(odd.body());
    }

    @Test
    void overdueAndStatisticsPages() {
        Document overdue = page("/letters/overdue");
        assertThat(overdue.select("table.overdue tbody tr a.letter-link").eachText()).containsExactly(hostile, carney + "r0", carney);
        assertThat(overdue.select("table.overdue tbody tr td.state").eachText()).containsExactly("very_overdue", "very_overdue", "overdue");
        Document stats = page("/letters/stats");
        Element anandRow = stats.select("table.stats tbody tr").stream().filter(r -> r.text().startsWith("Anita Anand"))
                .findFirst().orElseThrow();
        assertThat(anandRow.select("td").eachText()).containsExactly("Anita Anand", "CAN", "1", "1", "0", "0", "37.0", "0%");
    }

    @Test
    void feedsOfOverdueLettersAndStateChanges() throws Exception {
        HttpResponse<String> r = web.get("/feeds/letters/overdue.atom");
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        assertThat(r.body()).doesNotContain("<script>").doesNotContain("<b>");
        SyndFeed overdue = new SyndFeedInput().build(new StringReader(r.body()));
        assertThat(overdue.getEntries()).extracting(SyndEntry::getLink).containsExactly(web.base() + "/letters/" + hostile,
                web.base() + "/letters/" + carney + "r0", web.base() + "/letters/" + carney);
        assertThat(overdue.getEntries().get(2).getContents().get(0).getValue()).contains("52 days without an answer");

        SyndFeed changes = new SyndFeedInput().build(new StringReader(web.get("/feeds/letters/changes.atom").body()));
        List<String> titles = changes.getEntries().stream().map(SyndEntry::getTitle).toList();
        assertThat(titles).contains("Letter " + anand + ": refused", "Letter " + anand + ": acknowledged",
                "Letter " + carney + ": overdue", "Letter " + anand + ": evidence");
        assertThat(changes.getEntries()).extracting(SyndEntry::getUri).doesNotHaveDuplicates();
        // latest first
        assertThat(changes.getEntries().get(0).getUpdatedDate()).isAfterOrEqualTo(changes.getEntries().get(titles.size() - 1).getUpdatedDate());
        assertThat(new SyndFeedInput().build(new StringReader(web.get("/feeds/letters/changes.atom?as_of=2025-11-30").body()))
                .getEntries()).extracting(SyndEntry::getTitle).containsExactly("Letter " + anand + ": acknowledged",
                        "Letter " + hostile + ": overdue"); // 20 November, 1 November
    }
}
