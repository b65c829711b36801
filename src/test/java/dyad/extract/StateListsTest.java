package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Event;
import dyad.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** "The four countries" stands for the last list of four states: names joined by commas and "and" only. */
@Tag("models")
class StateListsTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2024-06-01", Event.class);
    }

    @Test
    void theObjectAfterAListIsNotInTheList() {
        List<Event> events = events("Mali, Burkina Faso, Niger and Guinea suspended flights to Benin on Monday. "
                + "Ghana urged the four countries to restore the flights.");
        assertThat(events).filteredOn(e -> e.type() == PloverType.REQUEST)
                .extracting(e -> e.target().country())
                .containsExactlyInAnyOrder("MLI", "BFA", "NER", "GIN");
    }

    @Test
    void aListTheParseBreaksIsStillTheActsTargets() {
        assertThat(events("In March Algeria banned food imports from France, the EU, Spain and Italy."))
                .filteredOn(e -> e.type() == PloverType.SANCTION)
                .extracting(e -> e.target().country() != null ? e.target().country() : e.target().org())
                .containsExactlyInAnyOrder("FRA", "EUR", "ESP", "ITA");
    }

    @Test
    void aCommaWithoutAClosingAndEndsTheTarget() {
        assertThat(events("The EU imposed sanctions on Belarus, the bloc said on Monday."))
                .filteredOn(e -> e.type() == PloverType.SANCTION)
                .extracting(e -> e.target().country())
                .containsExactly("BLR");
    }
}
