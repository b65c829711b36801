package dyad.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Metadata;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.store.Clusters;
import dyad.store.Dyad;
import dyad.store.MonthlyCount;
import dyad.store.TimelineQuery;
import dyad.store.YearlyCount;
import dyad.store.EventFilter;
import dyad.store.Fixtures;
import dyad.store.Ingested;
import dyad.store.PageRequest;
import dyad.store.RecordKey;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stored;
import dyad.store.Stores;
import dyad.store.WriteOutcome;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Copies and clusters as the store keeps them: written with each document, left by a replaced one,
 * rebuilt alike; timelines counting acts. On the embedded store here, on PostgreSQL in
 * {@link PostgresClustersInStoreTest}.
 */
class ClustersInStoreTest {

    private Repository repo;

    /** An empty store of the dialect under test. */
    protected Repository openEmpty() throws Exception {
        return Stores.open(StoreLocation.parse("jdbc:duckdb:"));
    }

    @BeforeEach
    void open() throws Exception {
        repo = openEmpty();
    }

    @AfterEach
    void close() {
        if (repo != null) { // null when the dialect's server is absent and the test was skipped
            repo.close();
        }
    }

    private static final String WIRE = """
            Norway imposes sanctions on Belarus
            OSLO (Nordic Wire) - Norway imposed sanctions on Belarus on Monday, freezing the assets of twelve officials it blames for the crackdown on protesters. The foreign ministry said the measures would stay until political prisoners are released. Officials in Minsk did not respond to a request for comment on the decision.
            """;

    /** A document of one event: who, what, whom, when, how, in the sentence starting with {@code sentence}. */
    private WriteOutcome store(String path, String text, String publisher, String published, PloverType type,
                               String source, String target, String date, Modality modality, String sentence) {
        Document d = new Document(path, text, EventDate.day(LocalDate.parse(published)),
                new Metadata(null, publisher, null, null, null, null));
        String sourceName = sentence.split(" ")[0];
        Event e = new Event(path, type, null, Fixtures.gov(sourceName, text, sourceName, source),
                Fixtures.gov(null, text, target, target), Fixtures.date(date), modality, Fixtures.sentence(text, sentence));
        return repo.write(Ingested.of(d, path, List.<Record>of(e)));
    }

    private Map<String, Clusters.Sources> clustersByDocument() {
        List<Stored<Event>> events = repo.events(EventFilter.ALL, new PageRequest(0, 1000)).items();
        Map<RecordKey, Clusters.Sources> of = repo.clusters().of(events.stream().map(Stored::key).toList());
        Map<String, Clusters.Sources> out = new HashMap<>();
        events.forEach(e -> out.put(e.record().doc(), of.get(e.key())));
        return out;
    }

    private void storeSanctionReports() {
        store("wire.txt", WIRE, "Nordic Wire", "2025-03-04", PloverType.SANCTION, "NOR", "BLR", "2025-03-03",
                Modality.ASSERTED, "Norway imposed");
        store("baltic.txt", "Oslo targets Belarus. Norway on Monday placed sanctions on Belarus, an asset freeze hitting twelve officials over the crackdown.",
                "Baltic Daily", "2025-03-05", PloverType.SANCTION, "NOR", "BLR", "2025-03-04", Modality.ASSERTED, "Norway on Monday");
        store("copy.txt", WIRE.replace("Norway imposes sanctions on Belarus", "Norway slaps sanctions on Minsk"),
                "Harbour Gazette", "2025-03-04", PloverType.SANCTION, "NOR", "BLR", "2025-03-03", Modality.ASSERTED,
                "Norway imposed");
        store("review.txt", "A year of pressure. In March 2025 Norway sanctioned Belarus for the first time, naming twelve officials.",
                "Eastern Review", "2026-02-20", PloverType.SANCTION, "NOR", "BLR", "2025-03", Modality.ASSERTED, "In March");
        store("autumn.txt", "Norway widens its list. Norway imposed new sanctions on Belarus on Monday, adding the potash exporter and four banks.",
                "Nordic Wire", "2025-09-16", PloverType.SANCTION, "NOR", "BLR", "2025-09-15", Modality.ASSERTED, "Norway imposed");
    }

