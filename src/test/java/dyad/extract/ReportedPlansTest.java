package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.Modality;
import dyad.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** "Announced that it would …" reports a plan (intended); a "would" under a condition stays hypothetical. */
@Tag("models")
class ReportedPlansTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2021-06-01", Event.class);
    }

    @Test
    void aReportedWouldIsAnAnnouncedPlan() {
        assertThat(events("On August 7 Islamabad announced that it would downgrade diplomatic relations with India."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country(), e -> e.modality())
                .containsExactly(tuple(PloverType.SANCTION, "PAK", "IND", Modality.INTENDED));
    }

    @Test
    void aConditionalWouldStaysHypothetical() {
        assertThat(events("Peru said it would expel the Chilean ambassador if Santiago did not apologise."))
                .filteredOn(e -> e.type() == PloverType.SANCTION)
                .extracting(e -> e.modality()).containsExactly(Modality.HYPOTHETICAL);
    }
}
