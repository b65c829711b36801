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
 * A demand told as a noun its maker owns ("rejected Chile's demand", "at the request of Egypt")
 * is the owner's REQUEST, addressed to the one who rejects it, the clause's subject or the subject
 * of the demanded clause.
 */
@Tag("models")
class OwnedDemandsTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2024-06-01", Event.class);
    }

    private static List<org.assertj.core.groups.Tuple> dyads(String text) {
        return events(text).stream().map(e -> tuple(e.type(), e.source().country() != null ? e.source().country()
                : e.source().org(), e.target().country() != null ? e.target().country() : e.target().org())).toList();
    }

    static Stream<Arguments> rejectedDemands() {
        return Stream.of(
                Arguments.of("Peru rejected Chile's demand for an apology.", "CHL", "PER"),
                Arguments.of("Bolivia turned down a proposal by Paraguay to bring in mediators.", "PRY", "BOL"),
                Arguments.of("Senegal rejected Gambia's call for a ceasefire.", "GMB", "SEN"),
                Arguments.of("Chile's proposal was rejected by Argentina.", "CHL", "ARG"));
    }

    @ParameterizedTest
    @MethodSource("rejectedDemands")
    void aRejectedDemandIsTheOwnersRequestOfTheRejecter(String text, String owner, String rejecter) {
        assertThat(dyads(text)).contains(tuple(PloverType.REQUEST, owner, rejecter), tuple(PloverType.REJECT, rejecter, owner));
    }

    @Test
    void anUnownedDemandNamesNoRequester() {
        assertThat(dyads("Kenya rejected the proposal."))
                .noneMatch(t -> t.toList().get(0) == PloverType.REQUEST);
    }

    @Test
    void atTheRequestOfAStateItAskedTheClausesSubject() {
        assertThat(dyads("The Security Council met at the request of Kenya to discuss the crisis."))
                .contains(tuple(PloverType.REQUEST, "KEN", "UNO"));
        assertThat(dyads("Norway sent troops to Latvia at Estonia's request."))
                .contains(tuple(PloverType.REQUEST, "EST", "NOR"));
    }

    @Test
    void demandsFromStatesThatAnotherActAreAddressedToTheClausesSubject() {
        assertThat(dyads("Mongolia faced demands from Laos and Nepal that it close the mine."))
                .contains(tuple(PloverType.REQUEST, "LAO", "MNG"), tuple(PloverType.REQUEST, "NPL", "MNG"));
    }

    @Test
    void pressingAheadDespiteDemandsRejectsThem() {
        assertThat(dyads("Ghana pressed ahead with the dam despite demands from Togo."))
                .contains(tuple(PloverType.REQUEST, "TGO", "GHA"), tuple(PloverType.REJECT, "GHA", "TGO"));
    }
}
