package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.index.SearchHit;
import dyad.index.SearchQuery;
import dyad.store.Clusters;
import dyad.store.Ingested;
import dyad.store.RecordKey;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.timeline.StoreTimelines;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clusters over HTTP: every event of the API carries its cluster and sources, {@code /api/clusters/{id}}
 * tells the act with each telling's evidence, timelines count acts unless asked for reports, the
 * pages link an event to its cluster's page, and the Atom feed announces an act once and moves it
 * when a later report corroborates it.
 */
class ClustersOverHttpTest {

    @TempDir
    Path folder;

    private Repository repository;
    private WebServer server;
    private WebClient http;
    private final Ingested wire = ClusterCorpus.wire();
    private final Ingested copy = ClusterCorpus.copy();
    private final Ingested baltic = ClusterCorpus.baltic();
    private final Ingested autumn = ClusterCorpus.autumn();
    private long march;
    private long september;

    @BeforeEach
    void serve() {
        repository = Stores.open(StoreLocation.folder(folder));
        repository.write(ClusterCorpus.march());
        march = clusterOf(wire);
        september = clusterOf(autumn);
        FakeSearch search = new FakeSearch(List.of(new SearchHit(SearchQuery.Kind.EVENT, baltic.hash(), "news/baltic.txt",
                key(baltic).toString(), "Norway SANCTION Belarus", "Norway on Monday placed sanctions", 0, 10, 1.5f)),
                Map.of());
        server = WebServer.start(Observatory.of(repository, StoreTimelines.over(repository), search), "127.0.0.1", 0);
        http = new WebClient(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        repository.close();
    }

    private RecordKey key(Ingested document) {
        return repository.events(dyad.store.EventFilter.ALL, dyad.store.PageRequest.first(100)).items().stream()
                .filter(s -> s.documentHash().equals(document.hash())).findFirst().orElseThrow().key();
    }

    private long clusterOf(Ingested document) {
        RecordKey k = key(document);
        return repository.clusters().of(List.of(k)).get(k).cluster();
    }

    @Test
    void everyEventOfTheApiCarriesItsClusterAndSources() {
        JsonNode items = http.json("/api/events?a=NOR&b=BLR", 200).get("items");
        assertThat(items).hasSize(4);
        for (JsonNode e : items) {
            boolean autumnReport = e.get("documentHash").asText().equals(autumn.hash());
            long cluster = autumnReport ? september : march;
            assertThat(e.get("cluster").asLong()).isEqualTo(cluster);
            assertThat(e.get("sources").get("documents").asInt()).isEqualTo(autumnReport ? 1 : 3);
            assertThat(e.get("sources").get("independent").asInt()).isEqualTo(autumnReport ? 1 : 2); // the copy is its wire's
            assertThat(e.get("clusterLink").asText()).isEqualTo("/clusters/" + cluster);
        }
        JsonNode doc = http.json("/api/docs/" + baltic.hash(), 200);
        assertThat(doc.get("clusters")).singleElement().satisfies(c -> {
            assertThat(c.get("n").asInt()).isZero();
            assertThat(c.get("cluster").asLong()).isEqualTo(march);
            assertThat(c.get("sources").get("documents").asInt()).isEqualTo(3);
        });
        JsonNode hit = http.json("/api/search?q=sanctions", 200).get("items").get(0);
        assertThat(hit.get("cluster").asLong()).isEqualTo(march);
        assertThat(hit.get("sources").get("independent").asInt()).isEqualTo(2);
    }

    @Test
    void aClusterTellsTheActWithEveryTellingsEvidenceAndWhereTheyDisagree() {
        JsonNode c = http.json("/api/clusters/" + march, 200);
        assertThat(c.get("id").asLong()).isEqualTo(march);
        assertThat(c.get("documents").asInt()).isEqualTo(3);
        assertThat(c.get("independent").asInt()).isEqualTo(2);
        assertThat(c.get("firstReport").asText()).isEqualTo("2025-03-04");
        assertThat(c.get("lastReport").asText()).isEqualTo("2025-03-05");
        assertThat(c.get("canonical").get("key").asText()).isEqualTo(key(wire).toString());
        assertThat(c.get("canonical").get("canonical").asBoolean()).isTrue();
        List<String> documents = new ArrayList<>();
        for (JsonNode t : c.get("members")) {
            documents.add(t.get("documentHash").asText());
            String hash = t.get("documentHash").asText();
            String text = hash.equals(baltic.hash()) ? ClusterCorpus.BALTIC : hash.equals(copy.hash()) ? ClusterCorpus.COPY
                    : ClusterCorpus.WIRE;
            int start = t.get("start").asInt();
            assertThat(text.substring(start, t.get("end").asInt())).isEqualTo(t.get("sentence").asText());
            assertThat(t.get("sentence").asText()).startsWith("Norway");
            assertThat(t.get("link").asText()).isEqualTo("/docs/" + t.get("documentHash").asText() + "?record=0#evidence");
            assertThat(t.get("modality").asText()).isEqualTo("asserted");
        }
        assertThat(documents).containsExactlyInAnyOrder(wire.hash(), copy.hash(), baltic.hash());
        JsonNode copied = member(c, copy);
        assertThat(copied.get("copyOf").asText()).isEqualTo(wire.hash());
        assertThat(copied.get("publisher").asText()).isEqualTo("Harbour Gazette");
        assertThat(member(c, baltic).get("title").asText()).isEqualTo("Oslo <b>targets</b> Belarus & Minsk");
        assertThat(member(c, baltic).get("date").get("value").asText()).isEqualTo("2025-03-04");
        assertThat(member(c, wire).get("copyOf").isNull()).isTrue();
        // the wire (and its copy) date the act to the 3rd, the Baltic report to the 4th
        assertThat(c.get("conflicts")).singleElement().satisfies(conflict -> {
            assertThat(conflict.get("kind").asText()).isEqualTo("date");
            assertThat(conflict.get("tellings").get("2025-03-03")).extracting(JsonNode::asText)
                    .containsExactlyInAnyOrder(key(wire).toString(), key(copy).toString());
            assertThat(conflict.get("tellings").get("2025-03-04")).extracting(JsonNode::asText)
                    .containsExactly(key(baltic).toString());
        });
        // JSON never carries markup as markup
        assertThat(http.get("/api/clusters/" + march).body()).contains("Oslo \\u003Cb\\u003Etargets").doesNotContain("<b>");
    }

    private static JsonNode member(JsonNode cluster, Ingested document) {
        for (JsonNode t : cluster.get("members")) {
            if (t.get("documentHash").asText().equals(document.hash())) {
                return t;
            }
        }
        throw new AssertionError("no telling of " + document.hash());
    }

    @Test
    void anUnknownClusterIsNotFoundAndAMalformedIdABadParameter() {
        JsonNode missing = http.json("/api/clusters/" + (september + march + 1000), 404);
        assertThat(missing.get("error").asText()).isEqualTo("no cluster " + (september + march + 1000));
        JsonNode bad = http.json("/api/clusters/12x", 400);
        assertThat(bad.get("parameter").asText()).isEqualTo("id");
        assertThat(bad.get("error").asText()).isEqualTo("id: a cluster id is a whole number, got '12x'");
        assertThat(http.json("/api/clusters/0", 400).get("error").asText()).isEqualTo("id: a cluster id is at least 1, got 0");
        assertThat(http.get("/clusters/%3Cscript%3E").statusCode()).isEqualTo(400);
        assertThat(http.get("/clusters/%3Cscript%3E").body()).contains("&#39;&lt;script&gt;&#39;").doesNotContain("<script>");
        assertThat(http.get("/clusters/" + (september + march + 1000)).statusCode()).isEqualTo(404);
    }

    @Test
    void aTimelineCountsActsUnlessAskedForReports() {
        JsonNode acts = http.json("/api/dyads/NOR/BLR/timeline", 200);
        assertThat(acts.get("count").asText()).isEqualTo("acts");
        assertThat(month(acts, "2025-03").get("total").asLong()).isEqualTo(1);
        assertThat(month(acts, "2025-03").get("events").get("SANCTION").asLong()).isEqualTo(1);
        assertThat(month(acts, "2025-09").get("total").asLong()).isEqualTo(1);
        JsonNode reports = http.json("/api/dyads/NOR/BLR/timeline?count=reports", 200);
        assertThat(reports.get("count").asText()).isEqualTo("reports");
        assertThat(month(reports, "2025-03").get("total").asLong()).isEqualTo(3);
        assertThat(reports.get("years").get(0).get("total").asLong()).isEqualTo(4);
        assertThat(acts.get("years").get(0).get("total").asLong()).isEqualTo(2);
        assertThat(http.json("/api/dyads/NOR/BLR/timeline?count=acts", 200).get("years").get(0).get("total").asLong()).isEqualTo(2);
        JsonNode bad = http.json("/api/dyads/NOR/BLR/timeline?count=stories", 400);
        assertThat(bad.get("parameter").asText()).isEqualTo("count");
        assertThat(bad.get("error").asText()).isEqualTo("count: must be acts or reports, got 'stories'");
    }

    private static JsonNode month(JsonNode timeline, String month) {
        for (JsonNode m : timeline.get("months")) {
            if (m.get("month").asText().equals(month)) {
                return m;
            }
        }
        throw new AssertionError("no month " + month + " in " + timeline);
    }

    @Test
    void listsSayHowManySourcesTellAnActAndItsPageShowsEveryTelling() {
        String dyad = http.get("/dyads/NOR/BLR").body();
        assertThat(dyad).contains("<a class=\"cluster-link\" href=\"/clusters/" + march + "\">told by 3 sources (2 independent)</a>")
                .contains("<a class=\"cluster-link\" href=\"/clusters/" + september + "\">told by 1 source</a>")
                .contains("id=\"count-acts\"").contains("id=\"count-reports\"");
        assertThat(http.get("/events?a=NOR&b=BLR").body()).contains("told by 3 sources (2 independent)");

        HttpResponse<String> page = http.get("/clusters/" + march);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<title>Norway SANCTION Belarus · Dyad</title>")
                .contains("Told by 3 sources (2 independent) · first reported 2025-03-04 · last 2025-03-05")
                .contains("Norway → Belarus · 2025-03-03 · asserted")
                .contains("<a class=\"document-link\" href=\"/docs/" + baltic.hash() + "\">Oslo &lt;b&gt;targets&lt;/b&gt; Belarus &amp; Minsk</a>")
                .contains("&lt;i&gt;Baltic&lt;/i&gt; Daily")
                .doesNotContain("<b>targets").doesNotContain("<i>Baltic")
                .contains("<a class=\"evidence-link\" href=\"/docs/" + wire.hash() + "?record=0#evidence\"><mark class=\"evidence\">"
                        + "Norway imposed sanctions on Belarus on Monday,")
                .contains("<mark class=\"evidence\">Norway on Monday placed sanctions on Belarus,")
                .contains("copy of <a href=\"/docs/" + wire.hash() + "\">")
                .contains("The sources disagree on its day:")
                .contains("2025-03-03 by <a href=\"#telling-" + key(wire) + "\">Nordic Wire</a>, <a href=\"#telling-"
                        + key(copy) + "\">Harbour Gazette</a>; 2025-03-04 by <a href=\"#telling-" + key(baltic)
                        + "\">&lt;i&gt;Baltic&lt;/i&gt; Daily</a>.");
        int start = ClusterCorpus.BALTIC.indexOf("Norway on Monday");
        assertThat(html).contains("characters " + start + "–" + (ClusterCorpus.BALTIC.indexOf('.', start) + 1));
        assertThat(html.split("<li class=\"telling", -1)).hasSize(4); // three tellings
    }

    @Test
    void theFeedAnnouncesAnActOnceAndMovesItWhenALaterReportCorroboratesIt() {
        String before = http.get("/feeds/dyads/NOR/BLR.atom").body();
        String entry = "<id>urn:dyad:cluster:" + march + "</id>";
        assertThat(before.split(entry, -1)).hasSize(2); // once, though three reports tell it
        assertThat(before).contains("<id>urn:dyad:cluster:" + september + "</id>")
                .contains("Told by 3 sources (2 independent).")
                .contains("<updated>2025-03-05T00:00:00Z</updated>")
                .contains("<published>2025-03-04T00:00:00Z</published>");
        String etag = http.get("/api/clusters/" + march).headers().firstValue("ETag").orElseThrow();

        repository.write(ClusterCorpus.review()); // a year on, another outlet recalls the March act

        String after = http.get("/feeds/dyads/NOR/BLR.atom").body();
        assertThat(after.split(entry, -1)).hasSize(2);
        String marchEntry = after.substring(after.indexOf(entry));
        marchEntry = marchEntry.substring(0, marchEntry.indexOf("</entry>"));
        assertThat(marchEntry).contains("Told by 4 sources (3 independent).")
                .contains("<published>2025-03-04T00:00:00Z</published>")
                .contains("<updated>2026-02-20T00:00:00Z</updated>");
        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/clusters/" + march))
                .header("If-None-Match", etag).GET());
        assertThat(changed.statusCode()).isEqualTo(200); // the write moved the store on: not the kept answer
        assertThat(http.parse(changed).get("documents").asInt()).isEqualTo(4);
    }
}
