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
 * Acts on people and institutions named by a plain noun fall on the acting state's own, not on
 * a foreign state the text mentions elsewhere; a loose participle shares its clause's subject;
 * arming another state's rebels, when told by a third party, is that party's allegation; with no one
 * else in view a domestic act stays at home, and a resignation needs no one it is aimed at.
 */
@Tag("models")
class ActsAtHomeTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2024-06-01", Event.class);
    }

    static Stream<Arguments> actsOnOwnPeople() {
        return Stream.of(
                Arguments.of("[Egypt:EGY/GOV] {jailed:COERCE} dozens of [students:EGY/CVL] in March, a week after Ethiopia's warning."),
                Arguments.of("Poland closed its border in April. [Belarus:BLR/GOV] {executed:ASSAULT} two [men:BLR/CVL] in May."),
                Arguments.of("Chile protested. [Bolivian police:BOL/MIL] {arrested:COERCE} [Marta Quispe Lunaverde:BOL/CVL] at the border."),
                Arguments.of("Bolivia's border dispute with Chile flared again. [Peru:PER/GOV] {freed:RETREAT} [about a hundred prisoners:PER/CVL] under an amnesty."));
    }

    @ParameterizedTest
    @MethodSource("actsOnOwnPeople")
    void theTargetIsTheActorsOwnPeopleWithTheirPhrase(String markup) {
        Marked m = Marked.parse(markup);
        Marked.Mark people = m.actors().get(1);
        assertThat(events(m.text())).filteredOn(e -> e.type() == PloverType.valueOf(m.triggers().get(0).code()))
                .extracting(e -> e.source().country(), e -> e.target().country(), e -> e.target().start(), e -> e.target().end(),
                        e -> e.target().role().name())
                .containsExactly(tuple(Marked.country(m.actors().get(0)), people.code(), people.start(), people.end(), people.role()));
    }

    @Test
    void peopleOfAnotherStateKeepTheirState() {
        assertThat(events("Thailand detained dozens of Cambodian workers near the border."))
                .extracting(e -> e.type(), e -> e.target().country())
                .containsExactly(tuple(PloverType.COERCE, "KHM"));
    }

    @Test
    void aStatesOwnEnvoyIsNoPeopleOfItsOwn() {
        assertThat(events("Kenya recalled its ambassador from Somalia on Monday."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.SANCTION, "KEN", "SOM"));
    }

    @Test
    void aLooseParticipleSharesTheSubjectOfItsClause() {
        assertThat(events("Tanzania expelled two Kenyan diplomats, accusing them of spying."))
                .extracting(e -> e.type(), e -> e.mode(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.SANCTION, "expel", "TZA", "KEN"), tuple(PloverType.ACCUSE, "allege", "TZA", "KEN"));
    }

    @Test
    void armingRebelsToldByOthersIsTheirAllegation() {
        assertThat(events("UN experts reported that Burundi had supplied the Rwandan rebels with weapons."))
                .extracting(e -> e.type(), e -> e.source().org(), e -> e.target().country())
                .contains(tuple(PloverType.ACCUSE, "UNO", "BDI"));
    }

    @Test
    void doersTellingOfTheirOwnActAccuseNoOne() {
        assertThat(events("Turkey and Iran said they would shell Kurdish positions in Iraq."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple(PloverType.ASSAULT, "TUR", "IRQ"), tuple(PloverType.ASSAULT, "IRN", "IRQ"));
    }

    @Test
    void aPlainNounActsForTheActorItsModifiersName() {
        assertThat(events("Indonesian navy ships shadowed Chinese fishing vessels near the Natuna Islands."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.COERCE, "IDN", "CHN"));
        assertThat(events("The UN Panel of Experts reported that Chad had supplied the Sudanese rebels with weapons."))
                .extracting(e -> e.type(), e -> e.source().org(), e -> e.target().country())
                .contains(tuple(PloverType.ACCUSE, "UNO", "TCD"));
    }

    @Test
    void pressingAStateOnAnIssueIsARequest() {
        assertThat(events("Washington will keep pressing Hanoi on religious freedom."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.REQUEST, "USA", "VNM"));
    }

    @Test
    void aProtestWithNoNamedTargetIsAgainstTheGovernmentTheSentenceNamesElseTheProtestersOwn() {
        assertThat(events("Thousands of Nicaraguans took to the streets on Sunday, the second weekend of protests."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.source().role().name(), e -> e.target().country(),
                        e -> e.target().role().name(), e -> e.target().text())
                .containsExactly(tuple(PloverType.PROTEST, "NIC", "CVL", "NIC", "GOV", null));
        assertThat(events("Young Kenyans blocked roads on Tuesday to press their demands on President Ruto's government."))
                .filteredOn(e -> e.type() == PloverType.PROTEST)
                .extracting(e -> e.source().country(), e -> e.target().country(), e -> e.target().text())
                .containsExactly(tuple("KEN", "KEN", "President Ruto's government"));
    }

    @Test
    void peopleInAPlaceBelongToItsStateButOfficialsThere() {
        assertThat(events("Demonstrators in Dhaka blocked the main highway on Monday."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.source().text(), e -> e.target().country())
                .containsExactly(tuple(PloverType.PROTEST, "BGD", "Demonstrators in Dhaka", "BGD"));
        assertThat(events("The Peruvian ambassador in Santiago was summoned by Chile on Monday."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.ACCUSE, "CHL", "PER"));
    }

    @Test
    void aStatesBoycottHasNoDefaultTarget() {
        assertThat(events("Ghana boycotted the summit on Friday.")).extracting(Event::type).doesNotContain(PloverType.PROTEST);
    }

    @Test
    void aSecondVerbSharesTheOwnerOfTheFirstOnesCraft() {
        assertThat(events("Turkish jets crossed the border and struck a camp in Iraq on Sunday."))
                .filteredOn(e -> e.type() == PloverType.ASSAULT)
                .extracting(e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple("TUR", "IRQ"));
    }

    @Test
    void aHomeMeasureFallsOnTheStatesOwnPeople() {
        assertThat(events("Ecuador's government lifted the state of emergency in Guayaquil on Friday."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country(), e -> e.target().role().name(),
                        e -> e.target().text())
                .containsExactly(tuple(PloverType.CONCEDE, "ECU", "ECU", "CVL", null));
    }

    @Test
    void aGovernmentsThreatWithNoOneElseInViewIsAimedAtHome() {
        assertThat(events("The Tanzanian president threatened to ban opposition rallies."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country(), e -> e.target().role().name())
                .containsExactly(tuple(PloverType.THREATEN, "TZA", "TZA", "CVL"));
    }

    @Test
    void anOppositionDemandWithNoOneElseInViewIsAimedAtItsGovernment() {
        assertThat(events("Zambian opposition leaders demanded new elections."))
                .extracting(e -> e.type(), e -> e.source().role().name(), e -> e.target().country(), e -> e.target().role().name())
                .containsExactly(tuple(PloverType.REQUEST, "OPP", "ZMB", "GOV"));
        assertThat(events("Hundreds of Zambian miners went on strike on Monday."))
                .extracting(e -> e.type(), e -> e.source().text(), e -> e.target().country(), e -> e.target().role().name())
                .containsExactly(tuple(PloverType.PROTEST, "Zambian miners", "ZMB", "GOV"));
    }

    @Test
    void aNamedPlaceStillWinsOverHome() {
        assertThat(events("Serbia lifted the curfew in Kosovo on Sunday."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.CONCEDE, "SRB", "XKX"));
    }

    @Test
    void aResignationNeedsNoOneItIsAimedAt() {
        assertThat(events("Peru's prime minister resigned on Friday."))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country(), e -> e.target().text())
                .containsExactly(tuple(PloverType.RETREAT, "PER", null, null));
    }
}
