package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.index.SearchQuery;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON API over HTTP on loopback: shapes, paging, filters, bad parameters and unknown ids. */
class ApiTest {

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

    @Test
    void eventsArePagedLatestFirstWithTotalsAndEvidenceLinks() {
        JsonNode first = web.json("/api/events?limit=5", 200);
        assertThat(first.get("total").asLong()).isEqualTo(34);
        assertThat(first.get("offset").asInt()).isZero();
        assertThat(first.get("limit").asInt()).isEqualTo(5);
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(first.get("items")).hasSize(5);
        JsonNode latest = first.get("items").get(0);
        assertThat(latest.get("record").get("type").asText()).isEqualTo("REJECT");
        assertThat(latest.get("record").get("kind").asText()).isEqualTo("event");
        assertThat(latest.get("record").get("date").get("value").asText()).isEqualTo("2026-01");
        assertThat(latest.get("documentHash").asText()).isEqualTo(web.letter.hash());
        assertThat(latest.get("key").asText()).matches("\\d+-1");
        assertThat(latest.get("link").asText()).isEqualTo("/docs/" + web.letter.hash() + "?record=1#evidence");

        List<String> keys = new ArrayList<>();
        for (int offset = 0; offset < 40; offset += 5) {
            JsonNode page = web.json("/api/events?limit=5&offset=" + offset, 200);
            page.get("items").forEach(i -> keys.add(i.get("key").asText()));
            assertThat(page.get("more").asBoolean()).isEqualTo(offset + 5 < 34);
        }
        assertThat(keys).hasSize(34).doesNotHaveDuplicates();
    }

    @Test
    void eventFiltersCombine() {
        assertThat(web.json("/api/events?a=ven&b=CAN", 200).get("total").asLong()).isEqualTo(1);
        assertThat(web.json("/api/events?a=VEN&b=CAN&either=true", 200).get("total").asLong()).isEqualTo(34);
        assertThat(web.json("/api/events?type=sanction,reject", 200).get("total").asLong()).isEqualTo(2);
        assertThat(web.json("/api/events?type=SANCTION&type=REJECT&modality=intended", 200).get("total").asLong()).isEqualTo(1);
        assertThat(web.json("/api/events?actor=evil", 200).get("total").asLong()).isEqualTo(1);
        JsonNode may2025 = web.json("/api/events?from=2025-05-01&to=2025-05-31", 200);
        assertThat(may2025.get("total").asLong()).isEqualTo(2);
        may2025.get("items").forEach(i -> assertThat(i.get("record").get("date").get("value").asText()).startsWith("2025-05"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/events?limit=0|limit",
            "/api/events?limit=101|limit",
            "/api/events?limit=ten|limit",
            "/api/events?offset=-1|offset",
            "/api/events?limit=5&limit=6|limit",
            "/api/events?from=2024-13-01|from",
            "/api/events?from=2025-01-01&to=2024-01-01|from",
            "/api/events?type=SANCTIONS|type",
            "/api/events?modality=maybe|modality",
            "/api/events?a=CAN|b",
            "/api/events?a=CANADA&b=VEN|a",
            "/api/events?either=perhaps&a=CAN&b=VEN|either",
            "/api/dyads/CAN/VE1/timeline|b",
            "/api/dyads/CAN/CAN/timeline|b",
            "/api/dyads/CAN/VEN/timeline?from=2024|from",
            "/api/quotes?country=12|country",
            "/api/letters?limit=1000|limit",
            "/api/actors?role=KING|role",
            "/api/search?kind=letter|kind",
            "/api/search?q=" + "x" + "|_none_"})
    void badParametersAre400NamingTheParameter(String path, String parameter) {
        if (parameter.equals("_none_")) {
            web.json(path, 200); // a sanity row: the same routes answer good parameters
            return;
        }
        JsonNode error = web.json(path, 400);
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("parameter").asText()).isEqualTo(parameter);
        assertThat(error.get("error").asText()).startsWith(parameter + ": ");
    }

    @Test
    void overlongTextParameterIs400() {
        JsonNode error = web.json("/api/quotes?q=" + "a".repeat(201), 400);
        assertThat(error.get("parameter").asText()).isEqualTo("q");
    }

