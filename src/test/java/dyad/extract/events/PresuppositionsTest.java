package dyad.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.PloverType;
import org.junit.jupiter.api.Test;

/** events/presupposed.tsv loads, and its rows name reversals the trigger lexicon can fire. */
class PresuppositionsTest {

    private final Presuppositions p = Presuppositions.load();

    @Test
    void liftingAndReopeningPresupposeAMeasureGrantingDoesNot() {
        assertThat(p.size()).isGreaterThanOrEqualTo(3);
        assertThat(p.applies(PloverType.CONCEDE, "ease_sanctions", "Lift")).isTrue();
        assertThat(p.applies(PloverType.RETREAT, "access", "reopen")).isTrue();
        assertThat(p.applies(PloverType.CONCEDE, "ease_sanctions", "grant")).isFalse();
        assertThat(p.applies(PloverType.AGREE, null, "end")).isFalse();
    }
}
