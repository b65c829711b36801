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
import org.junit.jupiter.api.Test;

/** Sanctions states: imposed, eased, lifted and reimposed, from the event and the words of its sentence. */
class SanctionStatesTest {

    private static final RelationDeriver DERIVER = new RelationDeriver();
    private static final Modality YES = Modality.ASSERTED;

    private static Event imposed(String marked, EventDate date) {
        return event(marked, PloverType.SANCTION, "sanction", YES, date);
    }

    private static Event eased(String marked, EventDate date) {
        return event(marked, PloverType.CONCEDE, "ease_sanctions", YES, date);
    }

    private static List<String> states(Event... events) {
        return DERIVER.derive(List.of(events)).stream()
                .map(r -> r.pair() + " " + r.attribute() + "=" + r.value() + " " + r.date().value()).toList();
    }

    @Test
    void sanctionsRestoredOrReimposedAreReimposedFromImposerToTarget() {
        Event e = imposed("In March, [Washington:USA] moved to restore some sanctions on [Venezuela:VEN]'s oil sector.",
                EventDate.month(YearMonth.of(2024, 3)));
        List<Relation> out = DERIVER.derive(List.of(e));
        assertThat(out).singleElement().satisfies(r -> {
            assertThat(r.pair()).containsExactly("USA", "VEN");
            assertThat(r.attribute()).isEqualTo(Relation.SANCTIONS);
            assertThat(r.value()).isEqualTo("reimposed");
            assertThat(r.date()).isEqualTo(EventDate.month(YearMonth.of(2024, 3)));
            assertThat(r.evidence()).isEqualTo(e.evidence());
        });
        assertThat(states(imposed("[The EU:FRA] reimposed sanctions on [Iran:IRN].", EventDate.UNKNOWN)))
                .containsExactly("[FRA, IRN] sanctions=reimposed null");
        assertThat(states(imposed("[Washington:USA] let the sanctions on [Caracas:VEN] snap back.", EventDate.UNKNOWN)))
                .containsExactly("[USA, VEN] sanctions=reimposed null");
    }

    @Test
    void anEmbargoOrTradeBanImposesSanctions() {
        assertThat(states(event("[Ankara:TUR] halted all trade with [Israel:ISR].", PloverType.SANCTION, "embargo", YES,
                EventDate.year(2024)))).containsExactly("[TUR, ISR] sanctions=imposed 2024");
    }

    @Test
    void aWithdrawnTradePrivilegeIsASanctionEvenWhenReadAsAnEasing() {
        assertThat(states(eased("[Seoul:KOR] revoked the most-favoured-nation status of [Japan:JPN] in 2019.",
                EventDate.year(2019)))).containsExactly("[KOR, JPN] sanctions=imposed 2019");
    }

    @Test
    void anUndatedStateIsDroppedWhenItsSentenceDatesTheSameStateThroughAnotherAct() {
        String sentence = "In 2019 [Seoul:KOR] blacklisted [Japan:JPN] and it soon raised duties on Japanese goods.";
        Event dated = imposed(sentence, EventDate.year(2019));
        Event undated = imposed(sentence, EventDate.UNKNOWN);
        assertThat(states(undated, dated)).containsExactly("[KOR, JPN] sanctions=imposed 2019");
        // In another sentence, an undated state is another telling, kept.
        Event elsewhere = imposed("[Seoul:KOR] had sanctioned [Japan:JPN].", EventDate.UNKNOWN);
        assertThat(states(dated, elsewhere)).containsExactly("[KOR, JPN] sanctions=imposed 2019",
                "[KOR, JPN] sanctions=imposed null");
    }

    @Test
    void aThreatToReimposeBesideNewSanctionsLeavesThemImposed() {
        assertThat(states(imposed("[The U.S.:USA] imposed sanctions on [Venezuela:VEN] and threatened to reimpose "
                + "the oil embargo.", EventDate.year(2019))))
                .containsExactly("[USA, VEN] sanctions=imposed 2019");
    }

    @Test
    void sanctionsImposedAfterADatedEasingOfTheSamePairAreReimposed() {
        Event relief = eased("[Washington:USA] eased sanctions on [Venezuela:VEN] in 2022.", EventDate.year(2022));
        Event again = imposed("[Washington:USA] sanctioned [Venezuela:VEN] in April 2024.",
                EventDate.month(YearMonth.of(2024, 4)));
        assertThat(states(again, relief)).containsExactly(
                "[USA, VEN] sanctions=reimposed 2024-04", "[USA, VEN] sanctions=eased 2022");
    }

