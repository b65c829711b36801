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
 * Families of acts the trigger lexicon codes as the annotation conventions and PLOVER 2021 have
 * them: force at sea and on land, persons freed, envoys recalled and expelled, services and
 * borders cut, visits by air, promises, refusals. One sentence of each, about many states.
 */
@Tag("models")
class EventFamiliesTest {

    private static List<Event> events(Marked m) {
        return SharedModels.records(m.text(), "2024-06-01", Event.class);
    }

    static Stream<Arguments> actsBetweenTwoStates() {
        return Stream.of(
                // persons freed and handed back: RETREAT release (PLOVER 2021), not CONCEDE
                Arguments.of("[Belarus:BLR/GOV] {freed:RETREAT} two [Lithuanian:LTU/CVL] journalists in May.", "release"),
                // stopping the fighting is observing a ceasefire; declaring one stays CONCEDE
                Arguments.of("[Israel:ISR/GOV] {suspended:RETREAT} its air raids on [Lebanon:LBN/GOV] on Friday.", "ceasefire"),
                // one's own envoy recalled, the other's expelled
                Arguments.of("[Chile:CHL/GOV] {recalled:SANCTION} its ambassador from [Nicaragua:NIC/GOV].", "withdraw"),
                Arguments.of("[Latvia:LVA/GOV] {expelled:SANCTION} three [Russian:RUS/GOV] diplomats.", "expel"),
                // borders, airspace and services cut to a state reduce relations
                Arguments.of("[Morocco:MAR/GOV] {closed:SANCTION} its border with [Algeria:DZA/GOV].", null),
                Arguments.of("[Russia:RUS/GOV] {suspended:SANCTION} flights to [Georgia:GEO/GOV] in 2019.", "discontinue"),
                // trade frozen; a conjoined freeze is not what the first verb suspended
                Arguments.of("[Turkey:TUR/GOV] {froze:SANCTION} trade with [Israel:ISR/GOV] in May.", "embargo"),
                // a note of protest is disapproval, sent by the subject of the verb that carries it
                Arguments.of("[Peru:PER/GOV] sent a note of {protest:ACCUSE} to [Bolivia:BOL/GOV] on Thursday.", "disapprove"),
                Arguments.of("[Ghana:GHA/GOV] {suspended:SANCTION} a defence pact with [Togo:TGO/GOV] and froze joint projects.", null),
                // force at sea and on land
                Arguments.of("[China:CHN/GOV] {rammed:ASSAULT} a [Vietnamese:VNM/CVL] fishing boat.", null),
                // travelling to a capital is a visit
                Arguments.of("[Narendra Modi:IND/GOV] {flew:CONSULT} to [Tokyo:JPN/GOV] on Monday.", "visit"),
                // arms flown to a state at war
                Arguments.of("[Britain:GBR/GOV] {flew:AID} anti-tank weapons to [Ukraine:UKR/GOV].", "military"),
                // a promised response is a threat, a promise otherwise an agreement
                Arguments.of("[Uganda:UGA/GOV] {promised:THREATEN} [Kenya:KEN/GOV] a response.", "violence"),
                // sheltering people of another state
                Arguments.of("[Ghana:GHA/GOV] {sheltered:AID} hundreds of [Togolese:TGO/CVL] refugees.", "humanitarian"),
                // lists of sponsors of terrorism and blacklists: on is a sanction, off an easing
                Arguments.of("[Canada:CAN/GOV] {removed:CONCEDE} [Libya:LBY/GOV] from its list of state sponsors of terrorism.", "ease_sanctions"),
                Arguments.of("[Britain:GBR/GOV] {listed:SANCTION} [Hamas:PSE/OPP] as a terrorist group in 2021.", "sanction"),
                Arguments.of("[The United States:USA/GOV] {put:SANCTION} six [Chinese:CHN/GOV] firms on its trade blacklist.", "sanction"),
                // troops leaving a country withdraw from it
                Arguments.of("The last [Turkish soldiers:TUR/MIL] {left:RETREAT} [Cyprus:CYP/GOV] on 26 April.", "withdraw"),
                // troops ordered to a border, or deployed along it, are mobilised against the state beyond it
                Arguments.of("[Peru:PER/GOV] {ordered:MOBILIZE} ten battalions to the [Chilean:CHL/GOV] border on Sunday.", "troops"),
                Arguments.of("[India:IND/GOV] {deployed:MOBILIZE} soldiers along the [Chinese:CHN/GOV] frontier.", "troops"));
    }

