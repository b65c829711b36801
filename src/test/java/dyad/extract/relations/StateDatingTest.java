package dyad.extract.relations;

import static dyad.extract.relations.MarkedEvent.event;
import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Relation;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a derived state holds: the event's date, else the document date for states told in the present. */
class StateDatingTest {

    private static final RelationDeriver DERIVER = new RelationDeriver();
    private static final EventDate WRITTEN = EventDate.month(YearMonth.of(2024, 1));

    private static String dateOf(Event e) {
        List<Relation> out = DERIVER.derive(List.of(e), WRITTEN);
        assertThat(out).hasSize(1);
        return out.get(0).date().value();
    }

    private static Event eased(String marked) {
        return event(marked, PloverType.CONCEDE, "ease_sanctions", Modality.ASSERTED, EventDate.UNKNOWN);
    }

    @Test
    void aStateToldInThePresentOrPresentPerfectHoldsAtTheDocumentDate() {
        Event e = eased("[The United States:USA] has suspended sanctions on oil from [Venezuela:VEN].");
        assertThat(DERIVER.derive(List.of(e), WRITTEN)).singleElement().satisfies(r -> {
            assertThat(r.pair()).containsExactly("USA", "VEN");
            assertThat(r.value()).isEqualTo("eased");
            assertThat(r.date()).isEqualTo(WRITTEN);
            assertThat(r.evidence()).isEqualTo(e.evidence());
        });
        assertThat(dateOf(event("[Canada:CAN] is seeking to restore ties with [Venezuela:VEN].",
                PloverType.SUPPORT, "diplomatic", Modality.INTENDED, EventDate.UNKNOWN))).isEqualTo("2024-01");
        assertThat(dateOf(event("[The government:CAN] still refuses to recognize [Maduro:VEN] as president.",
                PloverType.SUPPORT, "recognize", Modality.NEGATED, EventDate.UNKNOWN))).isEqualTo("2024-01");
    }

    @Test
    void anAdverbOfThePresentCountsBeforeTheActor() {
        assertThat(dateOf(eased("Now, [Washington:USA] announced sanctions relief for [Venezuela:VEN].")))
                .isEqualTo("2024-01");
        assertThat(dateOf(event("We have recently seen [Washington:USA] move to restore sanctions on [Venezuela:VEN].",
                PloverType.SANCTION, "sanction", Modality.ASSERTED, EventDate.UNKNOWN))).isEqualTo("2024-01");
    }

    @Test
    void aTradeBanToldInThePresentPerfectHoldsAtTheDocumentDate() {
        assertThat(dateOf(event("[Turkish authorities:TUR] have in recent weeks suspended grain imports from [Ukraine:UKR].",
                PloverType.SANCTION, "embargo", Modality.ASSERTED, EventDate.UNKNOWN))).isEqualTo("2024-01");
    }

    @Test
    void anUndatedActToldInThePastTakesTheDateItsSentenceNames() {
        Event e = eased("In March, Ankara released the pilots, and [Moscow:RUS] eased curbs on [Turkish:TUR] fruit.");
        EventDate march = EventDate.month(YearMonth.of(2023, 3));
        List<Relation> out = DERIVER.derive(List.of(e), List.of(), List.of(), Map.of(e.evidence().start(), march), WRITTEN);
        assertThat(out).singleElement().satisfies(r -> assertThat(r.date()).isEqualTo(march));
    }

    @Test
    void anActDatedAtTheWritingInASentenceNamingAnEarlierDateTakesThatDate() {
        // "freezes" read as a present verb put the act at the writing; the sentence says 2019.
        Event e = event("In May 2019 [Canada:CAN] imposed asset freezes on [Saudi:SAU] officials.",
                PloverType.SANCTION, "sanction", Modality.ASSERTED, WRITTEN);
        EventDate may = EventDate.month(YearMonth.of(2019, 5));
        List<Relation> out = DERIVER.derive(List.of(e), List.of(), List.of(), Map.of(e.evidence().start(), may), WRITTEN);
        assertThat(out).singleElement().satisfies(r -> assertThat(r.date()).isEqualTo(may));
    }

    @Test
    void aStateBroughtAboutIsNeverDatedAfterTheWriting() {
        // "next year's election" dates no suspension: told in the present perfect, it holds at the writing.
        Event e = event("[Washington:USA] has suspended sanctions on [Venezuela:VEN] ahead of next year's election.",
                PloverType.CONCEDE, "ease_sanctions", Modality.ASSERTED, EventDate.year(2025));
        assertThat(dateOf(e)).isEqualTo("2024-01");
    }

    @Test
    void aStateToldInThePlainPastHasNoDate() {
        assertThat(dateOf(eased("[The U.S.:USA] granted sanctions “carve-outs” to firms in [Venezuela:VEN].")))
                .isNull();
        assertThat(dateOf(event("[Ottawa:CAN] expelled the ambassador of [Venezuela:VEN].",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED, EventDate.UNKNOWN))).isNull();
    }

    @Test
    void aPresentVerbOfSomeoneElseBeforeTheStateDoesNotDateIt() {
        assertThat(dateOf(event("People who have suffered from sanctions imposed by [the U.S.:USA] on [Venezuela:VEN].",
                PloverType.SANCTION, "sanction", Modality.ASSERTED, EventDate.UNKNOWN))).isNull();
    }

    @Test
    void anExplicitEarlierTimeFrameKeepsThePresentFromDatingIt() {
        assertThat(dateOf(event("[Ottawa:CAN] released a document last fall stating that it is seeking to restore "
                + "ties with [Venezuela:VEN].", PloverType.SUPPORT, "diplomatic", Modality.INTENDED, EventDate.UNKNOWN)))
                .isNull();
    }

    @Test
    void aDatedEventDatesItsStateAndAnUndatedDocumentDatesNothing() {
        Event dated = event("[Canada:CAN] has sanctioned [Venezuela:VEN] since 2017.",
                PloverType.SANCTION, "sanction", Modality.ASSERTED, EventDate.year(2017));
        assertThat(dateOf(dated)).isEqualTo("2017");
        Event present = eased("[The United States:USA] has suspended sanctions on [Venezuela:VEN].");
        assertThat(DERIVER.derive(List.of(present))).singleElement()
                .extracting(Relation::date).isEqualTo(EventDate.UNKNOWN);
    }
}
