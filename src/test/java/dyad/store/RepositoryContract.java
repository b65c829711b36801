package dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Event;
import dyad.model.Letter;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Role;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, run against each engine by a subclass that says how to get a
 * fresh, empty store.
 */
abstract class RepositoryContract {

    protected Repository repo;

    /** A store with no data, migrated. */
    protected abstract Repository openEmpty() throws Exception;

    /** The same store again (after {@link Repository#close()}). */
    protected abstract Repository reopen() throws Exception;

    @BeforeEach
    void open() throws Exception {
        repo = openEmpty();
    }

    @AfterEach
    void close() {
        if (repo != null) {
            repo.close();
        }
    }

    @Test
    void aDocumentAndEveryKindOfRecordRoundTrip() {
        Ingested in = Fixtures.letterDocument("letters/open.md", "/corpus/letters/open.md");

        assertThat(repo.contains(in.hash())).isFalse();
        assertThat(repo.write(in)).isEqualTo(WriteOutcome.ADDED);

        assertThat(repo.contains(in.hash())).isTrue();
        assertThat(repo.records(in.hash())).containsExactlyElementsOf(in.records());
        StoredDocument doc = repo.document(in.hash()).orElseThrow();
        assertThat(doc.text()).isEqualTo(in.document().text());
        assertThat(doc.info().name()).isEqualTo("letters/open.md");
        assertThat(doc.info().path()).isEqualTo("/corpus/letters/open.md");
        assertThat(doc.info().date()).isEqualTo(in.document().date());
        assertThat(doc.info().hash()).isEqualTo(in.hash());
        assertThat(repo.documents(PageRequest.first(10)).items()).containsExactly(doc.info());
        assertThat(repo.documentHash(doc.info().id())).contains(in.hash());
    }

    @Test
    void aDocumentKeepsItsExtractionNotes() {
        Ingested plain = Fixtures.letterDocument("letters/open.md", "/corpus/letters/open.md");
        Ingested long_ = Ingested.of(new dyad.model.Document("wire/long.txt", "Peru thanked Chile and Chile thanked Peru",
                Fixtures.date("2021")), "/corpus/wire/long.txt", List.of());
        List<String> notes = List.of("the sentence at characters 0-41 has 8 tokens and no sentence end: cut into 2 parts",
                "a second note, with a comma; and \"quotes\"");
        Ingested noted = new Ingested(long_.document(), long_.hash(), long_.path(), long_.records(), notes);

        repo.write(List.of(plain, noted));

        assertThat(repo.document(noted.hash()).orElseThrow().info().notes()).containsExactlyElementsOf(notes);
        assertThat(repo.document(plain.hash()).orElseThrow().info().notes()).isEmpty();
        assertThat(repo.documents(PageRequest.first(10)).items()).extracting(DocumentInfo::notes)
                .containsExactlyInAnyOrder(notes, List.of());
    }

    @Test
    void aDocumentKeepsWhatItsPublisherSaysOfIt() {
        dyad.model.Metadata meta = new dyad.model.Metadata("Lima recalls envoy, \"consultations\" in Santiago",
                "Andes Wire", "Ana Ruiz", "https://example.org/2021/lima", "en", "news");
        Ingested titled = Ingested.of(new dyad.model.Document("wire/lima.html", "Peru recalled its ambassador from Chile.",
                Fixtures.date("2021-03-02"), meta), "/corpus/wire/lima.html", List.of());
        Ingested plain = Fixtures.letterDocument("letters/open.md", "/corpus/letters/open.md");

        repo.write(List.of(titled, plain));

        DocumentInfo info = repo.document(titled.hash()).orElseThrow().info();
        assertThat(info.meta()).isEqualTo(meta);
        assertThat(info.label()).isEqualTo("Lima recalls envoy, \"consultations\" in Santiago");
        DocumentInfo untitled = repo.document(plain.hash()).orElseThrow().info();
        assertThat(untitled.meta()).isEqualTo(dyad.model.Metadata.NONE);
        assertThat(untitled.label()).isEqualTo("letters/open.md");
    }

