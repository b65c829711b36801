package dyad.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Precision;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.model.Role;
import dyad.model.Span;
import dyad.store.Dyad;
import dyad.store.Ingested;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.TimelineQuery;
import dyad.timeline.DyadTimeline.Band;
import dyad.timeline.DyadTimeline.Month;
import dyad.timeline.DyadTimeline.Year;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Timelines over an embedded store filled through Repository.write. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreTimelinesTest {

    /** One sentence per record; each record cites its sentence as evidence. */
    private static final String TEXT = String.join(" ",
            "Canada imposed sanctions on Venezuela.",            // 0 SANCTION CAN→VEN 2024-03
            "Canada widened its sanctions on Venezuela.",        // 1 SANCTION CAN→VEN 2024-03
            "Venezuela accused Canada of meddling.",             // 2 ACCUSE   VEN→CAN 2024-03
            "Canada did not threaten Venezuela.",                // 3 THREATEN CAN→VEN 2024-05, negated
            "Canada agreed with Venezuela on flights.",          // 4 AGREE    CAN→VEN 2024-06
            "Canada first imposed sanctions in 2017.",           // 5 sanctions imposed CAN,VEN 2017
            "The sanctions stayed in force in 2019.",            // 6 sanctions imposed CAN,VEN 2019 (no change)
            "Venezuela recalled its ambassador in January 2019.",// 7 diplomatic_level none VEN,CAN 2019-01
            "Canada eased the sanctions on 2 May 2023.",         // 8 sanctions eased CAN,VEN 2023-05-02
            "Canada reopened its embassy in June 2024.",         // 9 diplomatic_level embassy CAN,VEN 2024-06
            "Canada may some day recognise the government.");   // 10 recognition, undated

    /** Canada and Cuba as news often dates them: to the year, or not at all. */
    private static final String CUBA = String.join(" ",
            "Canada imposed sanctions on Cuba in 2013.",         // 0 SANCTION CAN→CUB 2013
            "Cuba accused Canada of meddling in 2013.",          // 1 ACCUSE   CUB→CAN 2013
            "Canada planned to aid Cuba in 2015.",               // 2 AID      CAN→CUB 2015, intended
            "Canada sent aid to Cuba in April 2016.",            // 3 AID      CAN→CUB 2016-04
            "Canada once consulted Cuba.",                       // 4 CONSULT  CAN→CUB undated
            "Cuba once rejected Canada.");                       // 5 REJECT   CUB→CAN undated

    @TempDir
    static Path folder;

    private Repository store;
    private StoreTimelines timelines;
    private String hash;
    private long id;

    @BeforeAll
    void fill() {
        store = Stores.open(StoreLocation.folder(folder.resolve("dyad-data")));
        Ingested doc = Ingested.of(new Document("relations", TEXT, date("2024-07-01")), "relations.txt", records());
        store.write(doc);
        store.write(Ingested.of(new Document("cuba", CUBA, date("2024-07-01")), "cuba.txt", List.of(
                event("cuba", CUBA, 0, PloverType.SANCTION, "Canada", "CAN", "Cuba", "CUB", "2013", Modality.ASSERTED),
                event("cuba", CUBA, 1, PloverType.ACCUSE, "Cuba", "CUB", "Canada", "CAN", "2013", Modality.ASSERTED),
                event("cuba", CUBA, 2, PloverType.AID, "Canada", "CAN", "Cuba", "CUB", "2015", Modality.INTENDED),
                event("cuba", CUBA, 3, PloverType.AID, "Canada", "CAN", "Cuba", "CUB", "2016-04", Modality.ASSERTED),
                event("cuba", CUBA, 4, PloverType.CONSULT, "Canada", "CAN", "Cuba", "CUB", null, Modality.ASSERTED),
                event("cuba", CUBA, 5, PloverType.REJECT, "Cuba", "CUB", "Canada", "CAN", null, Modality.ASSERTED))));
        hash = doc.hash();
        id = store.document(hash).orElseThrow().info().id();
        timelines = StoreTimelines.over(store);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void bothDirectionsCountEveryMonthAndScoreOnlyAssertedEvents() {
        DyadTimeline t = timelines.timeline(TimelineQuery.of(Dyad.either("ven", "CAN")));

        assertThat(t.dyad()).isEqualTo(Dyad.either("VEN", "CAN"));
        assertThat(t.months()).containsExactly(
                new Month(YearMonth.of(2024, 3), Map.of(PloverType.SANCTION, 2L, PloverType.ACCUSE, 1L), -12.0),
                new Month(YearMonth.of(2024, 4), Map.of(), 0.0),
                new Month(YearMonth.of(2024, 5), Map.of(PloverType.THREATEN, 1L), 0.0),
                new Month(YearMonth.of(2024, 6), Map.of(PloverType.AGREE, 1L), 3.0));
    }

    @Test
    void oneDirectionCountsOnlyItsSourceToTarget() {
        DyadTimeline t = timelines.timeline(TimelineQuery.of(Dyad.ordered("CAN", "VEN")));

        assertThat(t.months()).extracting(Month::month, Month::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 3), -10.0),
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 4), 0.0),
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 5), 0.0),
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2024, 6), 3.0));
        assertThat(t.months().get(0).events()).isEqualTo(Map.of(PloverType.SANCTION, 2L));
        assertThat(timelines.timeline(TimelineQuery.of(Dyad.ordered("VEN", "CAN"))).months())
                .containsExactly(new Month(YearMonth.of(2024, 3), Map.of(PloverType.ACCUSE, 1L), -2.0));
    }

    @Test
    void theQuerysModalitiesTypesAndMonthsApply() {
        Dyad d = Dyad.either("CAN", "VEN");
        assertThat(timelines.timeline(TimelineQuery.of(d).withModalities(Set.of(Modality.NEGATED))).months())
                .containsExactly(new Month(YearMonth.of(2024, 5), Map.of(PloverType.THREATEN, 1L), 0.0));
        assertThat(timelines.timeline(TimelineQuery.of(d).withModalities(Set.of(Modality.ASSERTED))).months())
                .extracting(Month::score).containsExactly(-12.0, 0.0, 0.0, 3.0);
        assertThat(timelines.timeline(TimelineQuery.of(d).withTypes(Set.of(PloverType.AGREE))).months())
                .containsExactly(new Month(YearMonth.of(2024, 6), Map.of(PloverType.AGREE, 1L), 3.0));
        assertThat(timelines.timeline(TimelineQuery.of(d).between(YearMonth.of(2024, 4), YearMonth.of(2024, 5))).months())
                .extracting(Month::month).containsExactly(YearMonth.of(2024, 5));
        assertThat(timelines.timeline(TimelineQuery.of(Dyad.either("CAN", "MEX"))).months()).isEmpty();
    }

    @Test
    void yearsCountEventsDatedToTheYearWithoutGapsAndScoreOnlyAssertedOnes() {
        DyadTimeline t = timelines.timeline(TimelineQuery.of(Dyad.either("CAN", "CUB")));

        assertThat(t.months()).containsExactly(new Month(YearMonth.of(2016, 4), Map.of(PloverType.AID, 1L), 5.0));
        assertThat(t.years()).containsExactly(
                new Year(2013, Map.of(PloverType.SANCTION, 1L, PloverType.ACCUSE, 1L), -7.0),
                new Year(2014, Map.of(), 0.0),
                new Year(2015, Map.of(PloverType.AID, 1L), 0.0),
                new Year(2016, Map.of(PloverType.AID, 1L), 5.0));
        assertThat(t.undated()).isEqualTo(2);

        DyadTimeline one = timelines.timeline(TimelineQuery.of(Dyad.ordered("CUB", "CAN")));
        assertThat(one.years()).containsExactly(new Year(2013, Map.of(PloverType.ACCUSE, 1L), -2.0));
        assertThat(one.undated()).isEqualTo(1);
        // the years cover the months too
        assertThat(timelines.timeline(TimelineQuery.of(Dyad.either("CAN", "VEN"))).years()).containsExactly(
                new Year(2024, Map.of(PloverType.SANCTION, 2L, PloverType.ACCUSE, 1L, PloverType.THREATEN, 1L,
                        PloverType.AGREE, 1L), -9.0));
    }

    @Test
    void theQuerysModalitiesTypesAndMonthsApplyToTheYears() {
        Dyad d = Dyad.either("CAN", "CUB");
        DyadTimeline intended = timelines.timeline(TimelineQuery.of(d).withModalities(Set.of(Modality.INTENDED)));
        assertThat(intended.years()).containsExactly(new Year(2015, Map.of(PloverType.AID, 1L), 0.0));
        assertThat(intended.undated()).isZero();
        DyadTimeline asserted = timelines.timeline(TimelineQuery.of(d).withModalities(Set.of(Modality.ASSERTED)));
        assertThat(asserted.years()).extracting(Year::year, Year::score).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2013, -7.0), org.assertj.core.groups.Tuple.tuple(2014, 0.0),
                org.assertj.core.groups.Tuple.tuple(2015, 0.0), org.assertj.core.groups.Tuple.tuple(2016, 5.0));
        DyadTimeline rejections = timelines.timeline(TimelineQuery.of(d).withTypes(Set.of(PloverType.REJECT)));
        assertThat(rejections.years()).isEmpty();
        assertThat(rejections.undated()).isEqualTo(1);
        assertThat(timelines.timeline(TimelineQuery.of(d).between(YearMonth.of(2014, 1), YearMonth.of(2015, 12))).years())
                .containsExactly(new Year(2015, Map.of(PloverType.AID, 1L), 0.0));
    }

    @Test
    void bothDirectionsMakeBandsPerAttributeEachEndingAtTheNextChange() {
        List<Band> bands = timelines.timeline(TimelineQuery.of(Dyad.either("CAN", "VEN"))).bands();

        assertThat(bands).extracting(Band::attribute, Band::value, Band::from, Band::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("diplomatic_level", "none", LocalDate.of(2019, 1, 1), LocalDate.of(2024, 6, 1)),
                org.assertj.core.groups.Tuple.tuple("diplomatic_level", "embassy", LocalDate.of(2024, 6, 1), null),
                org.assertj.core.groups.Tuple.tuple("sanctions", "imposed", LocalDate.of(2017, 1, 1), LocalDate.of(2023, 5, 2)),
                org.assertj.core.groups.Tuple.tuple("sanctions", "eased", LocalDate.of(2023, 5, 2), null));
        // The band keeps the evidence of the change, not of the later restatement (record 6).
        assertEvidence(bands.get(2), 5, "Canada first imposed sanctions in 2017.");
        assertEvidence(bands.get(0), 7, "Venezuela recalled its ambassador in January 2019.");
        assertEvidence(bands.get(3), 8, "Canada eased the sanctions on 2 May 2023.");
    }

    @Test
    void oneDirectionTakesOnlyRelationsWhosePairIsInThatOrder() {
        List<Band> bands = timelines.timeline(TimelineQuery.of(Dyad.ordered("CAN", "VEN"))).bands();

        assertThat(bands).extracting(Band::attribute, Band::value, Band::from, Band::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple("diplomatic_level", "embassy", LocalDate.of(2024, 6, 1), null),
                org.assertj.core.groups.Tuple.tuple("sanctions", "imposed", LocalDate.of(2017, 1, 1), LocalDate.of(2023, 5, 2)),
                org.assertj.core.groups.Tuple.tuple("sanctions", "eased", LocalDate.of(2023, 5, 2), null));
        assertThat(timelines.timeline(TimelineQuery.of(Dyad.ordered("VEN", "CAN"))).bands())
                .extracting(Band::value, Band::to).containsExactly(org.assertj.core.groups.Tuple.tuple("none", null));
    }

    private void assertEvidence(Band band, int n, String sentence) {
        assertThat(band.evidence().documentHash()).isEqualTo(hash);
        assertThat(band.evidence().documentName()).isEqualTo("relations");
        assertThat(band.evidence().recordKey()).isEqualTo(id + "-" + n);
        assertThat(band.evidence().span().text()).isEqualTo(sentence);
        assertThat(TEXT.substring(band.evidence().span().start(), band.evidence().span().end())).isEqualTo(sentence);
    }

    private static List<Record> records() {
        List<Record> r = new ArrayList<>();
        r.add(event(0, PloverType.SANCTION, "Canada", "CAN", "Venezuela", "VEN", "2024-03", Modality.ASSERTED));
        r.add(event(1, PloverType.SANCTION, "Canada", "CAN", "Venezuela", "VEN", "2024-03-20", Modality.ASSERTED));
        r.add(event(2, PloverType.ACCUSE, "Venezuela", "VEN", "Canada", "CAN", "2024-03", Modality.ASSERTED));
        r.add(event(3, PloverType.THREATEN, "Canada", "CAN", "Venezuela", "VEN", "2024-05", Modality.NEGATED));
        r.add(event(4, PloverType.AGREE, "Canada", "CAN", "Venezuela", "VEN", "2024-06-11", Modality.ASSERTED));
        r.add(relation(5, "CAN", "VEN", Relation.SANCTIONS, "imposed", "2017"));
        r.add(relation(6, "CAN", "VEN", Relation.SANCTIONS, "imposed", "2019"));
        r.add(relation(7, "VEN", "CAN", Relation.DIPLOMATIC_LEVEL, "none", "2019-01"));
        r.add(relation(8, "CAN", "VEN", Relation.SANCTIONS, "eased", "2023-05-02"));
        r.add(relation(9, "CAN", "VEN", Relation.DIPLOMATIC_LEVEL, "embassy", "2024-06"));
        r.add(relation(10, "CAN", "VEN", Relation.RECOGNITION, "recognized", null));
        return r;
    }

    private static Span sentence(int n) {
        return sentence(TEXT, n);
    }

    private static Span sentence(String text, int n) {
        int start = 0;
        for (int i = 0; i < n; i++) {
            start = text.indexOf('.', start) + 2;
        }
        return Span.of(text, start, text.indexOf('.', start) + 1);
    }

    private static Event event(int n, PloverType type, String source, String sourceCountry, String target,
                               String targetCountry, String date, Modality modality) {
        return event("relations", TEXT, n, type, source, sourceCountry, target, targetCountry, date, modality);
    }

    private static Event event(String doc, String text, int n, PloverType type, String source, String sourceCountry, String target,
                               String targetCountry, String date, Modality modality) {
        Span s = sentence(text, n);
        Actor a = mention(s, source, sourceCountry);
        Actor b = mention(s, target, targetCountry);
        return new Event(doc, type, null, a, b, date(date), modality, s);
    }

    private static Actor mention(Span sentence, String word, String country) {
        int at = sentence.start() + sentence.text().indexOf(word);
        return new Actor(word, at, at + word.length(), "Government of " + word, country, null, Role.GOV);
    }

    private static Relation relation(int n, String a, String b, String attribute, String value, String date) {
        return new Relation("relations", List.of(a, b), attribute, value, date(date), sentence(n));
    }

    private static EventDate date(String value) {
        if (value == null) {
            return EventDate.UNKNOWN;
        }
        return new EventDate(value, switch (value.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        });
    }
}