    @Test
    void timelineHasMonthsScoresAndBandsWithEvidenceLinks() {
        JsonNode t = web.json("/api/dyads/can/ven/timeline", 200);
        assertThat(t.get("dyad").get("a").asText()).isEqualTo("CAN");
        assertThat(t.get("dyad").get("ordered").asBoolean()).isTrue();
        JsonNode months = t.get("months");
        assertThat(months.get(0).get("month").asText()).isEqualTo("2017-06");
        assertThat(months.get(0).get("events").get("SANCTION").asLong()).isEqualTo(1);
        assertThat(months.get(0).get("total").asLong()).isEqualTo(1);
        assertThat(months.get(0).get("score").asDouble()).isEqualTo(-1.0);
        JsonNode band = t.get("bands").get(0);
        assertThat(band.get("attribute").asText()).isEqualTo("sanctions");
        assertThat(band.get("value").asText()).isEqualTo("imposed");
        assertThat(band.get("from").asText()).isEqualTo("2017-01-01");
        assertThat(band.get("to").isNull()).isTrue();
        int start = Corpus.LETTER.indexOf("Canada imposed");
        assertThat(band.get("evidence").get("span").get("start").asInt()).isEqualTo(start);
        assertThat(band.get("evidence").get("link").asText())
                .isEqualTo("/docs/" + web.letter.hash() + "?start=" + start + "&end=" + (start + 46) + "#evidence");

        JsonNode years = t.get("years");
        assertThat(years).extracting(y -> y.get("year").asInt()).containsExactly(2017, 2023, 2024, 2025, 2026);
        assertThat(years.get(0).get("events").get("SANCTION").asLong()).isEqualTo(1);
        assertThat(years.get(1).get("total").asLong()).isEqualTo(12);
        assertThat(t.get("undated").asLong()).isZero();

        JsonNode either = web.json("/api/dyads/VEN/CAN/timeline?either=true&from=2024-03&to=2024-03", 200);
        assertThat(either.get("months")).hasSize(1);
        assertThat(either.get("months").get(0).get("events").get("ACCUSE").asLong()).isEqualTo(1);
        assertThat(either.get("months").get(0).get("events").get("CONSULT")).isNotNull();
    }

    @Test
    void aDyadWithEventsDatedOnlyToTheYearHasYearsButNoMonths(@TempDir Path own) {
        try (WebHarness yearly = new WebHarness(own, Corpus.canadaCubaByYear())) {
            JsonNode t = yearly.json("/api/dyads/CAN/CUB/timeline", 200);
            assertThat(t.get("months")).isEmpty();
            JsonNode years = t.get("years");
            assertThat(years).extracting(y -> y.get("year").asInt()).containsExactly(2013, 2017, 2018, 2020);
            assertThat(years.get(0).get("events").get("CONSULT").asLong()).isEqualTo(1);
            assertThat(years.get(1).get("events").get("SANCTION").asLong()).isEqualTo(1);
            assertThat(years.get(1).get("total").asLong()).isEqualTo(1);
            assertThat(years.get(1).get("score").asDouble()).isEqualTo(-1.0);
            assertThat(t.get("undated").asLong()).isEqualTo(1);
            // from/to bound dated events by what their dates tell: a year-dated event counts when its year overlaps
            JsonNode bounded = yearly.json("/api/dyads/CUB/CAN/timeline?either=true&from=2017-06&to=2018-02", 200);
            assertThat(bounded.get("years")).extracting(y -> y.get("year").asInt()).containsExactly(2017, 2018);
            assertThat(bounded.get("undated").asLong()).isEqualTo(1);
            assertThat(yearly.json("/api/dyads/CUB/CAN/timeline", 200).get("years")).isEmpty();
        }
    }

    @Test
    void quotesLettersAndDocuments() {
        JsonNode quotes = web.json("/api/quotes?country=CAN", 200);
        assertThat(quotes.get("items")).hasSize(2);
        assertThat(quotes.get("total").isNull()).isTrue();
        JsonNode joly = web.json("/api/quotes?q=recognise", 200).get("items");
        assertThat(joly).hasSize(1);
        assertThat(joly.get(0).get("record").get("speaker").get("name").asText()).isEqualTo("Mélanie Joly");

        // the letter, and the earlier letter it cites as unanswered (tracked from the citation)
        JsonNode letters = web.json("/api/letters?country=CAN", 200).get("items");
        assertThat(letters).hasSize(2);
        assertThat(letters.get(1).get("cited").asBoolean()).isTrue();
        JsonNode demand = letters.get(0).get("record").get("demands").get(0);
        assertThat(demand.get("summary").asText()).isEqualTo("condemn the intervention");
        assertThat(web.json("/api/letters?country=USA", 200).get("items")).isEmpty();

        assertThat(web.json("/api/docs?limit=2", 200).get("more").asBoolean()).isTrue();
        JsonNode doc = web.json("/api/docs/" + web.letter.hash(), 200);
        assertThat(doc.get("text").asText()).isEqualTo(Corpus.LETTER);
        assertThat(doc.get("info").get("name").asText()).isEqualTo("letters/open.md");
        assertThat(doc.get("records")).hasSize(6);
        JsonNode spans = doc.get("spans");
        List<String> kinds = new ArrayList<>();
        spans.forEach(s -> {
            kinds.add(s.get("kind").asText());
            String text = Corpus.LETTER.substring(s.get("start").asInt(), s.get("end").asInt());
            assertThat(text).isNotBlank();
        });
        assertThat(kinds).containsExactly("event", "event", "event", "quote", "demand", "relation");
        assertThat(spans.get(3).get("label").asText()).isEqualTo("Mélanie Joly said");
    }

