package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Event;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A bare cue ("the army") stands for a state the document is about, not one named once in passing. */
@Tag("models")
class BareCuesTest {

    @Test
    void aCueOwnedInPassingDoesNotOwnItLater() {
        String text = "Benin's army held joint exercises with Togo in 2019. "
                + "France and Mali signed a defence pact in 2013. Paris kept troops in Mali for years, and Mali thanked France. "
                + "Niger hosted French troops too, and Niger backed Mali. "
                + "Relations deteriorated after the army seized power in 2020.";
        int seized = text.indexOf("army seized");
        assertThat(SharedModels.records(text, "2024-06-01", Event.class).stream()
                .filter(e -> e.source().start() != null && e.source().start() == seized))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.source().country()).isEqualTo("MLI"));
    }
}
