package dyad.export;

import static dyad.store.Fixtures.date;
import static dyad.store.Fixtures.gov;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.Json;
import dyad.model.Metadata;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Span;
import dyad.store.Ingested;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportsTest {

    private static final String TEXT = "On 3 May 2024 Ghana expelled Togo's ambassador.\tTogo imposed sanctions on Ghana, \"at once\", in June.";
    private static final String OTHER = "Peru recalled its envoy from Chile in 2019.";

    private Repository repo;
    private final Exports exports = new Exports();

    @BeforeEach
    void store() {
        repo = Stores.open(StoreLocation.parse("jdbc:duckdb:"));
        Actor ghana = gov("Ghana", TEXT, "Government of Ghana", "GHA");
        Actor togo = gov("Togo's ambassador", TEXT, "Government of Togo", "TGO");
        Actor togo2 = new Actor("Togo", TEXT.indexOf("Togo imposed"), TEXT.indexOf("Togo imposed") + 4, "Government of Togo", "TGO", null,
                dyad.model.Role.GOV);
        Actor ghana2 = new Actor("Ghana", TEXT.lastIndexOf("Ghana"), TEXT.lastIndexOf("Ghana") + 5, "Government of Ghana", "GHA", null,
                dyad.model.Role.GOV);
        Span first = Span.of(TEXT, 0, TEXT.indexOf('\t'));
        Span second = Span.of(TEXT, TEXT.indexOf("Togo imposed"), TEXT.length());
        List<Record> records = List.of(
                new Event("wire/0001.html", PloverType.SANCTION, "expel", ghana, togo, date("2024-05-03"), Modality.ASSERTED, first),
                new Event("wire/0001.html", PloverType.SANCTION, "sanction", togo2, ghana2, date("2024-06"), Modality.ASSERTED, second),
                new Relation("wire/0001.html", List.of("GHA", "TGO"), Relation.SANCTIONS, "imposed", date("2024-06"), second));
        Metadata meta = new Metadata("Accra expels envoy", "Gulf Wire", null, "https://wire.example/0001", "en", "news");
        repo.write(List.of(Ingested.of(new Document("wire/0001.html", TEXT, date("2024-07-01"), meta), "/c/wire/0001.html", records)));
        Actor peru = gov("Peru", OTHER, "Government of Peru", "PER");
        Actor chile = gov("Chile", OTHER, "Government of Chile", "CHL");
        repo.write(List.of(Ingested.of(new Document("wire/0002.txt", OTHER, date("2019")), "/c/wire/0002.txt",
                List.of(new Event("wire/0002.txt", PloverType.SANCTION, "withdraw", peru, chile, date("2019"), Modality.ASSERTED,
                        Span.of(OTHER, 0, OTHER.length()))))));
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private List<String> lines(ExportFormat format, String kind, List<String> pair, LocalDate from, LocalDate to) {
        StringWriter out = new StringWriter();
        exports.write(repo, new Exports.Request(format, kind, pair, from, to), out);
        return out.toString().lines().toList();
    }

    private List<String> lines(ExportFormat format) {
        return lines(format, null, null, null, null);
    }

    @Test
    void gdeltRowsHaveSixtyOneColumnsWithCameoCodesAndTheEvidenceInTheSourceUrl() {
        List<String[]> rows = lines(ExportFormat.GDELT, null, List.of("TGO", "GHA"), null, null).stream()
                .map(l -> l.split("\t", -1)).toList();
        assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r).hasSize(GdeltTsv.COLUMNS));
        String[] expel = rows.stream().filter(r -> r[26].equals("166")).findFirst().orElseThrow();
        assertThat(expel[1]).isEqualTo("20240503");
        assertThat(expel[2]).isEqualTo("202405");
        assertThat(expel[5]).isEqualTo("GHAGOV");
        assertThat(expel[6]).isEqualTo("GOVERNMENT OF GHANA");
        assertThat(expel[7]).isEqualTo("GHA");
        assertThat(expel[15]).isEqualTo("TGOGOV");
        assertThat(List.of(expel[27], expel[28], expel[29], expel[30])).containsExactly("166", "16", "4", "-5.0");
        assertThat(expel[60]).isEqualTo("https://wire.example/0001#0-" + TEXT.indexOf('\t'));
        String[] sanction = rows.stream().filter(r -> r[26].equals("163")).findFirst().orElseThrow();
        assertThat(sanction[1]).as("a month's first day").isEqualTo("20240601");
        assertThat(String.join("\t", sanction)).doesNotContain("\n");
    }

    @Test
    void ploverRecordsCarryTheManualsFieldsAndTheirCitation() {
        List<JsonNode> records = lines(ExportFormat.PLOVER).stream().map(ExportsTest::json).toList();
        assertThat(records).hasSize(3);
        JsonNode expel = records.stream().filter(r -> r.at("/mode/0").asText().equals("expel")).findFirst().orElseThrow();
        assertThat(expel.get("date").asText()).isEqualTo("2024-05-03");
        assertThat(expel.at("/actor/0/code").asText()).isEqualTo("GHA");
        assertThat(expel.at("/actor/0/sector").asText()).isEqualTo("GOV");
        assertThat(expel.at("/recipient/0/entity_text").asText()).isEqualTo("Togo's ambassador");
        assertThat(expel.at("/event/0").asText()).isEqualTo("SANCTION");
        assertThat(expel.get("quad_code").asInt()).isEqualTo(4);
        assertThat(expel.at("/text_info/start").asInt()).isZero();
        assertThat(TEXT.substring(expel.at("/text_info/start").asInt(), expel.at("/text_info/end").asInt()))
                .isEqualTo(expel.at("/event_text/0").asText());
        assertThat(expel.at("/cite_info/title").asText()).isEqualTo("Accra expels envoy");
        assertThat(expel.at("/cite_info/url").asText()).isEqualTo("https://wire.example/0001");
        assertThat(expel.get("dyad_modality").asText()).isEqualTo("asserted");
    }

    @Test
    void ftmEntitiesUseOnlyTheirSchemasPropertiesAndStableIds() {
        Map<String, Set<String>> allowed = Map.of(
                "Event", Set.of("name", "summary", "description", "date", "organizer", "involved", "country", "proof", "sourceUrl"),
                "Sanction", Set.of("entity", "authority", "program", "startDate", "reason", "summary", "country", "sourceUrl"),
                "Article", Set.of("title", "fileName", "publisher", "author", "publishedAt", "language", "sourceUrl"),
                "PublicBody", Set.of("name", "country"),
                "Organization", Set.of("name", "country"));
        List<JsonNode> entities = lines(ExportFormat.FTM).stream().map(ExportsTest::json).toList();
        for (JsonNode e : entities) {
            assertThat(allowed).containsKey(e.get("schema").asText());
            Iterator<String> names = e.get("properties").fieldNames();
            names.forEachRemaining(p -> assertThat(allowed.get(e.get("schema").asText())).as(e.get("schema") + "." + p).contains(p));
            e.get("properties").forEach(values -> assertThat(values.isArray()).isTrue());
        }
        assertThat(entities).filteredOn(e -> e.get("schema").asText().equals("Sanction")).singleElement()
                .satisfies(s -> assertThat(s.at("/properties/authority/0").asText()).isEqualTo("Government of Togo"));
        assertThat(entities).filteredOn(e -> e.get("schema").asText().equals("Article")).hasSize(2);
        JsonNode ghana = entities.stream().filter(e -> e.at("/properties/name/0").asText().equals("Government of Ghana"))
                .findFirst().orElseThrow();
        assertThat(ghana.get("schema").asText()).isEqualTo("PublicBody");
        assertThat(ghana.at("/properties/country/0").asText()).isEqualTo("gh");
        assertThat(entities.stream().filter(e -> e.at("/properties/language/0").asText().equals("eng"))).hasSize(1);
        assertThat(lines(ExportFormat.FTM)).as("the same ids on a second export").containsExactlyElementsOf(
                entities.stream().map(Json::line).toList());
    }

    @Test
    void csvHasAHeaderAndQuotesWhatNeedsIt() {
        List<String> events = lines(ExportFormat.CSV, "event", List.of("GHA", "TGO"), LocalDate.of(2024, 6, 1), null);
        assertThat(events.get(0)).startsWith("id,doc,doc_title,type,mode,source_text");
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).contains("SANCTION,sanction,Togo").contains("Accra expels envoy")
                .contains("\"Togo imposed sanctions on Ghana, \"\"at once\"\", in June.\"");
        List<String> relations = lines(ExportFormat.CSV, "relation", null, null, null);
        assertThat(relations.get(0)).isEqualTo("id,doc,doc_title,state_a,state_b,attribute,value,date,precision,"
                + "evidence_start,evidence_end,evidence_text");
        assertThat(relations).hasSize(2);
    }

    @Test
    void aPairAndAPeriodChooseTheRecords() {
        assertThat(lines(ExportFormat.PLOVER, null, List.of("PER", "CHL"), null, null)).hasSize(1);
        assertThat(lines(ExportFormat.PLOVER, null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 31))).hasSize(1);
        assertThat(lines(ExportFormat.PLOVER, null, List.of("PER", "GHA"), null, null)).isEmpty();
    }

    @Test
    void aRequestThatCannotBeAnsweredIsRefusedSayingWhy() {
        assertThatThrownBy(() -> ExportFormat.parse("xml")).hasMessage("format must be one of [gdelt, plover, ftm, csv]: 'xml'");
        assertThatThrownBy(() -> new Exports.Request(ExportFormat.PLOVER, "quote", null, null, null))
                .hasMessage("--kind quote: the plover format carries events only (csv carries every kind)");
        assertThatThrownBy(() -> lines(ExportFormat.CSV, "speech", null, null, null))
                .hasMessage("--kind must be one of event, quote, letter, relation: 'speech'");
        assertThatThrownBy(() -> lines(ExportFormat.CSV, null, List.of("GHA", "GHA"), null, null))
                .hasMessage("--dyad takes two different states: [GHA, GHA]");
    }

    @Test
    void everyPloverTypeHasACameoCodeAndEveryCodeItsRoot() {
        CameoCodes codes = CameoCodes.load();
        for (PloverType type : PloverType.values()) {
            CameoCodes.Code code = codes.of(new Event("d", type, "no such mode", gov("Ghana", TEXT, "Government of Ghana", "GHA"),
                    gov("Togo's ambassador", TEXT, "Government of Togo", "TGO"), date(null), Modality.ASSERTED, Span.of(TEXT, 0, 5)));
            assertThat(code.root()).isEqualTo(code.cameo().substring(0, 2));
        }
    }

    private static JsonNode json(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