    @Test
    void reportsOfOneActShareAClusterAndACopyIsNoIndependentSource() {
        storeSanctionReports();
        Map<String, Clusters.Sources> c = clustersByDocument();
        long march = c.get("wire.txt").cluster();
        assertThat(List.of("baltic.txt", "copy.txt", "review.txt")).allSatisfy(d -> assertThat(c.get(d).cluster()).isEqualTo(march));
        assertThat(c.get("autumn.txt").cluster()).isNotEqualTo(march); // same pair and type, another occasion
        assertThat(c.get("wire.txt").documents()).isEqualTo(4);
        assertThat(c.get("wire.txt").independent()).isEqualTo(3); // the copy counts with its original
        assertThat(repo.clusters().copies()).extracting(Clusters.Copy::name, Clusters.Copy::originalName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("copy.txt", "wire.txt"));

        Clusters.Cluster cluster = repo.clusters().cluster(march).orElseThrow();
        assertThat(cluster.firstReport()).isEqualTo("2025-03-04");
        assertThat(cluster.lastReport()).isEqualTo("2026-02-20");
        assertThat(cluster.dateConflict()).isTrue(); // the 3rd and the 4th of March
        assertThat(cluster.modalityConflict()).isFalse();
        assertThat(cluster.members()).hasSize(4);
        Clusters.Member copy = cluster.members().stream().filter(m -> m.document().name().equals("copy.txt")).findFirst().orElseThrow();
        assertThat(copy.copyOf()).isEqualTo(repo.documentAt("wire.txt").orElseThrow());
        assertThat(copy.event().record().evidence().text()).startsWith("Norway imposed sanctions on Belarus on Monday");
        // the canonical telling: dated to the day, earliest report
        Clusters.Member wire = cluster.members().stream().filter(m -> m.document().name().equals("wire.txt")).findFirst().orElseThrow();
        assertThat(cluster.canonical()).isEqualTo(wire.event().key());
    }

    @Test
    void reciprocalActsMatchInEitherOrderOthersDoNot() {
        store("tokyo.txt", "Talks in Tokyo. Japan held talks with South Korea in Tokyo on Monday about fishing rights.", "Pacific Dispatch",
                "2025-05-13", PloverType.CONSULT, "JPN", "KOR", "2025-05-12", Modality.ASSERTED, "Japan held");
        store("seoul.txt", "Fishing grounds. Korea met Japan in Tokyo on May 12 to discuss fishing grounds, the ministry said.", "Seoul Herald",
                "2025-05-13", PloverType.CONSULT, "KOR", "JPN", "2025-05-12", Modality.ASSERTED, "Korea met");
        store("nairobi.txt", "Raid. Kenya accused Somalia on Sunday of sheltering the gunmen who attacked a police post.", "East Africa Report",
                "2025-07-21", PloverType.ACCUSE, "KEN", "SOM", "2025-07-20", Modality.ASSERTED, "Kenya accused");
        store("mogadishu.txt", "Charge. Somalia accused Kenya on Sunday of sheltering the gunmen who attacked a police post.", "Horn Observer",
                "2025-07-21", PloverType.ACCUSE, "SOM", "KEN", "2025-07-20", Modality.ASSERTED, "Somalia accused");
        Map<String, Clusters.Sources> c = clustersByDocument();
        assertThat(c.get("tokyo.txt").cluster()).isEqualTo(c.get("seoul.txt").cluster());
        assertThat(c.get("nairobi.txt").cluster()).isNotEqualTo(c.get("mogadishu.txt").cluster());
    }

    @Test
    void aDenialJoinsTheActItDeniesAsAConflict() {
        store("claim.txt", "Troops. Argentina signed an agreement with Chile on Tuesday to share lithium data along the border.", "Andes Press",
                "2025-10-08", PloverType.AGREE, "ARG", "CHL", "2025-10-07", Modality.ASSERTED, "Argentina signed");
        store("denial.txt", "No deal. Argentina signed no agreement with Chile on Tuesday on lithium data, the ministry said.", "Plata Mercury",
                "2025-10-09", PloverType.AGREE, "ARG", "CHL", "2025-10-07", Modality.NEGATED, "Argentina signed");
        Map<String, Clusters.Sources> c = clustersByDocument();
        assertThat(c.get("claim.txt").cluster()).isEqualTo(c.get("denial.txt").cluster());
        Clusters.Cluster cluster = repo.clusters().cluster(c.get("claim.txt").cluster()).orElseThrow();
        assertThat(cluster.modalityConflict()).isTrue();
        assertThat(cluster.members()).extracting(m -> m.event().record().modality())
                .containsExactly(Modality.ASSERTED, Modality.NEGATED); // each keeps its own
    }

    @Test
    void aReplacedDocumentLeavesItsClusterAndAnEmptiedClusterGoes() {
        storeSanctionReports();
        long march = clustersByDocument().get("wire.txt").cluster();
        long autumn = clustersByDocument().get("autumn.txt").cluster();
        assertThat(store("baltic.txt", "Oslo acts. Ghana accused Togo of interference on Friday in a statement.", "Baltic Daily",
                "2025-03-08", PloverType.ACCUSE, "GHA", "TGO", "2025-03-07", Modality.ASSERTED, "Ghana accused"))
                .isEqualTo(WriteOutcome.REPLACED);
        assertThat(repo.clusters().cluster(march).orElseThrow().documents()).isEqualTo(3);
        assertThat(store("autumn.txt", "Quiet. Peru praised Bolivia on Friday for its help with the floods.", "Nordic Wire",
                "2025-09-20", PloverType.SUPPORT, "PER", "BOL", "2025-09-19", Modality.ASSERTED, "Peru praised"))
                .isEqualTo(WriteOutcome.REPLACED);
        assertThat(repo.clusters().cluster(autumn)).isEmpty();
    }