    @Test
    void sanctionsImposedAfterTheyWereLiftedAreReimposed() {
        Event lifted = eased("[Canada:CAN] lifted sanctions on [Iran:IRN] in February 2016.",
                EventDate.month(YearMonth.of(2016, 2)));
        Event again = imposed("[Canada:CAN] sanctioned [Iran:IRN] in 2019.", EventDate.year(2019));
        assertThat(states(lifted, again)).containsExactly(
                "[CAN, IRN] sanctions=lifted 2016-02", "[CAN, IRN] sanctions=reimposed 2019");
    }

    @Test
    void withoutAnOrderOfDatesOrWithAnotherPairSanctionsStayImposed() {
        Event relief = eased("[Washington:USA] eased sanctions on [Venezuela:VEN].", EventDate.UNKNOWN);
        Event sameYear = eased("[Washington:USA] eased sanctions on [Venezuela:VEN] in 2019.", EventDate.year(2019));
        Event undated = imposed("[The U.S.:USA] hit [Venezuela:VEN] with sanctions.", EventDate.UNKNOWN);
        Event dated = imposed("[The U.S.:USA] sanctioned [Venezuela:VEN] in May 2019.",
                EventDate.month(YearMonth.of(2019, 5)));
        Event otherPair = imposed("[Canada:CAN] sanctioned [Venezuela:VEN] in 2023.", EventDate.year(2023));
        assertThat(states(relief, sameYear, undated, dated, otherPair)).containsExactly(
                "[USA, VEN] sanctions=eased null", "[USA, VEN] sanctions=eased 2019",
                "[USA, VEN] sanctions=imposed null", "[USA, VEN] sanctions=imposed 2019-05",
                "[CAN, VEN] sanctions=imposed 2023");
    }

    @Test
    void sanctionsLiftedWholeAreLiftedAndInPartEased() {
        Event lifted = eased("[The United States:USA] lifted sanctions on [Cuba:CUB] in 2016.", EventDate.year(2016));
        assertThat(DERIVER.derive(List.of(lifted))).singleElement().satisfies(r -> {
            assertThat(r.pair()).containsExactly("USA", "CUB");
            assertThat(r.value()).isEqualTo("lifted");
            assertThat(r.date()).isEqualTo(EventDate.year(2016));
            assertThat(r.evidence()).isEqualTo(lifted.evidence());
        });
        assertThat(states(eased("[Washington:USA] lifted some sanctions on [Caracas:VEN].", EventDate.UNKNOWN)))
                .containsExactly("[USA, VEN] sanctions=eased null");
        assertThat(states(eased("[Washington:USA] temporarily lifted sanctions on [Caracas:VEN].", EventDate.UNKNOWN)))
                .containsExactly("[USA, VEN] sanctions=eased null");
        assertThat(states(eased("[Washington:USA] suspended sanctions on [Caracas:VEN].", EventDate.UNKNOWN)))
                .containsExactly("[USA, VEN] sanctions=eased null");
        assertThat(states(eased("[Washington:USA] eased sanctions on [Caracas:VEN] and may lift them in May.",
                EventDate.UNKNOWN))).containsExactly("[USA, VEN] sanctions=eased null");
    }

    @Test
    void ofTwoSanctionsActsInOneSentenceEachEventTakesTheOneNextToItsActor() {
        assertThat(states(imposed("[Canada:CAN] imposed sanctions on [Venezuela:VEN], and the U.S. reimposed its own.",
                EventDate.UNKNOWN))).containsExactly("[CAN, VEN] sanctions=imposed null");
        assertThat(states(imposed("Canada imposed sanctions, and [the U.S.:USA] reimposed its own on [Venezuela:VEN].",
                EventDate.UNKNOWN))).containsExactly("[USA, VEN] sanctions=reimposed null");
        assertThat(states(eased("[Washington:USA] eased sanctions on [Caracas:VEN] while Brussels lifted its own.",
                EventDate.UNKNOWN))).containsExactly("[USA, VEN] sanctions=eased null");
    }
}
