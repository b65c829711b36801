package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Precision;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What is and is not an event, and who its unnamed or indirectly named parties are: demands,
 * dangers, opinions, quotations, regions, replies received, sanctions eased without an agent.
 */
@Tag("models")
class EventScopeTest {

    private static List<Event> events(String text, String docDate) {
        return SharedModels.records(text, docDate, Event.class);
    }

    @Test
    void theActALetterDemandsHasNotHappened() {
        String text = "Dear Minister,\n\nBrazil must take action to condemn the Russian invasion of Ukraine.\n";
        List<Event> events = events(text, "2024-04-02");
        assertThat(events).extracting(Event::type).doesNotContain(PloverType.ACCUSE);
        assertThat(events).extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.REQUEST, null, "BRA"), tuple(PloverType.ASSAULT, "RUS", "UKR"));
    }

    @Test
    void everyActOfADemandedListIsDemandedNotDone() {
        List<Event> events = events("Vietnam demanded that China return the seized boats and pay compensation to the crews.",
                "2024-04-02");
        assertThat(events).extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.REQUEST, "VNM", "CHN"), tuple(PloverType.COERCE, "CHN", "VNM")) // the seizure it presupposes
                .hasSize(2);
    }

    @Test
    void whatTwoStatesAgreedToDoIsNotYetDone() {
        List<Event> events = events("Gabon and Cameroon agreed on Monday to reopen their embassies.", "2024-04-02");
        assertThat(events).extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple(PloverType.AGREE, "GAB", "CMR"), tuple(PloverType.AGREE, "CMR", "GAB"));
        assertThat(events("Norway agreed on Monday to lift its sanctions on Belarus.", "2024-04-02")) // one state's promise
                .extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.CONCEDE, "NOR", "BLR"));
    }

    @Test
    void aThreatToPeaceIsADangerNotAThreatMade() {
        List<Event> events = events("Iran said that Israeli threats to regional peace were growing.", "2024-04-02");
        assertThat(events).extracting(Event::type).doesNotContain(PloverType.THREATEN);
    }

    @Test
    void whatPeopleBelieveHappenedIsNoEvidence() {
        List<Event> events = events("Many voters would think that Canada is supporting Ukraine against Russia.",
                "2024-04-02");
        assertThat(events).isEmpty();
    }

    @Test
    void theirOnAThingIsTheAgentsOwn() {
        List<Event> events = events("Kenyan protesters said they defended their country.", "2024-04-02");
        assertThat(events).isEmpty();
    }

    @Test
    void aQuotedNounTakesItsPartiesFromTheQuotation() {
        List<Event> events = events("Chile and Peru affirmed \"the peaceful settlement of disputes\" on Monday.",
                "2024-04-02");
        assertThat(events).extracting(Event::type).doesNotContain(PloverType.AGREE);
    }

    @Test
    void easingWithoutAnAgentIsByWhoeverLastImposedSanctions() {
        String text = "The United States imposed sanctions on Cuba in 1962. "
                + "The easing of sanctions on Cuba was welcomed in Havana.";
        List<Event> events = events(text, "2016-03-01");
        Event easing = events.stream().filter(e -> e.type() == PloverType.CONCEDE).findFirst().orElseThrow();
        assertThat(easing.mode()).isEqualTo("ease_sanctions");
        assertThat(easing.source().country()).isEqualTo("USA");
        assertThat(easing.source().mentioned()).isFalse();
        assertThat(easing.target().text()).isEqualTo("Cuba");
        assertThat(easing.target().start()).isEqualTo(text.lastIndexOf("Cuba"));
    }

    @Test
    void northAmericanNamesCanadaAndTheUnitedStatesLatinAmericanNoState() {
        String text = "North American efforts to topple the government of Venezuela failed.";
        assertThat(events(text, "2020-01-01")).extracting(Event::type, e -> e.source().country(),
                        e -> e.source().text(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple(PloverType.COERCE, "CAN", "North American", "VEN"),
                        tuple(PloverType.COERCE, "USA", "North American", "VEN"));
        assertThat(events("Latin American governments condemned Russia on Monday.", "2022-03-01"))
                .extracting(e -> e.source().country()).doesNotContain("USA");
    }

    @Test
    void noReplyReceivedFromTheAddresseesMinistersIsTheirNegatedConsultation() {
        String text = "Dear Prime Minister Albanese,\n\nWe wrote to you on March 2. "
                + "We have received no reply from your ministers.\n\n"
                + "The war has displaced millions of people and left millions more hungry.\n\n"
                + "The Sudan Peace Network is a coalition of Australian civil society organizations.\n";
        List<Event> events = events(text, "2025-05-02");
        assertThat(events).filteredOn(e -> e.type() == PloverType.CONSULT)
                .extracting(e -> e.source().text(), e -> e.source().country(), e -> e.target().text(), Event::modality)
                .containsExactly(tuple("your ministers", "AUS", "We", Modality.NEGATED));
    }

    @Test
    void hostingAGroupsSummitIsOneConsultationWithTheGroup() {
        List<Event> events = events("Canada hosted a G7 summit in 2018.", "2019-01-01");
        assertThat(events).extracting(Event::type, Event::mode, e -> e.source().country(), e -> e.target().org())
                .containsExactly(tuple(PloverType.CONSULT, "host", "CAN", "G7"));
    }

    @Test
    void conjoinedPossessorsBothAct() {
        List<Event> events = events("Paris and Berlin's overtures to Moscow were rebuffed.", "2019-01-01");
        // The rebuff names no agent: the other state the sentence is about rebuffed both.
        assertThat(events).extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple(PloverType.CONSULT, "FRA", "RUS"), tuple(PloverType.CONSULT, "DEU", "RUS"),
                        tuple(PloverType.REJECT, "RUS", "FRA"), tuple(PloverType.REJECT, "RUS", "DEU"));
    }

    @Test
    void aSpokespersonForAMinistrySpeaksForItsState() {
        List<Event> events = events("A spokesperson for Germany's foreign ministry condemned Iran on Monday.",
                "2019-01-01");
        assertThat(events).extracting(Event::type, e -> e.source().text(), e -> e.source().country(),
                        e -> e.target().country())
                .containsExactly(tuple(PloverType.ACCUSE, "spokesperson", "DEU", "IRN"));
    }

    @Test
    void anAgreementWithSomeoneBindsBothSides() {
        List<Event> events = events("Colombia welcomed the Venezuelan government's agreement with the opposition.",
                "2023-11-01");
        assertThat(events).filteredOn(e -> e.type() == PloverType.AGREE)
                .extracting(e -> e.source().role().name(), e -> e.target().role().name())
                .containsExactlyInAnyOrder(tuple("GOV", "OPP"), tuple("OPP", "GOV"));
        assertThat(events).extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.SUPPORT, "COL", "VEN"));
    }

    @Test
    void theWordsOfTheTriggerAreNoParty() {
        List<Event> events = events("Ottawa sent diplomats to Caracas in March.", "2023-12-01");
        assertThat(events).extracting(Event::type, Event::mode, e -> e.source().country(), e -> e.target().text())
                .containsExactly(tuple(PloverType.CONSULT, "visit", "CAN", "Caracas"));
    }

    @Test
    void aWordOfAnOrganisationsNameIsNoAct() {
        List<Event> events = events("Peru hosted the Asia-Pacific Economic Cooperation summit in Lima.", "2016-11-20");
        assertThat(events).extracting(Event::type).doesNotContain(PloverType.COOPERATE);
    }

    @Test
    void aReportedMustIsTheReportersDemandOnTheClausesSubject() {
        List<Event> events = events("Germany said on Monday that Turkey must release the journalists.", "2018-02-12");
        assertThat(events).extracting(Event::type, Event::mode, e -> e.source().text(), e -> e.target().text(), Event::date)
                .containsExactly(tuple(PloverType.REQUEST, "change", "Germany", "Turkey",
                        new EventDate("2018-02-12", Precision.DAY)));
        assertThat(events("The figures mean that Ghana must cut its spending.", "2018-02-12")).isEmpty();
    }

    @Test
    void aDemandThatSomeoneActIsAddressedToThem() {
        List<Event> events = events("Japan demanded that Russia return the islands.", "2018-02-12");
        assertThat(events).extracting(Event::type, e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.REQUEST, "JPN", "RUS"));
    }

    @Test
    void aReMentionedActKeepsItsDateAndAnActToldInThePresentHappensNow() {
        String text = "Russia attacked Ukraine on February 24. Poland condemns the Russian attack on Ukraine.";
        List<Event> events = events(text, "2022-03-01");
        int second = text.indexOf("Poland");
        assertThat(events).filteredOn(e -> e.evidence().start() == second)
                .extracting(Event::type, e -> e.date().value())
                .containsExactlyInAnyOrder(tuple(PloverType.ASSAULT, "2022-02-24"), tuple(PloverType.ACCUSE, "2022-03-01"));
    }

    @Test
    void theTwoLeadersAreTheTwoStatesOfTheirSentenceNotTheDocumentsPair() {
        String text = "Thailand accused Cambodia of shelling the border. Cambodia denied it. Thailand closed the crossings.\n"
                + "Malaysia's prime minister called the Vietnamese president, and the two leaders agreed to hold talks.";
        assertThat(events(text, "2025-07-20")).filteredOn(e -> e.type() == PloverType.AGREE)
                .extracting(e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple("MYS", "VNM"), tuple("VNM", "MYS"));
    }

    @Test
    void aCaseTakenToACourtIsAgainstTheOtherSideNotTheCourt() {
        String text = "Indonesia banned nickel ore exports to the European Union in 2020. "
                + "The European Union filed a complaint with the World Trade Organization in 2021.";
        assertThat(events(text, "2024-03-01")).filteredOn(e -> e.type() == PloverType.ACCUSE)
                .extracting(e -> e.source().org(), e -> e.target().country())
                .containsExactly(tuple("EUR", "IDN"));
    }

    @Test
    void whatACallAsksForHasNotHappened() {
        List<Event> events = events("Chile's foreign minister called on Ecuador to suspend the fishing agreement "
                + "with Peru.", "2024-03-13");
        assertThat(events).extracting(Event::type).containsExactly(PloverType.REQUEST);
    }

    @Test
    void whatAStateNeedsToDoIsNotItsRequest() {
        assertThat(events("Kenya and Uganda need to hold talks on the border before it escalates.", "2025-01-09"))
                .extracting(Event::type).doesNotContain(PloverType.REQUEST);
    }

    @Test
    void theCountryIsTheStateTheSentenceIsAboutNotAPrepositionsObject() {
        String text = "The move marks a shift in the Spanish government's policy toward Cuba, as the country "
                + "refused to replace its ambassador in 2019.";
        List<Event> events = events(text, "2023-05-01");
        assertThat(events).extracting(Event::type, Event::modality, e -> e.source().text(), e -> e.source().country(),
                        e -> e.target().country())
                .contains(tuple(PloverType.SUPPORT, Modality.NEGATED, "country", "ESP", "CUB"));
    }

    @Test
    void thePurposeOfAnActIsThatActNotASecondOne() {
        List<Event> events = events("Tokyo sent envoys to Seoul to resume dialogue with the government.", "2019-01-01");
        assertThat(events).extracting(Event::type, Event::mode, e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.CONSULT, "visit", "JPN", "KOR"));
    }
}