    @Test
    void unknownIdsAndPathsAre404() {
        JsonNode unknown = web.json("/api/docs/" + "0".repeat(64), 404);
        assertThat(unknown.get("error").asText()).contains("no document");
        assertThat(web.json("/api/docs/not-a-hash", 404).get("status").asInt()).isEqualTo(404);
        assertThat(web.json("/api/nothing-here", 404).get("error").asText()).contains("/api/nothing-here");
    }

    @Test
    void actorsAreCountedFromEventsAndQuotes() {
        JsonNode actors = web.json("/api/actors?country=CAN&limit=3", 200);
        assertThat(actors.get("total").asLong()).isGreaterThan(3);
        assertThat(actors.get("more").asBoolean()).isTrue();
        JsonNode top = actors.get("items").get(0);
        assertThat(top.get("name").asText()).isEqualTo("Government of CAN");
        assertThat(top.get("events").asLong()).isEqualTo(30);
        JsonNode joly = web.json("/api/actors?q=joly", 200).get("items");
        assertThat(joly).hasSize(1);
        assertThat(joly.get(0).get("quotes").asLong()).isEqualTo(1);
        assertThat(joly.get(0).get("role").asText()).isEqualTo("GOV");
        assertThat(web.json("/api/actors?role=cso", 200).get("total").asLong()).isZero();
    }

    @Test
    void searchPassesTheQueryAndAnswersHitsAndFacets() {
        JsonNode r = web.json("/api/search?q=sanctions&kind=event,quote&country=can&type=SANCTION&from=2017-01-01&limit=1", 200);
        SearchQuery q = web.search.lastQuery.get();
        assertThat(q.text()).isEqualTo("sanctions");
        assertThat(q.kinds()).containsExactlyInAnyOrder(SearchQuery.Kind.EVENT, SearchQuery.Kind.QUOTE);
        assertThat(q.country()).isEqualTo("CAN");
        assertThat(q.types()).isEqualTo(Set.of(PloverType.SANCTION));
        assertThat(q.modalities()).isEqualTo(Set.<Modality>of());
        assertThat(q.from()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(q.limit()).isEqualTo(1);
        assertThat(r.get("total").asLong()).isEqualTo(2);
        assertThat(r.get("more").asBoolean()).isTrue();
        assertThat(r.get("items").get(0).get("link").asText()).startsWith("/docs/" + web.letter.hash() + "?start=");
        assertThat(r.get("facets").get("kind").get("event").asLong()).isEqualTo(1);
    }

    @Test
    void onlyGetIsServedAndBodiesAreBounded() {
        HttpResponse<String> post = web.send(HttpRequest.newBuilder(URI.create(web.base() + "/api/events"))
                .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000))));
        assertThat(post.statusCode()).isIn(404, 405, 413);
        HttpResponse<String> longUrl = web.get("/api/events?actor=" + "a".repeat(20_000));
        assertThat(longUrl.statusCode()).isIn(400, 414, 431);
    }

    @Test
    void timelinesWithoutAServiceAre503() throws Exception {
        try (WebServer bare = WebServer.start(Observatory.of(web.repository, Unavailable.timelines(), Unavailable.search()),
                "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + bare.port();
            HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(base + "/api/dyads/CAN/VEN/timeline")));
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("timelines are not available");
            assertThat(web.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=x"))).statusCode()).isEqualTo(503);
            assertThat(web.send(HttpRequest.newBuilder(URI.create(base + "/api/events"))).statusCode()).isEqualTo(200);
            HttpResponse<String> page = web.send(HttpRequest.newBuilder(URI.create(base + "/dyads/CAN/VEN")));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("timelines are not available").contains("class=\"evidence-link\"");
        }
    }

    @Test
    void lettersWithoutTrackingAre503AndTheRestServes() {
        try (WebServer bare = WebServer.start(Observatory.of(web.repository, Unavailable.timelines(), Unavailable.search()),
                "127.0.0.1", 0)) {
            String base = "http://127.0.0.1:" + bare.port();
            for (String path : List.of("/api/letters", "/api/letters/1-4", "/api/letters.csv", "/letters", "/letters/overdue",
                    "/feeds/letters/changes.atom")) {
                HttpResponse<String> r = web.send(HttpRequest.newBuilder(URI.create(base + path)));
                assertThat(r.statusCode()).as(path).isEqualTo(503);
                assertThat(r.body()).as(path).contains("letter tracking is not available");
            }
            HttpResponse<String> mark = web.send(HttpRequest.newBuilder(URI.create(base + "/api/letters/1-4/marks"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"state\": \"replied\", \"who\": \"a\", \"why\": \"b\"}")));
            assertThat(mark.statusCode()).isEqualTo(503);
            assertThat(web.send(HttpRequest.newBuilder(URI.create(base + "/feeds/letters.atom"))).statusCode()).isEqualTo(200);
        }
    }
}