    @ParameterizedTest
    @MethodSource("actsBetweenTwoStates")
    void theActIsCodedWithItsTypeModeAndParties(String markup, String mode) {
        Marked m = Marked.parse(markup);
        Marked.Mark trigger = m.triggers().get(0);
        assertThat(events(m)).extracting(e -> e.type(), e -> e.mode(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.valueOf(trigger.code()), mode, Marked.country(m.actors().get(0)),
                        Marked.country(m.actors().get(1))));
    }

    @Test
    void takingATownIsAnAssaultThatSeizes() {
        Marked m = Marked.parse("[Azerbaijani forces:AZE/MIL] {seized:ASSAULT} the town of Lachin from [Armenia:ARM/GOV].");
        assertThat(events(m)).extracting(e -> e.type(), e -> e.mode(), e -> e.source().country())
                .contains(tuple(PloverType.ASSAULT, "seize", "AZE"));
    }

    @Test
    void jointExercisesAreMilitaryCooperationBothWays() {
        Marked m = Marked.parse("[India:IND/GOV] and [France:FRA/GOV] {held:COOPERATE} joint naval exercises off Goa.");
        assertThat(events(m)).extracting(e -> e.type(), e -> e.mode(), e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple(PloverType.COOPERATE, "military", "IND", "FRA"),
                        tuple(PloverType.COOPERATE, "military", "FRA", "IND"));
    }

    @Test
    void twoPartiesAgreeingWithNoOtherNamedAgreeWithEachOther() {
        Marked m = Marked.parse("[Kenya:KEN/GOV] and [Uganda:UGA/GOV] {agreed:AGREE} that a joint border commission would meet in May.");
        assertThat(events(m)).extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple(PloverType.AGREE, "KEN", "UGA"), tuple(PloverType.AGREE, "UGA", "KEN"));
        // sending envoys together is no visit to each other
        assertThat(events(Marked.parse("Pakistan rejected the offer. Pakistan later asked Iran for help, and Pakistan waited. "
                + "[Qatar:QAT/GOV] and [Oman:OMN/GOV] {sent:CONSULT} envoys to press the same message.")))
                .extracting(e -> e.source().country(), e -> e.target().country())
                .doesNotContain(tuple("QAT", "OMN"), tuple("OMN", "QAT"));
    }

    @Test
    void dismissingFindingsOrCallingARulingVoidIsARejection() {
        assertThat(events(Marked.parse("[Venezuela:VEN/GOV] {dismissed:REJECT} the findings of [Colombia:COL/GOV] as lies.")))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.REJECT, "VEN", "COL"));
        assertThat(events(Marked.parse("[Iran:IRN/GOV] {called:REJECT} [Bahrain:BHR/GOV]'s award null and void.")))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.REJECT, "IRN", "BHR"));
    }

    @Test
    void whatAFromPhraseNamesCountsForVerbsOfLeaving() {
        // "from" phrases name an origin ("no reply from your ministers"), except where a row asks for one
        assertThat(events(Marked.parse("[Mali:MLI/GOV] {withdrew:REJECT} from its treaty with [France:FRA/GOV] in 2023.")))
                .extracting(e -> e.type(), e -> e.target().country()).containsExactly(tuple(PloverType.REJECT, "FRA"));
        assertThat(events(Marked.parse("[Burkina Faso:BFA/GOV] {withdrew:SANCTION} from the organisation led by "
                + "[Nigeria:NGA/GOV] last year."))).extracting(e -> e.type(), e -> e.mode())
                .containsExactly(tuple(PloverType.SANCTION, "withdraw"));
    }

    @Test
    void aPrepositionOfADateIsNoParticle() {
        // "called … on Friday" is no "call on": the disparaging word decides
        assertThat(events(Marked.parse("[Hungary:HUN/GOV] {called:ACCUSE} the sanctions of [Poland:POL/GOV] illegal on Friday.")))
                .extracting(e -> e.type()).contains(PloverType.ACCUSE).doesNotContain(PloverType.REQUEST);
    }

    @Test
    void aTriggersOwnInfinitiveMarkerIsNotTheToARowAsksFor() {
        // "committed to" is a promise; "ceased to commit" has only the infinitive's "to"
        assertThat(events(Marked.parse("[Bolivia:BOL/GOV] never ceased to commit hostile acts against [Chile:CHL/GOV].")))
                .extracting(e -> e.type()).doesNotContain(PloverType.AGREE);
    }
}
