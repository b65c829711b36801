package dyad.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Actor;
import dyad.model.EventDate;
import dyad.model.Relation;
import dyad.model.Role;
import dyad.model.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diplomatic levels a sentence states, read from its cue words and the states it names. */
class StatedRelationsTest {

    private static final RelationDeriver DERIVER = new RelationDeriver();
    private static final EventDate WRITTEN = EventDate.day(LocalDate.of(2024, 5, 2));
    private static final EventDate EXPLICIT = EventDate.year(2021);

    /**
     * States read from a marked sentence ({@code [text:ISO3]} or {@code [text:ISO3/ROLE]}), each as
     * "[A, B] value date"; the clock gives the document date for the present, else 2021 when the
     * sentence names a year, else unknown.
     */
    private static List<String> stated(String marked, String... mainPair) {
        MarkedEvent.Marked read = MarkedEvent.mentions(marked);
        List<Actor> actors = read.actors();
        String text = read.text();
        StateClock clock = (offset, present) -> present ? WRITTEN : text.matches(".*\\b20\\d\\d\\b.*") ? EXPLICIT
                : EventDate.UNKNOWN;
        List<Relation> found = DERIVER.statedIn("d.txt", Span.of(text, 0, text.length()), actors, List.of(mainPair), clock);
        return found.stream().map(r -> {
            assertThat(r.attribute()).isEqualTo(Relation.DIPLOMATIC_LEVEL);
            assertThat(r.evidence().text()).isEqualTo(text);
            return r.pair() + " " + r.value() + " " + r.date().value();
        }).toList();
    }

    @Test
    void aMissionRunByAChargéIsTheOwnersChargéLevelInTheHost() {
        assertThat(stated("[Chile's embassy in:CHL] [Lima:PER] has since been run by a chargé d'affaires."))
                .containsExactly("[CHL, PER] chargé 2024-05-02");
        assertThat(stated("The [Ghanaian:GHA] Embassy in [Lomé:TGO] is headed by a chargé d’affaires."))
                .containsExactly("[GHA, TGO] chargé 2024-05-02");
        assertThat(stated("[Spain:ESP]’s chargé d’affaires would remain in [Caracas:VEN], the ministry said."))
                .containsExactly("[ESP, VEN] chargé 2024-05-02");
    }

    @Test
    void bothMissionsAreBothSidesOfTheTwoStatesNamedOrOfTheDocumentsPair() {
        assertThat(stated("For now, both missions will be run by chargés d’affaires, one in [Rabat:MAR] and one in [Algiers:DZA]."))
                .containsExactly("[MAR, DZA] chargé 2024-05-02", "[DZA, MAR] chargé 2024-05-02");
        assertThat(stated("Since then, both embassies have been headed by chargés d’affaires.", "KEN", "SOM"))
                .containsExactly("[KEN, SOM] chargé 2024-05-02", "[SOM, KEN] chargé 2024-05-02");
        // Without a pair, "both" names no one.
        assertThat(stated("Since then, both embassies have been headed by chargés d’affaires.")).isEmpty();
    }

    @Test
    void aChargéWithoutAnOwnerAndHostNamedGivesNothing() {
        assertThat(stated("The embassy in [Ankara:TUR] is being run by a chargé d’affaires.")).isEmpty();
        assertThat(stated("[Norway:NOR] named a chargé d'affaires.")).isEmpty();
    }

    @Test
    void statesWithNoTiesHaveNoneBothWays() {
        assertThat(stated("[Bhutan:BTN] and [China:CHN] have no diplomatic relations, and talks have stalled."))
                .containsExactly("[BTN, CHN] none 2024-05-02", "[CHN, BTN] none 2024-05-02");
        assertThat(stated("The two countries have never had diplomatic relations; [Swiss:CHE] diplomats relay messages.",
                "USA", "IRN")).containsExactly("[USA, IRN] none 2024-05-02", "[IRN, USA] none 2024-05-02");
        // Three states in the clause: which two is not said.
        assertThat(stated("[Bhutan:BTN], [India:IND] and [China:CHN] have no diplomatic relations.")).isEmpty();
    }

    @Test
    void aStatesInterestsLookedAfterByAThirdStatesMissionAreTheInterestsLevel() {
        assertThat(stated("[Swiss:CHE] diplomats in [Tehran:IRN] represent [U.S.:USA] interests there."))
                .containsExactly("[USA, IRN] interests 2024-05-02");
        assertThat(stated("[Italy:ITA]'s embassy in [Damascus:SYR] now looks after [Canadian:CAN] interests."))
                .containsExactly("[CAN, SYR] interests 2024-05-02");
    }

    @Test
    void headsOfMissionBackAtTheirPostsAreTheEmbassyLevel() {
        assertThat(stated("[Qatar:QAT] and [Oman:OMN] had already returned their ambassadors to [Cairo:EGY] in 2021."))
                .containsExactly("[QAT, EGY] embassy 2021", "[OMN, EGY] embassy 2021");
        assertThat(stated("A year on, ambassadors are back in both capitals.", "ARM", "TUR"))
                .containsExactly("[ARM, TUR] embassy 2024-05-02", "[TUR, ARM] embassy 2024-05-02");
        // A demand to return them is not their return.
        assertThat(stated("[Serbia:SRB] and [Croatia:HRV] should return their ambassadors to each other's capitals."))
                .isEmpty();
    }

    @Test
    void theDocumentsPairIsItsTwoMostNamedStates() {
        Actor fra = new Actor("France", 0, 6, "Government of France", "FRA", null, Role.GOV);
        Actor mli = new Actor("Mali", 0, 4, "Government of Mali", "MLI", null, Role.GOV);
        Actor people = new Actor("Nigeriens", 0, 9, "Niger", "NER", null, Role.CVL);
        assertThat(RelationDeriver.mainPair(List.of(fra, mli, fra, people, mli, people, people, fra)))
                .containsExactly("FRA", "MLI");
        assertThat(RelationDeriver.mainPair(List.of(fra, fra, mli))).isEmpty();
    }
}
