package dyad.index;

import static dyad.index.IndexFixtures.actor;
import static dyad.index.IndexFixtures.event;
import static dyad.index.IndexFixtures.sanctionsDocument;
import static dyad.index.IndexFixtures.sanctionsRecords;
import static dyad.index.IndexFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.index.SearchQuery.Kind;
import dyad.model.Actor;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.store.StoredDocument;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {

    private LuceneSearchIndex index;
    private StoredDocument doc;

    @BeforeEach
    void fill() {
        index = LuceneSearchIndex.inMemory();
        doc = sanctionsDocument();
        index.put(doc, sanctionsRecords(doc));
    }

    @AfterEach
    void close() {
        index.close();
    }

    private static SearchQuery query(String text) {
        return SearchQuery.text(text);
    }

    private static SearchQuery filtered(String text, Set<Kind> kinds, String actor, String country, Set<PloverType> types,
                                        Set<Modality> modalities, LocalDate from, LocalDate to) {
        return new SearchQuery(text, kinds, actor, country, types, modalities, from, to, 0, 20);
    }

    @Test
    void anEventHitLocatesItsEvidenceAndCarriesItsRecordKey() {
        SearchResult r = index.search(filtered("sanctions", Set.of(Kind.EVENT), null, null, null, null, null, null));

        assertThat(r.total()).isEqualTo(1);
        SearchHit hit = r.hits().get(0);
        assertThat(hit.kind()).isEqualTo(Kind.EVENT);
        assertThat(hit.recordKey()).isEqualTo("7-0");
        assertThat(hit.documentHash()).isEqualTo(doc.info().hash());
        assertThat(hit.documentName()).isEqualTo("sanctions-2026");
        assertThat(hit.title()).isEqualTo("SANCTION: Government of Canada → Government of Venezuela");
        assertThat(hit.snippet()).isEqualTo("Canada imposed sanctions on Venezuela in 2017.");
        assertThat(doc.text().substring(hit.start(), hit.end())).isEqualTo(hit.snippet());
        assertThat(hit.score()).isPositive();
    }

    @Test
    void aQuoteHitLocatesTheQuotedWords() {
        SearchHit hit = index.search(filtered("recognise", Set.of(Kind.QUOTE), null, null, null, null, null, null)).hits().get(0);

        assertThat(hit.recordKey()).isEqualTo("7-1");
        assertThat(hit.title()).isEqualTo("Mélanie Joly said");
        assertThat(doc.text().substring(hit.start(), hit.end())).isEqualTo("will not recognise the election,");
    }

    @Test
    void aDocumentHitShowsTheBestMatchingSentenceAsPlainText() {
        SearchHit hit = index.search(filtered("geneva", Set.of(Kind.DOCUMENT), null, null, null, null, null, null)).hits().get(0);

        assertThat(hit.recordKey()).isNull();
        assertThat(hit.title()).isEqualTo("sanctions-2026");
        assertThat(hit.snippet()).isEqualTo("The two governments held talks in Geneva.");
        assertThat(doc.text().substring(hit.start(), hit.end())).isEqualTo(hit.snippet());
    }

    @Test
    void aTitledDocumentIsFoundByItsTitleAndShownByIt() {
        String text = "Accra and Lome reopened the border crossing.";
        dyad.store.DocumentInfo info = new dyad.store.DocumentInfo(9, dyad.store.ContentHash.of(text), "wire/0009.txt",
                null, IndexFixtures.date("2024-02-01"), text.length(), java.time.Instant.parse("2026-01-01T00:00:00Z"),
                java.util.List.of(), new dyad.model.Metadata("Frontier trade resumes", "Gulf Wire", null, null, null, null));
        index.put(new StoredDocument(info, text), java.util.List.of());

        SearchHit hit = index.search(filtered("frontier", Set.of(Kind.DOCUMENT), null, null, null, null, null, null)).hits().get(0);

        assertThat(hit.documentHash()).isEqualTo(info.hash());
        assertThat(hit.title()).isEqualTo("Frontier trade resumes");
        assertThat(hit.documentName()).isEqualTo("wire/0009.txt");
    }

    @Test
    void facetsCountEveryMatchNotOnlyThePage() {
        SearchQuery onePerPage = new SearchQuery("canada", Set.of(), null, null, null, null, null, null, 0, 1);
        SearchResult r = index.search(onePerPage);

        // The document, the SANCTION and ACCUSE events (Canada as a participant), the CONSULT event ("Government of Canada").
        assertThat(r.total()).isEqualTo(4);
        assertThat(r.hits()).hasSize(1);
        assertThat(r.facets().get("kind")).containsExactly(Map.entry("event", 3L), Map.entry("document", 1L));
        assertThat(r.facets().get("type")).containsOnly(Map.entry("ACCUSE", 1L), Map.entry("CONSULT", 1L),
                Map.entry("SANCTION", 1L));
        assertThat(r.facets().get("country")).containsExactly(Map.entry("CAN", 4L), Map.entry("VEN", 4L));
        assertThat(r.facets().get("modality")).containsExactly(Map.entry("asserted", 3L));
        // Document 2026, SANCTION 2017, ACCUSE 2024; the CONSULT event is undated.
        assertThat(r.facets().get("year")).containsOnly(Map.entry("2026", 1L), Map.entry("2017", 1L), Map.entry("2024", 1L));
    }

    @Test
    void filtersCombineWithTheText() {
        assertThat(keys(filtered(null, null, null, null, Set.of(PloverType.ACCUSE), null, null, null))).containsExactly("7-3");
        assertThat(keys(filtered("", Set.of(Kind.EVENT, Kind.QUOTE), null, "can", null, null, null, null)))
                .containsExactlyInAnyOrder("7-0", "7-1", "7-3", "7-4");
        assertThat(keys(filtered(null, null, null, null, null, Set.of(Modality.NEGATED), null, null))).isEmpty();
        assertThat(keys(filtered(null, Set.of(Kind.EVENT), null, null, null, null, LocalDate.of(2017, 1, 1),
                LocalDate.of(2017, 12, 31)))).containsExactly("7-0");
        // Open-ended ranges; undated entries never match a date condition.
        assertThat(keys(filtered(null, null, null, null, null, null, LocalDate.of(2024, 1, 1), null)))
                .containsExactly(null, "7-1", "7-3");
        assertThat(keys(filtered("canada", null, null, null, Set.of(PloverType.SANCTION), null, null, null)))
                .containsExactly("7-0");
    }

    @Test
    void theActorFilterMatchesANameOrMentionAsAPhraseIgnoringCaseAndAccents() {
        assertThat(keys(filtered(null, null, "melanie JOLY", null, null, null, null, null))).containsExactly("7-1");
        assertThat(keys(filtered(null, Set.of(Kind.EVENT), "government of venezuela", null, null, null, null, null)))
                .containsExactly("7-3", "7-0", "7-4"); // latest first, undated last
        // Words of two different participants are not a phrase.
        assertThat(keys(filtered(null, null, "Canada Government", null, null, null, null, null))).isEmpty();
        assertThat(keys(filtered(null, null, "!!!", null, null, null, null, null))).isEmpty();
    }

    @Test
    void withoutTextEverythingMatchesLatestFirstUndatedLast() {
        SearchResult r = index.search(query("  "));

        assertThat(r.total()).isEqualTo(5);
        assertThat(r.hits()).extracting(SearchHit::recordKey).containsExactly(null, "7-1", "7-3", "7-0", "7-4");
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.score()).isZero());
        assertThat(index.search(new SearchQuery(null, null, null, null, null, null, null, null, 0, 20)).total()).isEqualTo(5);
    }

    @Test
    void searchSyntaxWorksAndBrokenSyntaxNeverThrows() {
        assertThat(keys(filtered("\"imposed sanctions\"", Set.of(Kind.EVENT), null, null, null, null, null, null)))
                .containsExactly("7-0");
        assertThat(keys(filtered("\"sanctions imposed\"", Set.of(Kind.EVENT), null, null, null, null, null, null))).isEmpty();
        assertThat(keys(filtered("canada -sanctions", Set.of(Kind.EVENT), null, null, null, null, null, null)))
                .containsExactlyInAnyOrder("7-3", "7-4");
        assertThat(keys(filtered("geneva | interference", Set.of(Kind.EVENT), null, null, null, null, null, null)))
                .containsExactlyInAnyOrder("7-3", "7-4");
        assertThat(keys(filtered("interfer*", Set.of(Kind.EVENT), null, null, null, null, null, null))).containsExactly("7-3");
        for (String broken : List.of("\"unclosed", "(((", "a AND OR", "*", "~", "-", "\\", "))) \"")) {
            assertThat(index.search(query(broken)).total()).as(broken).isNotNegative();
        }
        assertThat(index.search(query("!!!")).total()).isZero();
    }

    @Test
    void wordsMatchAcrossCaseAccentsAndInflection() {
        assertThat(index.search(query("MELANIE")).total()).isEqualTo(2); // the quote and its document
        assertThat(keys(filtered("accuses", Set.of(Kind.EVENT), null, null, null, null, null, null))).containsExactly("7-3");
        assertThat(keys(filtered("accuse", Set.of(Kind.EVENT), null, null, null, null, null, null))).containsExactly("7-3");
    }

    @Test
    void unicodeTextIsFoundAndOffsetsStayInUtf16() {
        String text = "北京 hosted envoys 🇨🇳 from Côte d'Ivoire. Abidjan welcomed the visit to 北京.";
        StoredDocument d = stored(9, "unicode", text, "2025-05-02");
        Actor source = actor(text, "Côte d'Ivoire", "Government of Côte d'Ivoire", "CIV");
        Actor target = actor(text, "北京", "Government of China", "CHN");
        index.put(d, List.of(event(d, PloverType.CONSULT, source, target, "2025-05", Modality.ASSERTED, "Abidjan")));

        assertThat(index.search(query("cote")).total()).isEqualTo(2);
        SearchHit hit = index.search(filtered("北京", Set.of(Kind.EVENT), null, null, null, null, null, null)).hits().get(0);
        assertThat(text.substring(hit.start(), hit.end())).isEqualTo("Abidjan welcomed the visit to 北京.");
        SearchHit document = index.search(filtered("envoys", Set.of(Kind.DOCUMENT), null, null, null, null, null, null))
                .hits().get(0);
        assertThat(document.snippet()).isEqualTo("北京 hosted envoys 🇨🇳 from Côte d'Ivoire.");
        assertThat(text.substring(document.start(), document.end())).isEqualTo(document.snippet());
    }

    @Test
    void putReplacesEveryEntryOfTheDocument() {
        List<Record> fewer = List.of(sanctionsRecords(doc).get(0));
        index.put(doc, fewer);

        assertThat(index.search(query("")).total()).isEqualTo(2);
        assertThat(keys(filtered(null, Set.of(Kind.EVENT), null, null, null, null, null, null))).containsExactly("7-0");
        index.put(doc, fewer);
        assertThat(index.search(query("")).total()).isEqualTo(2);
    }

    @Test
    void removeDropsTheDocumentAndItsRecordsAndIgnoresUnknownHashes() {
        StoredDocument other = stored(8, "other", "Canada thanked Norway.", "2025");
        index.put(other, List.of());
        index.remove(doc.info().hash());
        index.remove("0".repeat(64));
        index.remove(null);

        SearchResult r = index.search(query(""));
        assertThat(r.hits()).extracting(SearchHit::documentName).containsExactly("other");
        assertThat(r.facets().get("type")).isEmpty();
    }

    @Test
    void aBatchIsSeenWhenItCommits() {
        StoredDocument other = stored(8, "other", "Canada thanked Norway.", "2025");
        LuceneSearchIndex.Batch batch = index.batch();
        batch.put(other, List.of());
        batch.remove(doc.info().hash());
        assertThat(index.search(query("")).total()).isEqualTo(5);

        batch.commit();
        assertThat(index.search(query("")).hits()).extracting(SearchHit::documentName).containsExactly("other");
        try (LuceneSearchIndex.Batch clearing = index.batch()) {
            clearing.clear();
        }
        assertThat(index.search(query("")).total()).isZero();
    }

    @Test
    void pagesSkipAndLimitAndAHugeOffsetIsAnEmptyPage() {
        SearchQuery second = new SearchQuery(null, null, null, null, null, null, null, null, 1, 2);
        assertThat(index.search(second).hits()).extracting(SearchHit::recordKey).containsExactly("7-1", "7-3");
        SearchResult far = index.search(new SearchQuery(null, null, null, null, null, null, null, null, Integer.MAX_VALUE, 100));
        assertThat(far.total()).isEqualTo(5);
        assertThat(far.hits()).isEmpty();
        assertThatThrownBy(() -> new SearchQuery("x", null, null, null, null, null, null, null, 0, 101))
                .hasMessage("search limit must be 1..100, got 101");
    }

    @Test
    void anIndexInAFolderKeepsItsCommitsAndAdmitsOneProcessAtATime(@TempDir Path folder) {
        try (LuceneSearchIndex disk = LuceneSearchIndex.open(folder.resolve("index"))) {
            disk.put(doc, sanctionsRecords(doc));
            assertThatThrownBy(() -> LuceneSearchIndex.open(folder.resolve("index")))
                    .isInstanceOf(SearchIndexException.class)
                    .hasMessage("search index '" + folder.resolve("index") + "' is in use by another process");
        }
        try (LuceneSearchIndex again = LuceneSearchIndex.open(folder.resolve("index"))) {
            assertThat(again.search(query("sanctions")).total()).isEqualTo(2);
        }
        try (LuceneSearchIndex fresh = LuceneSearchIndex.recreate(folder.resolve("index"))) {
            assertThat(fresh.search(query("")).total()).isZero();
        }
    }

    @Test
    void aReaderSearchesBesideTheWriterAndSeesItsCommits(@TempDir Path folder) throws Exception {
        Path where = folder.resolve("index");
        assertThatThrownBy(() -> LuceneSearchIndex.openForReading(where))
                .isInstanceOf(SearchIndexException.class)
                .hasMessage("no search index at '" + where + "'; build it with 'dyad index --rebuild'");
        try (LuceneSearchIndex writer = LuceneSearchIndex.open(where)) {
            writer.put(doc, sanctionsRecords(doc));
            try (LuceneSearchIndex reader = LuceneSearchIndex.openForReading(where)) {
                assertThat(reader.search(query("sanctions")).total()).isEqualTo(2);
                writer.remove(doc.info().hash());
                long deadline = System.nanoTime() + 10_000_000_000L;
                while (reader.search(query("sanctions")).total() != 0 && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
                assertThat(reader.search(query("sanctions")).total()).isZero();
                assertThatThrownBy(() -> reader.put(doc, List.of()))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("search index '" + where + "' is open for reading only");
            }
        }
    }

    @Test
    void searchesRunWhileDocumentsAreReplaced() throws Exception {
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 50; i++) {
                index.put(doc, sanctionsRecords(doc));
            }
        });
        writer.start();
        for (int i = 0; i < 200; i++) {
            // Every search sees one complete version of the document.
            assertThat(index.search(query("")).total()).isEqualTo(5);
        }
        writer.join();
    }

    private List<String> keys(SearchQuery q) {
        return index.search(q).hits().stream().map(SearchHit::recordKey).toList();
    }
}
