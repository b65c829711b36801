package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.store.CoverageFixtures;
import dyad.store.Ingested;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pair's coverage over HTTP: JSON, CSV, its page and the dyad page's summary, over the web corpus
 * (Canada and Venezuela: only Canada's government quoted, one name full of markup) and
 * {@link CoverageFixtures}' documents about Colombia and Venezuela.
 */
class CoverageApiTest {

    @TempDir
    static Path folder;
    static WebHarness web;

    static final String HEADER = "month,documents,publishers,quotes,a_government_quotes,a_other_quotes,"
            + "b_government_quotes,b_other_quotes,third_party_quotes";

    @BeforeAll
    static void start() {
        web = new WebHarness(folder, CoverageFixtures.documents().toArray(Ingested[]::new));
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void jsonCountsMonthsWithoutGapsAndSplitsQuotesBySide() {
        JsonNode c = web.json("/api/dyads/COL/VEN/coverage", 200);
        assertThat(c.get("a").asText()).isEqualTo("COL");
        List<String> months = new ArrayList<>();
        c.get("months").forEach(m -> months.add(m.get("month").asText() + " " + m.get("documents") + " "
                + m.get("publishers") + " " + m.get("quotes")));
        assertThat(months).containsExactly("2025-01 2 1 3", "2025-02 0 0 0", "2025-03 1 1 1");
        JsonNode january = c.get("months").get(0).get("quotesBy");
        assertThat(january.get("aGovernment").asLong()).isEqualTo(1);  // Petro
        assertThat(january.get("bGovernment").asLong()).isEqualTo(1);  // Delcy Rodríguez
        assertThat(january.get("thirdParties").asLong()).isEqualTo(1); // a speaker nobody named
        assertThat(c.at("/months/2/quotesBy/bOthers").asLong()).isEqualTo(1); // Machado, opposition
        assertThat(c.at("/undated/documents").asLong()).isEqualTo(1);
        assertThat(c.at("/undated/quotes").asLong()).isEqualTo(1);
        assertThat(c.at("/total/documents").asLong()).isEqualTo(4);
        assertThat(c.at("/total/publishers").asLong()).isEqualTo(2);
        assertThat(c.at("/total/quotes").asLong()).isEqualTo(5);
        assertThat(c.at("/sides/0/statement").asText()).isEqualTo("Only COL's government is quoted (1 quote); none of its other voices.");
        assertThat(c.at("/sides/1/statement").asText()).isEqualTo("VEN: 1 quote from its government, 1 quote from its other voices.");
        List<String> voices = new ArrayList<>();
        c.get("voices").forEach(v -> voices.add(v.get("country").asText("-") + " " + v.get("group").asText() + " " + v.get("quotes")));
        assertThat(voices).containsExactly("COL government 1", "VEN government 1", "VEN opposition 1",
                "- international 1", "- unknown 1");
        assertThat(c.at("/voices/3/top/0/name").asText()).isEqualTo("Jane Roe");
    }

    @Test
    void monthsBoundTheDocuments() {
        JsonNode c = web.json("/api/dyads/VEN/COL/coverage?from=2025-03&to=2025-12", 200);
        assertThat(c.get("months")).hasSize(1);
        assertThat(c.at("/months/0/month").asText()).isEqualTo("2025-03");
        assertThat(c.at("/months/0/quotesBy/aOthers").asLong()).as("VEN is a now").isEqualTo(1);
        assertThat(c.at("/undated/documents").asLong()).isZero();
        assertThat(c.at("/total/quotes").asLong()).isEqualTo(1);
        assertThat(c.get("from").asText()).isEqualTo("2025-03");
    }

    @Test
    void csvHasAMonthPerRowAndTheUndatedLast() {
        HttpResponse<String> r = web.get("/api/dyads/COL/VEN/coverage.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("coverage-COL-VEN.csv");
        assertThat(r.body().split("\r\n")).containsExactly(
                HEADER,
                "2025-01,2,1,3,1,0,1,0,1",
                "2025-02,0,0,0,0,0,0,0,0",
                "2025-03,1,1,1,0,0,0,1,0",
                "undated,1,0,1,0,0,0,0,1");
        assertThat(web.get("/api/dyads/COL/VEN/coverage.csv?from=2025-02").body().split("\r\n"))
                .as("months from the first document in the range; none undated")
                .containsExactly(HEADER, "2025-03,1,1,1,0,0,0,1,0");
    }

    @Test
    void badParametersAreNamed() {
        for (String[] bad : new String[][] {
                {"/api/dyads/XYZ/VEN/coverage", "a", "unknown country code XYZ"},
                {"/api/dyads/COL/QQQ/coverage.csv", "b", "unknown country code QQQ"},
                {"/api/dyads/COL/col/coverage", "b", "two different countries"},
                {"/api/dyads/CO1/VEN/coverage", "a", "ISO 3166-1 alpha-3"},
                {"/api/dyads/COL/VEN/coverage?from=2025-13", "from", "YYYY-MM"},
                {"/api/dyads/COL/VEN/coverage?from=2025-05&to=2025-01", "from", "after"},
                {"/api/dyads/COL/VEN/coverage?to=2025-01&to=2025-02", "to", "give it once"}}) {
            JsonNode e = web.json(bad[0], 400);
            assertThat(e.get("parameter").asText()).as(bad[0]).isEqualTo(bad[1]);
            assertThat(e.get("error").asText()).as(bad[0]).contains(bad[2]);
        }
        HttpResponse<String> page = web.get("/dyads/COL/XYZ/coverage");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("unknown country code XYZ");
    }

    @Test
    void thePageShowsTheChartWhoseSideIsHeardAndWhoIsQuotedEscaped() {
        HttpResponse<String> r = web.get("/dyads/CAN/VEN/coverage");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body().replaceAll("\\s+", " ");
        assertThat(html).contains("<title>Coverage of CAN and VEN · Dyad</title>",
                "id=\"coverage-chart\"", "data-api=\"/api/dyads/CAN/VEN/coverage\"", "href=\"/api/dyads/CAN/VEN/coverage.csv\"",
                "3 documents from 0 publishers; 2 quotes about the pair.",
                "Only CAN&#39;s government is quoted (2 quotes); none of its other voices.",
                "class=\"side unquoted\" data-country=\"VEN\">Nobody from VEN is quoted: neither its government nor any other voice.",
                "Mélanie Joly (1)",
                "&lt;i&gt;Envoy&lt;/i&gt; &quot;X&quot; (1)",
                "<script src=\"/static/coverage.js\"></script>");
        assertThat(html).doesNotContain("<i>Envoy</i>");
        // the months asked for reach the chart's API and the CSV link
        assertThat(web.get("/dyads/CAN/VEN/coverage?from=2025-01").body())
                .contains("data-api=\"/api/dyads/CAN/VEN/coverage?from=2025-01\"", "coverage.csv?from=2025-01");
        // JSON keeps the markup as text
        assertThat(web.get("/api/dyads/CAN/VEN/coverage").body()).contains("\\u003Ci\\u003EEnvoy\\u003C/i\\u003E")
                .doesNotContain("<i>");
    }

    @Test
    void theDyadPageShowsCoverageUnderTheTimeline() {
        String html = web.get("/dyads/CAN/VEN?either=true").body().replaceAll("\\s+", " ");
        int timeline = html.indexOf("id=\"timeline-chart\"");
        int coverage = html.indexOf("id=\"coverage-box\"");
        assertThat(timeline).isPositive();
        assertThat(coverage).isGreaterThan(timeline);
        assertThat(coverage).isLessThan(html.indexOf("Relation states"));
        assertThat(html.substring(coverage)).contains("class=\"chart chart-compact\" data-chart=\"coverage\"",
                "3 documents about CAN and VEN", "Nobody from VEN is quoted",
                "<a href=\"/dyads/CAN/VEN/coverage\" id=\"coverage-link\">");
        // a pair nobody wrote about: no chart, both sides unquoted
        String empty = web.get("/dyads/FRA/JPN").body().replaceAll("\\s+", " ");
        assertThat(empty).doesNotContain("id=\"coverage-chart\"").contains("0 documents about FRA and JPN",
                "Nobody from FRA is quoted", "Nobody from JPN is quoted");
    }

    @Test
    void answersAreKeptUntilTheStoreChanges() {
        String path = "/api/dyads/COL/PER/coverage";
        HttpResponse<String> first = web.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = web.send(HttpRequest.newBuilder(URI.create(web.base() + path))
                .header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        web.repository.write(dyad.store.Fixtures.events("wire/col-per.txt", null, 1, "COL", "PER",
                dyad.model.PloverType.CONSULT, "2025-06", dyad.model.Modality.ASSERTED));
        HttpResponse<String> after = web.send(HttpRequest.newBuilder(URI.create(web.base() + path))
                .header("If-None-Match", etag).GET());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(web.parse(after).at("/total/documents").asLong()).isEqualTo(1);
    }
}
