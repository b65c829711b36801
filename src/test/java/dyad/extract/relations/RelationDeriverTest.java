package dyad.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Relation;
import dyad.model.Role;
import dyad.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Relation states from hand-built events: which events imply which state of which pair. */
class RelationDeriverTest {

    private static final String DOC = "Canada imposed sanctions on Venezuela in 2017.";
    private static final Span EVIDENCE = Span.of(DOC, 0, DOC.length());
    private static final EventDate Y2017 = EventDate.year(2017);

    private static final Actor CANADA = new Actor("Canada", 0, 6, "Government of Canada", "CAN", null, Role.GOV);
    private static final Actor VENEZUELA = new Actor("Venezuela", 28, 37, "Government of Venezuela", "VEN", null, Role.GOV);

    private final RelationDeriver deriver = new RelationDeriver();

    private static Event event(PloverType type, String mode, Modality modality) {
        return event(CANADA, VENEZUELA, type, mode, modality, Y2017);
    }

    private static Event event(Actor source, Actor target, PloverType type, String mode, Modality modality, EventDate date) {
        return new Event("d.txt", type, mode, source, target, date, modality, EVIDENCE);
    }

    private List<Relation> derive(Event... events) {
        return deriver.derive(List.of(events));
    }

    /** "attribute=value" of the one relation derived from {@code e}, or "none". */
    private String stateOf(Event e) {
        List<Relation> out = derive(e);
        assertThat(out).hasSizeLessThanOrEqualTo(1);
        return out.isEmpty() ? "none" : out.get(0).attribute() + "=" + out.get(0).value();
    }

    @Test
    void imposedSanctionsAreASanctionsStateFromImposerToTarget() {
        List<Relation> out = derive(event(PloverType.SANCTION, "sanction", Modality.ASSERTED));
        assertThat(out).singleElement().satisfies(r -> {
            assertThat(r.doc()).isEqualTo("d.txt");
            assertThat(r.pair()).containsExactly("CAN", "VEN");
            assertThat(r.attribute()).isEqualTo(Relation.SANCTIONS);
            assertThat(r.value()).isEqualTo("imposed");
            assertThat(r.date()).isEqualTo(Y2017);
            assertThat(r.evidence()).isEqualTo(EVIDENCE);
        });
    }

    @Test
    void eachConventionOfTheRecordFormat() {
        assertThat(stateOf(event(PloverType.CONCEDE, "ease_sanctions", Modality.ASSERTED))).isEqualTo("sanctions=eased");
        assertThat(stateOf(event(PloverType.SUPPORT, "recognize", Modality.ASSERTED))).isEqualTo("recognition=recognized");
        assertThat(stateOf(event(PloverType.SUPPORT, "recognize", Modality.NEGATED))).isEqualTo("recognition=not_recognized");
        // Breaking ties, or seeking to restore them, says there are none.
        assertThat(stateOf(event(PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).isEqualTo("diplomatic_level=none");
        assertThat(stateOf(event(PloverType.SUPPORT, "diplomatic", Modality.INTENDED))).isEqualTo("diplomatic_level=none");
    }

    @Test
    void actsThatDidNotHappenOrSayNothingOfTheStateGiveNone() {
        assertThat(stateOf(event(PloverType.SANCTION, "sanction", Modality.HYPOTHETICAL))).isEqualTo("none");
        assertThat(stateOf(event(PloverType.SANCTION, "sanction", Modality.INTENDED))).isEqualTo("none");
        assertThat(stateOf(event(PloverType.SANCTION, "sanction", Modality.NEGATED))).isEqualTo("none");
        assertThat(stateOf(event(PloverType.SUPPORT, "recognize", Modality.INTENDED))).isEqualTo("none");
        assertThat(stateOf(event(PloverType.SUPPORT, "diplomatic", Modality.ASSERTED))).isEqualTo("none");
        assertThat(stateOf(event(PloverType.CONCEDE, "ease_sanctions", Modality.NEGATED))).isEqualTo("none");
        assertThat(stateOf(event(PloverType.SANCTION, null, Modality.ASSERTED))).isEqualTo("none");
        assertThat(stateOf(event(PloverType.ACCUSE, "disapprove", Modality.ASSERTED))).isEqualTo("none");
    }

    @Test
    void onlyStatesActingAsStatesHaveRelations() {
        Actor un = new Actor("the UN", 0, 6, "United Nations", null, "UNO", Role.IGO);
        Actor ngo = new Actor("Amnesty", 0, 7, "Amnesty International", "GBR", null, Role.CSO);
        Actor opposition = new Actor("the opposition", 0, 14, "Venezuelan opposition", "VEN", null, Role.OPP);
        Actor army = new Actor("the army", 0, 8, "Armed Forces of Venezuela", "VEN", null, Role.MIL);
        Actor ottawa = new Actor("Ottawa", 0, 6, "Government of Canada", "CAN", null, Role.GOV);
        Actor eu = new Actor("the EU", 0, 6, "European Union", null, "EUR", Role.IGO);
        Modality yes = Modality.ASSERTED;
        assertThat(derive(event(un, VENEZUELA, PloverType.SANCTION, "sanction", yes, Y2017))).isEmpty();
        assertThat(derive(event(eu, VENEZUELA, PloverType.SANCTION, "sanction", yes, Y2017))).isEmpty();
        assertThat(derive(event(ngo, VENEZUELA, PloverType.SANCTION, "sanction", yes, Y2017))).isEmpty();
        assertThat(derive(event(CANADA, opposition, PloverType.SUPPORT, "recognize", yes, Y2017))).isEmpty();
        // A country's own government and its capital are one state: no pair.
        assertThat(derive(event(ottawa, CANADA, PloverType.SANCTION, "diplomatic", yes, Y2017))).isEmpty();
        // The armed forces act for their state.
        assertThat(derive(event(CANADA, army, PloverType.SANCTION, "sanction", yes, Y2017)))
                .singleElement().extracting(Relation::pair).isEqualTo(List.of("CAN", "VEN"));
    }

    @Test
    void theSameStateAtTheSameDateIsKeptOnce() {
        Event first = event(PloverType.SANCTION, "sanction", Modality.ASSERTED);
        Event again = event(CANADA, VENEZUELA, PloverType.SANCTION, "sanction", Modality.ASSERTED, Y2017);
        Event later = event(CANADA, VENEZUELA, PloverType.SANCTION, "sanction", Modality.ASSERTED, EventDate.year(2019));
        Event reverse = event(VENEZUELA, CANADA, PloverType.SANCTION, "sanction", Modality.ASSERTED, Y2017);
        List<Relation> out = derive(first, again, later, reverse);
        assertThat(out).extracting(r -> r.pair() + " " + r.date().value())
                .containsExactly("[CAN, VEN] 2017", "[CAN, VEN] 2019", "[VEN, CAN] 2017");
    }

    @Test
    void anUndatedEventGivesAnUndatedState() {
        List<Relation> out = derive(event(CANADA, VENEZUELA, PloverType.SANCTION, "diplomatic", Modality.ASSERTED,
                EventDate.UNKNOWN));
        assertThat(out).singleElement().extracting(Relation::date).isEqualTo(EventDate.UNKNOWN);
    }
}
