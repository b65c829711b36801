package dyad.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

    @Test
    void dateValueMustFitItsPrecision() {
        assertThat(new EventDate("2026-01-03", Precision.DAY).firstDay()).hasToString("2026-01-03");
        assertThat(EventDate.year(2017).value()).isEqualTo("2017");
        assertThatThrownBy(() -> new EventDate("2026-01", Precision.DAY))
                .hasMessage("date value '2026-01' does not fit precision day");
        assertThatThrownBy(() -> new EventDate("2017", Precision.UNKNOWN))
                .hasMessageContaining("does not fit precision unknown");
    }

    @Test
    void spanTextMustMatchOffsets() {
        String doc = "Canada imposed sanctions.";
        assertThat(Span.of(doc, 0, 6).text()).isEqualTo("Canada");
        assertThatThrownBy(() -> new Span("Canad", 0, 6)).hasMessageContaining("[0, 6)");
    }

    @Test
    void actorNeedsIso3AndPairedOffsets() {
        assertThatThrownBy(() -> new Actor("Canada", 0, 6, "Government of Canada", "CA", null, Role.GOV))
                .hasMessageContaining("ISO 3166-1 alpha-3");
        assertThatThrownBy(() -> new Actor("Canada", 0, null, "Government of Canada", "CAN", null, Role.GOV))
                .hasMessage("actor offsets come in pairs");
        Actor implicit = new Actor("Canada", 0, 6, "Government of Canada", "CAN", null, Role.GOV).implicit();
        assertThat(implicit.mentioned()).isFalse();
        assertThat(implicit.text()).isNull();
    }

    @Test
    void eventNeedsOneMentionedParticipant() {
        Actor can = new Actor(null, null, null, "Government of Canada", "CAN", null, Role.GOV);
        Span s = Span.of("x", 0, 1);
        assertThatThrownBy(() -> new Event("d", PloverType.SANCTION, null, can, can, EventDate.UNKNOWN,
                Modality.ASSERTED, s)).hasMessage("event needs at least one mentioned participant");
    }

    @Test
    void relationValuesAreCheckedPerAttribute() {
        assertThatThrownBy(() -> new Relation("d", List.of("CAN", "VEN"), "sanctions", "embassy", EventDate.UNKNOWN,
                Span.of("x", 0, 1))).hasMessageContaining("relation sanctions cannot be 'embassy'");
        assertThatThrownBy(() -> new Relation("d", List.of("CAN", "CAN"), "recognition", "recognized",
                EventDate.UNKNOWN, Span.of("x", 0, 1))).hasMessageContaining("two different states");
    }
}
