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

    @Test
    void aBodysCueOwnedByAStateIsThatStatesPartNotTheBody() {
        String text = "A first unit of Nepalese peacekeeping troops arrived in Liberia on Monday, and Nepalese "
                + "rapporteurs visited Monrovia in March.";
        assertThat(SharedModels.records(text, "2024-06-01", Event.class)).isNotEmpty().allSatisfy(e -> {
            for (var actor : java.util.List.of(e.source(), e.target())) {
                if (actor.role() == dyad.model.Role.IGO) {
                    assertThat(actor.org()).as("an IGO actor names its body: " + actor).isNotNull();
                }
            }
        });
        assertThat(SharedModels.records(text, "2024-06-01", Event.class)).anySatisfy(e -> {
            assertThat(e.source().text()).isEqualTo("Nepalese peacekeeping troops");
            assertThat(e.source().country()).isEqualTo("NPL");
            assertThat(e.source().role()).isEqualTo(dyad.model.Role.MIL);
        });
    }

    @Test
    void policeWithoutADeterminerIsTheStatesPolice() {
        String text = "Uganda's president addressed the nation on Monday. "
                + "In March, police arrested dozens of opposition supporters in Kampala.";
        int police = text.indexOf("police");
        assertThat(SharedModels.records(text, "2024-06-01", Event.class))
                .filteredOn(e -> e.type() == dyad.model.PloverType.COERCE)
                .anySatisfy(e -> {
                    assertThat(e.source().start()).isEqualTo(police);
                    assertThat(e.source().country()).isEqualTo("UGA");
                    assertThat(e.source().role()).isEqualTo(dyad.model.Role.MIL);
                });
    }

    @Test
    void policeModifyingANounIsNoBody() {
        String text = "Chad's president spoke on Monday. Gunmen attacked a police station in N'Djamena.";
        int police = text.indexOf("police");
        assertThat(SharedModels.records(text, "2024-06-01", Event.class))
                .noneSatisfy(e -> assertThat(e.target().start()).isEqualTo(police));
    }
}
