package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.PloverType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A second act a sentence tells besides its main one: the act an accusation or praise names
 * ("accused Iran of arming …"), and the acts a reversal or a demand presupposes ("lifted the
 * tariffs it had imposed on …", "release the detained journalists").
 */
@Tag("models")
class SecondActsTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2024-06-01", Event.class);
    }

    static Stream<Arguments> actsOfTheAccused() {
        return Stream.of(
                Arguments.of("Sweden accused Iran of arming the Houthi rebels.", PloverType.AID, "IRN", "YEM"),
                Arguments.of("Oslo accused Moscow of shelling Ukrainian cities.", PloverType.ASSAULT, "RUS", "UKR"),
                Arguments.of("Chile thanked Peru for sending aid to Bolivia.", PloverType.AID, "PER", "BOL"));
    }

    @ParameterizedTest
    @MethodSource("actsOfTheAccused")
    void theGerundAfterTheObjectIsTheObjectsAct(String text, PloverType type, String source, String target) {
        assertThat(events(text)).extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .contains(tuple(type, source, target))
                .doesNotContain(tuple(type, events(text).get(0).source().country(), target));
    }

    @Test
    void aVerbMisreadAsTheGerundsConjunctKeepsTheSubject() {
        assertThat(events("Ghana blamed Togo for sheltering the rebels and promised a response."))
                .extracting(Event::type, e -> e.source().country())
                .doesNotContain(tuple(PloverType.THREATEN, "TGO"));
    }

    @Test
    void theWrongChargedIsNoSecondAccusation() {
        assertThat(events("Mexico accused Ecuador of violating the Vienna Convention."))
                .extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.ACCUSE, "MEX", "ECU"));
    }
}
