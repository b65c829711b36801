package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Event;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Mentions whose state is not written beside them: offices with an "of" phrase, first-person owners, a body's organs,
 * people placed by where their sentence happens.
 */
@Tag("models")
class UnplacedMentionsTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2024-06-01", Event.class);
    }

    @Test
    void anOfficeWithAnOfPhraseBeforeANameIsOnePerson() {
        String director = "Kenya's foreign ministry thanked Japan. "
                + "Director of Public Prosecutions Amina Odhiambo met Tanzania's attorney general in Dodoma.";
        assertThat(events(director)).anySatisfy(e ->
                assertThat(e.source().text()).isEqualTo("Director of Public Prosecutions Amina Odhiambo"));
    }

    @Test
    void peopleOfNoStateAreOfThePlaceTheirSentenceHappensIn() {
        String text = "Egypt summoned Sweden's ambassador on Monday. "
                + "Protesters burned flags outside the embassy of Denmark in Amman.";
        assertThat(events(text)).anySatisfy(e -> {
            assertThat(e.source().text()).isEqualTo("Protesters");
            assertThat(e.source().country()).isEqualTo("JOR");
            assertThat(e.target().country()).isEqualTo("DNK");
        });
    }

    @Test
    void aStatesWarCraftAreItsForces() {
        assertThat(events("Russian jets shot down a Turkish drone over Idlib."))
                .extracting(e -> e.source().country(), e -> e.target().country(), e -> e.target().role())
                .containsExactly(org.assertj.core.api.Assertions.tuple("RUS", "TUR", dyad.model.Role.MIL));
    }

    @Test
    void aMonthBeforeATitleIsNoName() {
        String text = "Chile's president spoke on Monday. In March, Ambassador Pedro Soto met Bolivia's foreign minister.";
        assertThat(events(text)).allSatisfy(e -> assertThat(e.source().text()).doesNotContain("March"));
    }

    @Test
    void aPetrarchCueEndsBeforeItsPreposition() {
        String text = "Ghana's embassy in Ottawa protested to Canada's foreign ministry on Tuesday.";
        assertThat(events(text)).allSatisfy(e -> assertThat(e.source().text()).doesNotEndWith(" in"));
    }

    @Test
    void ourBodyInAStatementIsTheIssuers() {
        String text = "Press release of the Government of Ghana\n\n"
                + "Our Embassy in Ottawa has protested to the Government of Canada over the detention of two traders.";
        assertThat(events(text)).anySatisfy(e -> {
            assertThat(e.source().text()).isEqualTo("Our Embassy");
            assertThat(e.source().country()).isEqualTo("GHA");
            assertThat(e.target().country()).isEqualTo("CAN");
        });
    }

    @Test
    void aCapitalisedOrganAfterABodyIsThatBodys() {
        String text = "The Economic Community of West African States met in Abuja on Sunday. "
                + "The Authority then imposed sanctions on Guinea.";
        assertThat(events(text)).anySatisfy(e -> {
            assertThat(e.source().text()).isEqualTo("Authority");
            assertThat(e.source().org()).isEqualTo("ECOWAS");
            assertThat(e.target().country()).isEqualTo("GIN");
        });
    }

    @Test
    void anAttackOnAPlaceIsAimedAtItsState() {
        assertThat(events("Israeli forces launched a military operation in Rafah on Tuesday."))
                .filteredOn(e -> e.type() == dyad.model.PloverType.ASSAULT)
                .extracting(e -> e.source().country(), e -> e.target().country(), e -> e.target().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ISR", "PSE", "Rafah"));
    }

    @Test
    void aNamedObjectMeetsAStrikesRequirementAndStaysItsTarget() {
        assertThat(events("Russia struck Mariupol on Friday. Eritrea and Ethiopia struck a deal in Jeddah."))
                .filteredOn(e -> e.type() == dyad.model.PloverType.ASSAULT)
                .extracting(e -> e.source().country(), e -> e.target().country(), e -> e.target().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RUS", "UKR", "Mariupol"));
    }
}
