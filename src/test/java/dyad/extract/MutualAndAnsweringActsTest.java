package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two states that fight or clash do it to each other; a state that "answered with" a measure
 * took that measure.
 */
@Tag("models")
class MutualAndAnsweringActsTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2021-06-01", Event.class);
    }

    @Test
    void twoStatesThatFoughtAWarAttackedEachOther() {
        assertThat(events("Peru and Ecuador fought a border war in 1995."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country(), e -> e.date().value())
                .containsExactlyInAnyOrder(tuple(PloverType.ASSAULT, "PER", "ECU", "1995"),
                        tuple(PloverType.ASSAULT, "ECU", "PER", "1995"));
    }

    @Test
    void aMediatorMeetsEachSideNotTheSidesEachOther() {
        assertThat(events("Qatar mediated between Hamas and Israel in May."))
                .extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple(PloverType.CONSULT, "QAT", "PSE"), tuple(PloverType.CONSULT, "QAT", "ISR"));
    }

    @Test
    void routedIsAnAttackWhateverTheTaggersLemma() {
        assertThat(events("Ugandan troops routed the Congolese rebels in Ituri."))
                .extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.ASSAULT, "UGA", "COD"));
    }

    @Test
    void foughtWithAnObjectIsAimedAtTheObjectOnly() {
        assertThat(events("Uganda and Kenya fought the rebels near the border in March."))
                .filteredOn(e -> e.type() == PloverType.ASSAULT)
                .extracting(e -> e.source().country(), e -> e.target().role().name())
                .containsExactlyInAnyOrder(tuple("UGA", "OPP"), tuple("KEN", "OPP"));
    }

    @Test
    void aStateThatAnsweredWithABanImposedIt() {
        assertThat(events("Moscow answered in August with a ban on food imports from Norway."))
                .extracting(e -> e.type(), e -> e.mode(), e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.SANCTION, "embargo", "RUS", "NOR"));
    }

    @Test
    void eachSideBlamingTheOtherIsAnAccusationEachWay() {
        List<Event> events = events("Eritrea and Djibouti clashed on the border on Sunday. "
                + "Both sides accused each other of starting the fighting. Each side blamed the other for the deaths.");
        assertThat(events).filteredOn(e -> e.type() == PloverType.ACCUSE)
                .extracting(e -> e.evidence().text().substring(0, 4), e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple("Both", "ERI", "DJI"), tuple("Both", "DJI", "ERI"),
                        tuple("Each", "ERI", "DJI"), tuple("Each", "DJI", "ERI"));
    }
}
