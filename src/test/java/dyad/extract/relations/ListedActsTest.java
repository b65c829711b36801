package dyad.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Actor;
import dyad.model.EventDate;
import dyad.model.Relation;
import dyad.model.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acts told of lists of states, read from the sentence: each listed actor on each listed target. */
class ListedActsTest {

    private static final RelationDeriver DERIVER = new RelationDeriver();
    private static final EventDate WRITTEN = EventDate.day(LocalDate.of(2024, 5, 2));

    /** "[A, B] attribute=value" of the acts read from a marked sentence ({@code [text:ISO3]}, {@code [text:EUR/IGO]}). */
    private static List<String> listed(String marked) {
        MarkedEvent.Marked read = MarkedEvent.mentions(marked);
        List<Actor> actors = read.actors();
        String text = read.text();
        StateClock clock = (offset, present) -> present ? WRITTEN : EventDate.UNKNOWN;
        return DERIVER.listedIn("d.txt", Span.of(text, 0, text.length()), actors, clock).stream()
                .map(r -> r.pair() + " " + r.attribute() + "=" + r.value()).toList();
    }

    @Test
    void eachListedStateRecallsItsEnvoyFromTheHost() {
        assertThat(listed("[Ghana:GHA] and [Senegal:SEN] recalled their ambassadors from [Bamako:MLI] that week."))
                .containsExactly("[GHA, MLI] diplomatic_level=chargé", "[SEN, MLI] diplomatic_level=chargé");
    }

    @Test
    void eachListedStateBreaksOffTiesWithEachListedTarget() {
        assertThat(listed("[Chad:TCD] and [Niger:NER] broke off relations with [Benin:BEN] and [Togo:TGO] in May."))
                .containsExactly("[TCD, BEN] diplomatic_level=none", "[TCD, TGO] diplomatic_level=none",
                        "[NER, BEN] diplomatic_level=none", "[NER, TGO] diplomatic_level=none");
    }

    @Test
    void aBanOnImportsFromAListIsSanctionsOnEachStateInIt() {
        assertThat(listed("[Beijing:CHN] answered in June with a ban on fruit imports from [Japan:JPN], the [EU:EUR/IGO] "
                + "and [South Korea:KOR]."))
                .containsExactly("[CHN, JPN] sanctions=imposed", "[CHN, KOR] sanctions=imposed");
    }

    @Test
    void aClosedBorderOrBarredFlightsAreSanctionsOnTheStateNamedWithThem() {
        assertThat(listed("That day [Kenya:KEN] closed [Somalia:SOM]'s land border and [Djibouti:DJI] barred [Somali:SOM] flights."))
                .containsExactly("[KEN, SOM] sanctions=imposed", "[DJI, SOM] sanctions=imposed");
        // The actor's own envoys are no target.
        assertThat(listed("[Ghana:GHA] recalled [its:GHA] ambassador.")).isEmpty();
    }

    @Test
    void demandsThreatsDenialsAndPurposesAreNoActs() {
        assertThat(listed("[Kenya:KEN] demanded that [Uganda:UGA] recall its ambassador from [Nairobi:KEN]."))
                .isEmpty();
        assertThat(listed("[Chad:TCD] did not break off relations with [Sudan:SDN]."))
                .isEmpty();
        assertThat(listed("The assembly urged [Malawi:MWI] to suspend all diplomatic relations with [Zambia:ZMB]."))
                .isEmpty();
        assertThat(listed("[Fiji:FJI] may impose a ban on imports from [Tonga:TON]."))
                .isEmpty();
        assertThat(listed("[Ankara:TUR] suspended high-level diplomatic relations with [Vienna:AUT]."))
                .isEmpty();
    }

    @Test
    void theSentencesEventsWinForThePairsTheyCover() {
        String text = "Ghana and Senegal recalled their ambassadors from Bamako.";
        Span evidence = Span.of(text, 0, text.length());
        Relation fromEvents = new Relation("d.txt", List.of("GHA", "MLI"), Relation.DIPLOMATIC_LEVEL, "none",
                EventDate.UNKNOWN, evidence);
        Relation ghana = new Relation("d.txt", List.of("GHA", "MLI"), Relation.DIPLOMATIC_LEVEL, "chargé",
                EventDate.UNKNOWN, evidence);
        Relation senegal = new Relation("d.txt", List.of("SEN", "MLI"), Relation.DIPLOMATIC_LEVEL, "chargé",
                EventDate.UNKNOWN, evidence);
        assertThat(DERIVER.derive(List.of(), List.of(fromEvents), List.of(ghana, senegal), java.util.Map.of(), WRITTEN))
                .containsExactly(fromEvents, senegal);
    }
}