    @Test
    void evidenceReadsBackAsWrittenWhetherOrNotItIsTheDocumentTextAtItsOffsets() {
        Ingested sliced = Fixtures.events("wire/a.txt", null, 3, "CAN", "VEN", PloverType.SANCTION, "2019-04",
                Modality.ASSERTED);
        String text = "Canada, Brazil and Peru protested.";
        dyad.model.Actor canada = Fixtures.gov("Canada", text, "Government of Canada", "CAN");
        dyad.model.Actor peru = Fixtures.gov("Peru", text, "Government of Peru", "PER");
        Event offsetsOnly = new Event("wire/b.txt", PloverType.ACCUSE, null, canada, peru, Fixtures.date("2020"),
                Modality.ASSERTED, new dyad.model.Span("Brazil", 8, 14));
        Event rewritten = new Event("wire/b.txt", PloverType.ACCUSE, null, canada, peru, Fixtures.date("2020"),
                Modality.ASSERTED, new dyad.model.Span("NOT IN THE TEXT", 0, 15));
        Event pastTheEnd = new Event("wire/b.txt", PloverType.ACCUSE, null, canada, peru, Fixtures.date("2020"),
                Modality.ASSERTED, new dyad.model.Span("x".repeat(10), 30, 40));
        Ingested mixed = Ingested.of(new dyad.model.Document("wire/b.txt", text, Fixtures.date("2020")), null,
                List.of(offsetsOnly, rewritten, pastTheEnd));

        repo.write(List.of(sliced, mixed));

        assertThat(repo.records(sliced.hash())).containsExactlyElementsOf(sliced.records());
        assertThat(repo.records(mixed.hash())).containsExactly(offsetsOnly, rewritten, pastTheEnd);
        assertThat(repo.events(EventFilter.ALL, PageRequest.first(10)).items()).extracting(s -> s.record().evidence().text())
                .containsExactlyInAnyOrder(((Event) sliced.records().get(0)).evidence().text(),
                        ((Event) sliced.records().get(1)).evidence().text(),
                        ((Event) sliced.records().get(2)).evidence().text(), "Brazil", "NOT IN THE TEXT", "xxxxxxxxxx");
    }

    @Test
    void writingTheSameTextAgainChangesNothing() {
        Ingested in = Fixtures.letterDocument("a.md", "/corpus/a.md");
        repo.write(in);
        Overview before = repo.overview();

        assertThat(repo.write(in)).isEqualTo(WriteOutcome.UNCHANGED);
        assertThat(repo.write(List.of(in, in))).containsExactly(WriteOutcome.UNCHANGED, WriteOutcome.UNCHANGED);

        assertThat(repo.overview()).isEqualTo(before);
        assertThat(repo.records(in.hash())).hasSize(in.records().size());
    }

    @Test
    void aTextTwiceInOneBatchIsStoredOnce() {
        Ingested in = Fixtures.events("x.txt", null, 3, "CAN", "VEN", PloverType.PROTEST, "2020-05", Modality.ASSERTED);

        assertThat(repo.write(List.of(in, in))).containsExactly(WriteOutcome.ADDED, WriteOutcome.UNCHANGED);
        assertThat(repo.countDocuments()).isEqualTo(1);

        assertThat(repo.countEvents(EventFilter.ALL)).isEqualTo(3);
        assertThat(repo.overview().documents()).isEqualTo(1);
    }