    @Test
    void aRebuildGroupsAsTheWritesDid() {
        storeSanctionReports();
        store("tokyo.txt", "Talks in Tokyo. Japan held talks with South Korea in Tokyo on Monday about fishing rights.", "Pacific Dispatch",
                "2025-05-13", PloverType.CONSULT, "JPN", "KOR", "2025-05-12", Modality.ASSERTED, "Japan held");
        Map<String, Clusters.Sources> before = clustersByDocument();
        Clusters.Rebuilt r = repo.clusters().rebuild();
        Map<String, Clusters.Sources> after = clustersByDocument();
        assertThat(r.documents()).isEqualTo(6);
        assertThat(r.events()).isEqualTo(6);
        assertThat(r.clusters()).isEqualTo(3);
        assertThat(r.copies()).isEqualTo(1);
        assertThat(partition(after)).isEqualTo(partition(before));
        assertThat(repo.clusters().unclustered()).isZero();
    }

    @Test
    void aTimelineCountsAnActOnceWhereItsCanonicalTellingFallsAndEveryReportOnRequest() {
        storeSanctionReports();
        // A denial of another act, in the other direction: acts in either order are not merged for SANCTION.
        store("minsk.txt", "Minsk answers. Belarus imposed sanctions on Norway on Tuesday, banning its fish.", "Minsk Times",
                "2025-03-05", PloverType.SANCTION, "BLR", "NOR", "2025-03-04", Modality.ASSERTED, "Belarus imposed");
        TimelineQuery reports = TimelineQuery.of(Dyad.either("NOR", "BLR"));
        TimelineQuery acts = reports.counting(TimelineQuery.Count.ACTS);
        // March: wire, baltic and copy on the day, review to the month (four reports of one act), and Minsk's.
        assertThat(monthly(reports)).containsEntry(YearMonth.of(2025, 3), 5L).containsEntry(YearMonth.of(2025, 9), 1L);
        assertThat(monthly(acts)).containsEntry(YearMonth.of(2025, 3), 2L).containsEntry(YearMonth.of(2025, 9), 1L);
        assertThat(yearly(reports)).containsEntry(2025, 6L);
        assertThat(yearly(acts)).containsEntry(2025, 3L);
        // One direction: the act stays where its canonical telling (NOR -> BLR) is.
        assertThat(yearly(TimelineQuery.of(new Dyad("NOR", "BLR", true)).counting(TimelineQuery.Count.ACTS)))
                .containsEntry(2025, 2L);
        assertThat(yearly(TimelineQuery.of(new Dyad("BLR", "NOR", true)).counting(TimelineQuery.Count.ACTS)))
                .containsEntry(2025, 1L);
    }

    private Map<YearMonth, Long> monthly(TimelineQuery q) {
        return repo.timeline(q).stream().collect(Collectors.groupingBy(MonthlyCount::month, java.util.TreeMap::new,
                Collectors.summingLong(MonthlyCount::events)));
    }

    private Map<Integer, Long> yearly(TimelineQuery q) {
        return repo.yearlyTimeline(q).years().stream().collect(Collectors.groupingBy(YearlyCount::year,
                java.util.TreeMap::new, Collectors.summingLong(YearlyCount::events)));
    }

    @Test
    void aReportLikeTwoClustersMergesThemInTheStoreAsInARebuild() {
        store("accra.txt", "Envoy out. Ghana expelled the Ivorian ambassador on Monday.", "Accra Mail", "2024-03-12",
                PloverType.SANCTION, "GHA", "CIV", "2024-03-11", Modality.ASSERTED, "Ghana expelled");
        store("abidjan.txt", "Incursions. Accra ordered Abidjan's envoy out over border incursions.", "Lagoon Post", "2024-03-12",
                PloverType.SANCTION, "GHA", "CIV", "2024-03-11", Modality.ASSERTED, "Accra ordered");
        assertThat(clustersByDocument().get("accra.txt").cluster()).isNotEqualTo(clustersByDocument().get("abidjan.txt").cluster());
        store("wire.txt", "West Africa. Ghana ordered the Ivorian envoy out of Accra on Monday over border incursions.", "Coast Wire",
                "2024-03-13", PloverType.SANCTION, "GHA", "CIV", "2024-03-11", Modality.ASSERTED, "Ghana ordered");
        Map<String, Clusters.Sources> before = clustersByDocument();
        assertThat(before.values()).extracting(Clusters.Sources::cluster).containsOnly(before.get("accra.txt").cluster());
        assertThat(before.get("accra.txt").documents()).isEqualTo(3);
        assertThat(repo.clusters().count()).isEqualTo(1); // the merged cluster's summary went with it
        repo.clusters().rebuild();
        assertThat(partition(clustersByDocument())).isEqualTo(partition(before));
    }

    /** The documents grouped by cluster, ids aside. */
    private static java.util.Set<java.util.Set<String>> partition(Map<String, Clusters.Sources> byDocument) {
        return byDocument.entrySet().stream().collect(Collectors.groupingBy(e -> e.getValue().cluster(),
                Collectors.mapping(Map.Entry::getKey, Collectors.toSet()))).values().stream().collect(Collectors.toSet());
    }
}
