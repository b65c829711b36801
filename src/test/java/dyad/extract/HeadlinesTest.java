package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A headline's verb after the name that opens it is read as a verb, not a plural noun, and in the
 * present; an act a present light verb carries ("maintains contact") happens as the text is written.
 */
@Tag("models")
class HeadlinesTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2024-06-01", Event.class);
    }

    @Test
    void aHeadlinesVerbActs() {
        assertThat(events("Chile downgrades ties with Bolivia over border row\n\nThe decision was announced on Monday."))
                .extracting(e -> e.type(), e -> e.mode(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.SANCTION, "diplomatic", "CHL", "BOL"));
        assertThat(events("Kenya orders two Somali diplomats out after border clash\n\nNairobi acted on Tuesday."))
                .extracting(e -> e.type(), e -> e.mode(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.SANCTION, "expel", "KEN", "SOM"));
    }

    @Test
    void aHeadlineToldInThePresentHappensOnTheWritingDay() {
        // the tagger reads "restore" after a pair of names as a base form; as the root with a subject it is present
        assertThat(events("Peru and Chile restore ties after long freeze\n\nThe envoys return next week."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.date().value())
                .contains(tuple(PloverType.SUPPORT, "PER", "2024-06-01"), tuple(PloverType.SUPPORT, "CHL", "2024-06-01"));
    }

    @Test
    void anActCarriedByAPresentLightVerbHappensOnTheWritingDay() {
        assertThat(events("Ghana maintains contact with both parties to the conflict, including Togo."))
                .filteredOn(e -> e.type() == PloverType.CONSULT)
                .extracting(e -> e.date().value()).isNotEmpty().containsOnly("2024-06-01");
    }
}