    @Test
    void aChangedFileReplacesItsOldRecords() {
        Ingested v1 = Fixtures.events("doc.txt", "/c/doc.txt", 4, "CAN", "VEN", PloverType.SANCTION, "2019-02", Modality.ASSERTED);
        Ingested v2 = Fixtures.events("doc.txt", "/c/doc.txt", 2, "CAN", "VEN", PloverType.CONSULT, "2021-07", Modality.ASSERTED);
        repo.write(v1);

        assertThat(repo.write(v2)).isEqualTo(WriteOutcome.REPLACED);

        assertThat(repo.contains(v1.hash())).isFalse();
        assertThat(repo.document(v1.hash())).isEmpty();
        assertThat(repo.records(v1.hash())).isEmpty();
        assertThat(repo.records(v2.hash())).containsExactlyElementsOf(v2.records());
        assertThat(repo.countEvents(EventFilter.ALL)).isEqualTo(2);
        assertThat(repo.timeline(TimelineQuery.of(Dyad.ordered("CAN", "VEN")))).containsExactly(
                new MonthlyCount(YearMonth.of(2021, 7), PloverType.CONSULT, 2));
        assertThat(repo.overview().documents()).isEqualTo(1);
    }

    @Test
    void aTextHeldByAnotherPathSurvivesWhenOnePathChanges() {
        Ingested shared = Fixtures.events("a.txt", "/c/a.txt", 1, "USA", "CHN", PloverType.ACCUSE, "2022-01", Modality.ASSERTED);
        Ingested copy = new Ingested(shared.document(), shared.hash(), "/c/copy-of-a.txt", shared.records());
        Ingested changed = Fixtures.events("a.txt", "/c/a.txt", 1, "USA", "CHN", PloverType.AGREE, "2022-02", Modality.ASSERTED);

        assertThat(repo.write(List.of(shared, copy))).containsExactly(WriteOutcome.ADDED, WriteOutcome.UNCHANGED);
        assertThat(repo.write(changed)).isEqualTo(WriteOutcome.REPLACED);

        assertThat(repo.contains(shared.hash())).isTrue();
        assertThat(repo.countEvents(EventFilter.ALL)).isEqualTo(2);
    }

