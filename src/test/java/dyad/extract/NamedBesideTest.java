package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An act that names no target of its own is aimed at the other state its sentence names as a
 * party, before any guess from the rest of the document; venues, the doers' own list and pronouns
 * are not such parties.
 */
@Tag("models")
class NamedBesideTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2024-06-01", Event.class);
    }

    @Test
    void aDemandWithNoObjectGoesToTheStateTheSentenceAccused() {
        assertThat(events("Argentina raised tariffs on Brazilian steel in March. "
                + "Vietnam accused China of violating its waters, and Hanoi demanded compensation."))
                .extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.REQUEST, "VNM", "CHN"))
                .doesNotContain(tuple(PloverType.REQUEST, "VNM", "ARG"), tuple(PloverType.REQUEST, "VNM", "BRA"));
    }

    @Test
    void theDoersOwnListIsNoTarget() {
        assertThat(events("Russia annexed Crimea in March. Norway, Canada and Britain announced new sanctions."))
                .extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.SANCTION, "NOR", "RUS"), tuple(PloverType.SANCTION, "GBR", "RUS"))
                .doesNotContain(tuple(PloverType.SANCTION, "NOR", "CAN"), tuple(PloverType.SANCTION, "GBR", "NOR"));
    }

    @Test
    void aVenueIsNoTarget() {
        assertThat(events("Ghana accused Togo of sheltering rebels. In Beijing, Ghana demanded their extradition."))
                .extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.REQUEST, "GHA", "TGO"))
                .doesNotContain(tuple(PloverType.REQUEST, "GHA", "CHN"));
    }
}