    @Test
    void eventsFilterByDyadTypeModalityActorAndDate() {
        repo.write(List.of(
                Fixtures.letterDocument("letter.md", null),
                Fixtures.events("e1", null, 3, "USA", "CHN", PloverType.THREATEN, "2020-01-15", Modality.ASSERTED),
                Fixtures.events("e2", null, 2, "CHN", "USA", PloverType.THREATEN, "2020-03", Modality.NEGATED),
                Fixtures.events("e3", null, 1, "USA", "RUS", PloverType.CONSULT, "2018", Modality.ASSERTED)));

        assertThat(repo.countEvents(EventFilter.ALL)).isEqualTo(9);
        assertThat(repo.countEvents(EventFilter.ALL.withDyad(Dyad.ordered("USA", "CHN")))).isEqualTo(3);
        assertThat(repo.countEvents(EventFilter.ALL.withDyad(Dyad.either("chn", "USA")))).isEqualTo(5);
        assertThat(repo.countEvents(EventFilter.ALL.withCountry("USA"))).isEqualTo(6);
        assertThat(repo.countEvents(EventFilter.ALL.withTypes(Set.of(PloverType.THREATEN, PloverType.CONSULT)))).isEqualTo(6);
        assertThat(repo.countEvents(EventFilter.ALL.withModalities(Set.of(Modality.NEGATED)))).isEqualTo(2);
        assertThat(repo.countEvents(EventFilter.ALL.withActor("government OF rus"))).isEqualTo(1);
        assertThat(repo.countEvents(EventFilter.ALL.withActor("ottawa"))).isEqualTo(1);
        assertThat(repo.countEvents(EventFilter.ALL.withActor("100%_"))).isZero();
        assertThat(repo.countEvents(EventFilter.ALL.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))))
                .isEqualTo(5);
        assertThat(repo.countEvents(EventFilter.ALL.between(LocalDate.of(2017, 1, 1), null))).isEqualTo(9);

        List<Stored<Event>> page = repo.events(EventFilter.ALL.withDyad(Dyad.either("USA", "CHN")), PageRequest.first(4)).items();
        assertThat(page).hasSize(4);
        assertThat(page.get(0).record().date().value()).isEqualTo("2020-03");
        assertThat(page.get(0).record().doc()).isEqualTo("e2");
        assertThat(page.get(0).documentHash()).isEqualTo(ContentHash.of(repo.document(page.get(0).documentHash())
                .orElseThrow().text()));
    }

    @Test
    void pagesAreStableAndSayWhetherMoreFollow() {
        repo.write(Fixtures.events("many", null, 25, "FRA", "DEU", PloverType.COOPERATE, "2015-06", Modality.ASSERTED));

        List<RecordKey> seen = new ArrayList<>();
        PageRequest request = PageRequest.first(10);
        Page<Stored<Event>> page;
        do {
            page = repo.events(EventFilter.ALL, request);
            page.items().forEach(s -> seen.add(s.key()));
            request = request.next();
        } while (page.more());

        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
        assertThat(repo.events(EventFilter.ALL, new PageRequest(20, 10)).more()).isFalse();
    }

    @Test
    void timelineCountsEventsPerMonthAndTypeForADyad() {
        repo.write(List.of(
                Fixtures.events("a", null, 3, "USA", "CHN", PloverType.THREATEN, "2020-01-15", Modality.ASSERTED),
                Fixtures.events("b", null, 2, "USA", "CHN", PloverType.ACCUSE, "2020-01", Modality.NEGATED),
                Fixtures.events("c", null, 4, "CHN", "USA", PloverType.THREATEN, "2020-02-02", Modality.ASSERTED),
                Fixtures.events("d", null, 5, "USA", "CHN", PloverType.CONSULT, "2019", Modality.ASSERTED)));

        assertThat(repo.timeline(TimelineQuery.of(Dyad.ordered("USA", "CHN")))).containsExactly(
                new MonthlyCount(YearMonth.of(2020, 1), PloverType.ACCUSE, 2),
                new MonthlyCount(YearMonth.of(2020, 1), PloverType.THREATEN, 3));
        assertThat(repo.timeline(TimelineQuery.of(Dyad.either("USA", "CHN")))).containsExactly(
                new MonthlyCount(YearMonth.of(2020, 1), PloverType.ACCUSE, 2),
                new MonthlyCount(YearMonth.of(2020, 1), PloverType.THREATEN, 3),
                new MonthlyCount(YearMonth.of(2020, 2), PloverType.THREATEN, 4));
        assertThat(repo.timeline(TimelineQuery.of(Dyad.either("USA", "CHN")).withModalities(Set.of(Modality.ASSERTED))
                .between(YearMonth.of(2020, 2), YearMonth.of(2020, 12)))).containsExactly(
                new MonthlyCount(YearMonth.of(2020, 2), PloverType.THREATEN, 4));
        assertThat(repo.timeline(TimelineQuery.of(Dyad.either("USA", "CHN")).withTypes(Set.of(PloverType.ACCUSE))))
                .containsExactly(new MonthlyCount(YearMonth.of(2020, 1), PloverType.ACCUSE, 2));
        assertThat(repo.timeline(TimelineQuery.of(Dyad.ordered("USA", "RUS")))).isEmpty();
    }

    @Test
    void yearlyTimelineCountsEveryEventDatedToTheYearAndTheUndated() {
        repo.write(List.of(
                Fixtures.events("a", null, 3, "CAN", "VEN", PloverType.SANCTION, "2017", Modality.ASSERTED),
                Fixtures.events("b", null, 2, "CAN", "VEN", PloverType.CONSULT, "2017-06", Modality.ASSERTED),
                Fixtures.events("c", null, 1, "VEN", "CAN", PloverType.ACCUSE, "2017-12-31", Modality.NEGATED),
                Fixtures.events("d", null, 4, "CAN", "VEN", PloverType.AID, "2020", Modality.INTENDED),
                Fixtures.events("e", null, 2, "CAN", "VEN", PloverType.CONSULT, null, Modality.ASSERTED),
                Fixtures.events("f", null, 1, "VEN", "CAN", PloverType.REJECT, null, Modality.ASSERTED),
                Fixtures.events("g", null, 6, "CAN", "CUB", PloverType.AID, "2017", Modality.ASSERTED)));

        assertThat(repo.yearlyTimeline(TimelineQuery.of(Dyad.ordered("CAN", "VEN")))).isEqualTo(new YearlyCounts(List.of(
                new YearlyCount(2017, PloverType.CONSULT, 2),
                new YearlyCount(2017, PloverType.SANCTION, 3),
                new YearlyCount(2020, PloverType.AID, 4)), 2));
        // by year, then type in PLOVER order
        assertThat(repo.yearlyTimeline(TimelineQuery.of(Dyad.either("VEN", "CAN")))).isEqualTo(new YearlyCounts(List.of(
                new YearlyCount(2017, PloverType.CONSULT, 2),
                new YearlyCount(2017, PloverType.ACCUSE, 1),
                new YearlyCount(2017, PloverType.SANCTION, 3),
                new YearlyCount(2020, PloverType.AID, 4)), 3));
        // types and modalities apply to the undated too
        assertThat(repo.yearlyTimeline(TimelineQuery.of(Dyad.either("CAN", "VEN")).withModalities(Set.of(Modality.ASSERTED))
                .withTypes(Set.of(PloverType.SANCTION, PloverType.REJECT)))).isEqualTo(new YearlyCounts(List.of(
                new YearlyCount(2017, PloverType.SANCTION, 3)), 1));
        // months bound a date as far as it tells: "2017" overlaps 2017-07..2020-01, "2017-06" does not; undated are never cut
        assertThat(repo.yearlyTimeline(TimelineQuery.of(Dyad.either("CAN", "VEN")).between(YearMonth.of(2017, 7),
                YearMonth.of(2020, 1)))).isEqualTo(new YearlyCounts(List.of(
                new YearlyCount(2017, PloverType.ACCUSE, 1),
                new YearlyCount(2017, PloverType.SANCTION, 3),
                new YearlyCount(2020, PloverType.AID, 4)), 3));
        assertThat(repo.yearlyTimeline(TimelineQuery.of(Dyad.either("CAN", "VEN")).between(YearMonth.of(2018, 1),
                YearMonth.of(2019, 12)))).isEqualTo(new YearlyCounts(List.of(), 3));
        // the monthly series does not see events dated only to the year
        assertThat(repo.timeline(TimelineQuery.of(Dyad.ordered("CAN", "VEN")))).containsExactly(
                new MonthlyCount(YearMonth.of(2017, 6), PloverType.CONSULT, 2));
        assertThat(repo.yearlyTimeline(TimelineQuery.of(Dyad.ordered("USA", "VEN")))).isEqualTo(new YearlyCounts(List.of(), 0));
    }

    @Test
    void actorsAreCountedByTheirOwnCountryFromEventsAndQuotes() {
        repo.write(Fixtures.letterDocument("letter.md", null));
        ActorActivity canada = new ActorActivity("Government of Canada", "CAN", null, Role.GOV, 3, 0);
        ActorActivity joly = new ActorActivity("Mélanie Joly", "CAN", null, Role.GOV, 0, 1);

        // Canada's government: source twice (once as "Ottawa"), target once; Venezuela's is not Canada's
        assertThat(repo.actors("CAN")).containsExactly(canada, joly);
        assertThat(repo.actors(null)).containsExactly(canada,
                new ActorActivity("Government of Venezuela", "VEN", null, Role.GOV, 3, 0), joly);
        // a quote without a speaker is nobody's
        assertThat(repo.speakers(null)).containsExactly(joly);
        assertThat(repo.speakers("VEN")).isEmpty();
        assertThat(repo.actors("PER")).isEmpty();
    }

    @Test
    void quotesLettersAndRelationsAreListed() {
        Ingested letter = Fixtures.letterDocument("letter.md", null);
        repo.write(letter);

        List<Stored<Quote>> quotes = repo.quotes(QuoteFilter.ALL, PageRequest.first(10)).items();
        assertThat(quotes).extracting(Stored::record).containsExactlyElementsOf(
                letter.records().stream().filter(Quote.class::isInstance).map(Quote.class::cast).toList());
        assertThat(repo.quotes(new QuoteFilter("CAN", null), PageRequest.first(10)).items()).hasSize(1);
        assertThat(repo.quotes(new QuoteFilter(null, "\\n"), PageRequest.first(10)).items()).hasSize(1);

        List<Stored<Letter>> letters = repo.letters(LetterFilter.ALL, PageRequest.first(10)).items();
        assertThat(letters).extracting(Stored::record).containsExactly(
                (Letter) letter.records().stream().filter(Letter.class::isInstance).findFirst().orElseThrow());
        assertThat(repo.letters(new LetterFilter("CAN"), PageRequest.first(10)).items()).hasSize(1);
        assertThat(repo.letters(new LetterFilter("VEN"), PageRequest.first(10)).items()).isEmpty();

        assertThat(repo.relations("VEN", "CAN")).hasSize(1);
        assertThat(repo.relations("CAN", "VEN").get(0).record().value()).isEqualTo("imposed");
        assertThat(repo.relations("CAN", "USA")).isEmpty();
    }

    @Test
    void overviewCountsWhatIsStored() {
        repo.write(List.of(
                Fixtures.letterDocument("letter.md", null),
                Fixtures.events("a", null, 3, "USA", "CHN", PloverType.THREATEN, "2020-01-15", Modality.ASSERTED)));

        Overview o = repo.overview();

        assertThat(o.documents()).isEqualTo(2);
        assertThat(o.events()).isEqualTo(6);
        assertThat(o.quotes()).isEqualTo(2);
        assertThat(o.letters()).isEqualTo(1);
        assertThat(o.relations()).isEqualTo(1);
        assertThat(o.firstEvent()).isEqualTo(LocalDate.of(2017, 1, 1));
        assertThat(o.lastEvent()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(o.eventsByType()).containsEntry(PloverType.THREATEN, 3L).containsEntry(PloverType.SANCTION, 1L);
        assertThat(o.topDyads()).first().isEqualTo(new Overview.DyadCount("USA", "CHN", 3));
    }

    @Test
    void dataSurvivesReopening() throws Exception {
        Ingested in = Fixtures.letterDocument("letter.md", "/c/letter.md");
        repo.write(in);
        repo.close();

        repo = reopen();

        assertThat(repo.records(in.hash())).containsExactlyElementsOf(in.records());
        assertThat(repo.write(in)).isEqualTo(WriteOutcome.UNCHANGED);
    }

    @Test
    void readersSeeWholeDocumentsWhileAWriterWrites() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 30; i++) {
                    repo.write(Fixtures.events("w" + i, null, 5, "GBR", "IRL", PloverType.CONSULT, "2010-10", Modality.ASSERTED));
                }
            });
            Future<List<Long>> reader = pool.submit(() -> {
                List<Long> counts = new ArrayList<>();
                while (!writer.isDone()) {
                    counts.add(repo.countEvents(EventFilter.ALL));
                }
                return counts;
            });
            writer.get(60, TimeUnit.SECONDS);
            assertThat(reader.get(60, TimeUnit.SECONDS)).allMatch(n -> n % 5 == 0).isSorted();
        } finally {
            pool.shutdownNow();
        }
        assertThat(repo.timeline(TimelineQuery.of(Dyad.ordered("GBR", "IRL"))))
                .containsExactly(new MonthlyCount(YearMonth.of(2010, 10), PloverType.CONSULT, 150));
    }

    @Test
    void newBatchesWrittenAtOnceAllLandWhole() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int b = 0; b < 10; b++) {
                        List<Ingested> batch = new ArrayList<>();
                        for (int d = 0; d < 3; d++) {
                            String name = "t" + thread + "b" + b + "d" + d;
                            batch.add(Fixtures.events(name, "/c/" + name, 2, "GBR", "IRL", PloverType.CONSULT, "2010-10",
                                    Modality.ASSERTED));
                        }
                        assertThat(repo.write(batch)).containsOnly(WriteOutcome.ADDED);
                    }
                }));
            }
            for (Future<?> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(repo.overview().documents()).isEqualTo(120);
        assertThat(repo.countEvents(EventFilter.ALL)).isEqualTo(240);
        assertThat(repo.documents(PageRequest.first(200)).items()).extracting(DocumentInfo::id).doesNotHaveDuplicates();
        assertThat(repo.documentAt("/c/t3b9d2")).contains(
                Fixtures.events("t3b9d2", null, 2, "GBR", "IRL", PloverType.CONSULT, "2010-10", Modality.ASSERTED).hash());
        assertThat(repo.timeline(TimelineQuery.of(Dyad.ordered("GBR", "IRL"))))
                .containsExactly(new MonthlyCount(YearMonth.of(2010, 10), PloverType.CONSULT, 240));
    }

    @Test
    void writersAddingToOneTimelineCellAtOnceLoseNoEvent() throws Exception {
        int threads = 8;
        int batches = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                writers.add(pool.submit(() -> {
                    for (int b = 0; b < batches; b++) {
                        repo.write(Fixtures.events("cell" + thread + "-" + b, null, 1, "NOR", "SWE", PloverType.AID,
                                "2015-05", Modality.ASSERTED));
                    }
                }));
            }
            for (Future<?> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(repo.timeline(TimelineQuery.of(Dyad.ordered("NOR", "SWE"))))
                .containsExactly(new MonthlyCount(YearMonth.of(2015, 5), PloverType.AID, threads * batches));
    }

    @Test
    void writersRacingWithTheSameTextsAndPathsStoreEachOnce() throws Exception {
        List<List<Ingested>> batches = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            List<Ingested> batch = new ArrayList<>();
            for (int d = 0; d < 3; d++) {
                String name = "b" + b + "d" + d;
                batch.add(Fixtures.events(name, "/c/" + name, 2, "USA", "CHN", PloverType.ACCUSE, "2022-01",
                        Modality.ASSERTED));
            }
            batches.add(batch);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                writers.add(pool.submit(() -> batches.forEach(repo::write)));
            }
            for (Future<?> w : writers) {
                w.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(repo.overview().documents()).isEqualTo(30);
        assertThat(repo.countEvents(EventFilter.ALL)).isEqualTo(60);
        assertThat(repo.timeline(TimelineQuery.of(Dyad.ordered("USA", "CHN"))))
                .containsExactly(new MonthlyCount(YearMonth.of(2022, 1), PloverType.ACCUSE, 60));
        assertThat(repo.write(batches.get(0))).containsOnly(WriteOutcome.UNCHANGED);
    }

    @Test
    void unknownDocumentsAreEmptyNotErrors() {
        String missing = ContentHash.of("never stored");
        assertThat(repo.document(missing)).isEmpty();
        assertThat(repo.records(missing)).isEmpty();
        assertThat(repo.document("not-a-hash")).isEmpty();
        assertThat(repo.documentHash(424242)).isEmpty();
        assertThat(repo.write(List.of())).isEmpty();
    }

    static List<Record> only(List<Record> records, Class<? extends Record> kind) {
        return records.stream().filter(kind::isInstance).toList();
    }
}
