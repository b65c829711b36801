package dyad.extract.relations;

import static dyad.extract.relations.MarkedEvent.event;
import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Relation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diplomatic level (sender, host) and withdrawn recognition from acts on ties and envoys. */
class DiplomaticLevelTest {

    private static final RelationDeriver DERIVER = new RelationDeriver();
    private static final EventDate Y2019 = EventDate.year(2019);

    private static Event event(String marked, PloverType type, String mode, Modality m, String... implicit) {
        return MarkedEvent.event(marked, type, mode, m, Y2019, implicit);
    }

    private static List<String> states(Event e) {
        return DERIVER.derive(List.of(e)).stream()
                .map(r -> r.pair() + " " + r.attribute() + "=" + r.value()).toList();
    }

    @Test
    void anExpelledAmbassadorLeavesTheOtherStatesMissionToAChargé() {
        Event e = event("[Ottawa:CAN] expelled the ambassador of [Venezuela:VEN] in 2019.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED);
        assertThat(DERIVER.derive(List.of(e))).singleElement().satisfies(r -> {
            assertThat(r.pair()).containsExactly("VEN", "CAN");
            assertThat(r.attribute()).isEqualTo(Relation.DIPLOMATIC_LEVEL);
            assertThat(r.value()).isEqualTo("chargé");
            assertThat(r.date()).isEqualTo(Y2019);
            assertThat(r.evidence()).isEqualTo(e.evidence());
        });
        assertThat(states(event("[Hanoi:VNM] declared the Thai ambassador persona non grata and gave [Bangkok:THA] a week.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).containsExactly("[THA, VNM] diplomatic_level=chargé");
    }

    @Test
    void expelledDiplomatsEndTheOtherStatesRepresentationButACountedFewDoNot() {
        assertThat(states(event("[Ghana:GHA] gave [Togolese:TGO] diplomats 48 hours to leave.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).containsExactly("[TGO, GHA] diplomatic_level=none");
        assertThat(states(event("[Norway:NOR] expelled 15 [Belarusian:BLR] diplomats.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).isEmpty();
        assertThat(states(event("[Chile:CHL] expelled two [Bolivian:BOL] diplomats for spying.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).isEmpty();
    }

    @Test
    void strippedCredentialsAlsoWithdrawRecognitionOfTheOtherGovernment() {
        Event e = event("[Ottawa:CAN] stripped the credentials from the ambassador and chargé d’affaires of "
                + "[Venezuela:VEN].", PloverType.SANCTION, "diplomatic", Modality.ASSERTED);
        assertThat(states(e)).containsExactly("[CAN, VEN] recognition=not_recognized", "[VEN, CAN] diplomatic_level=none");
    }

    @Test
    void brokenTiesAndClosedEmbassiesLeaveNoneOnTheActorsSide() {
        assertThat(states(event("[Canada:CAN] broke off relations with [Venezuela:VEN].",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).containsExactly("[CAN, VEN] diplomatic_level=none");
        assertThat(states(event("[Canada:CAN] closed its embassy in [Caracas:VEN].",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).containsExactly("[CAN, VEN] diplomatic_level=none");
        assertThat(states(event("[Latvia:LVA] withdrew all its diplomats from [Minsk:BLR].",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).containsExactly("[LVA, BLR] diplomatic_level=none");
    }

    @Test
    void aRecalledHeadOfMissionLeavesAChargé() {
        assertThat(states(event("[Peru:PER] recalled its ambassador from [Caracas:VEN].",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).containsExactly("[PER, VEN] diplomatic_level=chargé");
        assertThat(states(event("[Canberra:AUS] called its high commissioner in [Suva:FJI] home for consultations.",
                PloverType.SANCTION, "withdraw", Modality.ASSERTED))).containsExactly("[AUS, FJI] diplomatic_level=chargé");
    }

    @Test
    void aClosedConsulateOrAnotherWithdrawalChangesNoLevel() {
        assertThat(states(event("[Washington:USA] shut the [Chinese:CHN] consulate in Houston.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).isEmpty();
        // An expulsion of observers, not of envoys, is not diplomatic.
        assertThat(states(event("[Burundi:BDI] expelled the monitors of [Rwanda:RWA].",
                PloverType.SANCTION, "expel", Modality.ASSERTED))).isEmpty();
    }

    @Test
    void tiesCutInTheBackgroundOfARestorationOrCutOnlyInPartChangeNoLevel() {
        assertThat(states(event("[Rwanda:RWA] and [France:FRA] restored the diplomatic relations they cut in 2006.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).isEmpty();
        assertThat(states(event("[Ankara:TUR] suspended high-level contacts with [Vienna:AUT].",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).isEmpty();
    }

    @Test
    void recallingOnesOwnEnvoyAndExpellingTheOthersCountUnderTheirOwnModes() {
        // A recalled head of mission leaves a chargé (the embassy stays); expelled diplomats leave none.
        assertThat(states(event("[Chile:CHL] recalled its ambassador from [Managua:NIC].",
                PloverType.SANCTION, "withdraw", Modality.ASSERTED))).containsExactly("[CHL, NIC] diplomatic_level=chargé");
        assertThat(states(event("[Latvia:LVA] expelled the diplomats of [Belarus:BLR].",
                PloverType.SANCTION, "expel", Modality.ASSERTED))).containsExactly("[BLR, LVA] diplomatic_level=none");
        assertThat(states(event("[Kenya:KEN] recalled its high commissioner from [Tanzania:TZA].",
                PloverType.SANCTION, "withdraw", Modality.ASSERTED))).containsExactly("[KEN, TZA] diplomatic_level=chargé");
    }

    @Test
    void withdrawnInspectorsOrALeftOrganisationSayNothingOfEnvoys() {
        assertThat(states(event("[Sweden:SWE] withdrew its inspectors from [Iraq:IRQ].",
                PloverType.SANCTION, "withdraw", Modality.ASSERTED))).isEmpty();
        assertThat(states(event("[Uganda:UGA] expelled the aid workers of [Norway:NOR].",
                PloverType.SANCTION, "expel", Modality.ASSERTED))).isEmpty();
    }

    @Test
    void aDowngradeLeavesAChargé() {
        assertThat(states(event("[Spain:ESP] downgraded its relations with [Venezuela:VEN].",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).containsExactly("[ESP, VEN] diplomatic_level=chargé");
    }

    @Test
    void seekingOrRefusingToRestoreTiesOrAnEnvoySaysThereAreNone() {
        assertThat(states(event("[Canada:CAN] is seeking to restore ties with [Venezuela:VEN].",
                PloverType.SUPPORT, "diplomatic", Modality.INTENDED))).containsExactly("[CAN, VEN] diplomatic_level=none");
        assertThat(states(event("[Canada:CAN] refused to replace its ambassador in [Caracas:VEN].",
                PloverType.SUPPORT, "diplomatic", Modality.NEGATED))).containsExactly("[CAN, VEN] diplomatic_level=none");
        assertThat(states(event("[Canada:CAN] restored ties with [Venezuela:VEN].",
                PloverType.SUPPORT, "diplomatic", Modality.ASSERTED))).isEmpty();
    }

    @Test
    void sendingJuniorDiplomatsOrAChargéIsTheChargéLevel() {
        Event sent = event("[Ottawa:CAN] has sent “low-ranking diplomats” to Caracas to restore dialogue.",
                PloverType.CONSULT, null, Modality.ASSERTED, "~VEN");
        assertThat(DERIVER.derive(List.of(sent))).singleElement().satisfies(r -> {
            assertThat(r.pair()).containsExactly("CAN", "VEN");
            assertThat(r.attribute()).isEqualTo(Relation.DIPLOMATIC_LEVEL);
            assertThat(r.value()).isEqualTo("chargé");
            assertThat(r.evidence()).isEqualTo(sent.evidence());
        });
        assertThat(states(event("[Canada:CAN] named a chargé d'affaires in [Caracas:VEN].",
                PloverType.SUPPORT, "diplomatic", Modality.ASSERTED))).containsExactly("[CAN, VEN] diplomatic_level=chargé");
        // An agreement to send them is not yet a level.
        assertThat(states(event("[Canada:CAN] agreed with [Venezuela:VEN] to send low-level diplomats.",
                PloverType.AGREE, "diplomatic", Modality.ASSERTED))).isEmpty();
    }

    @Test
    void theDiplomatsSentAreNotTheHost() {
        assertThat(states(event("[Ottawa:CAN] has sent low-ranking [diplomats:USA] to Caracas.",
                PloverType.CONSULT, "visit", Modality.ASSERTED))).isEmpty();
    }

    @Test
    void namingAnAmbassadorIsTheEmbassyLevel() {
        assertThat(states(event("[Mexico:MEX] appointed a new ambassador to [Venezuela:VEN].",
                PloverType.SUPPORT, "diplomatic", Modality.ASSERTED))).containsExactly("[MEX, VEN] diplomatic_level=embassy");
    }

    @Test
    void consularServiceThroughOthersIsTheInterestsLevelEvenForTheOtherStatesPeople() {
        assertThat(states(event("Citizens in need of consular services get help from the [Venezuelan embassy:VEN] "
                        + "in Mexico on behalf of [Venezuelans in Canada:CAN/CVL].",
                PloverType.AID, null, Modality.ASSERTED))).containsExactly("[VEN, CAN] diplomatic_level=interests");
        // Not for other kinds of act, nor for a people without a consular cue.
        assertThat(states(event("[Canada:CAN] broke off relations with [Venezuela:VEN], not allowing a consular office.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).containsExactly("[CAN, VEN] diplomatic_level=none");
        assertThat(states(event("[Venezuela:VEN] sent aid to [Canadians:CAN/CVL].",
                PloverType.AID, null, Modality.ASSERTED))).isEmpty();
    }

    @Test
    void ofTwoActsInOneSentenceEachEventTakesTheOneNextToItsActor() {
        String sentence = "[Kenya:KEN] recalled its ambassador from [Ethiopia:ETH] after Addis Ababa expelled all Kenyan diplomats.";
        assertThat(states(event(sentence, PloverType.SANCTION, "diplomatic", Modality.ASSERTED)))
                .containsExactly("[KEN, ETH] diplomatic_level=chargé");
        // Expelling the other's envoys ends the other's representation: Kenya's in Ethiopia.
        String expelled = "Kenya recalled its ambassador from Ethiopia after [Addis Ababa:ETH] expelled all "
                + "[Kenyan:KEN] diplomats.";
        assertThat(states(event(expelled, PloverType.SANCTION, "diplomatic", Modality.ASSERTED)))
                .containsExactly("[KEN, ETH] diplomatic_level=none");
    }

    @Test
    void agreeingOrDecidingToRestoreTiesSaysThereAreNoneYet() {
        assertThat(states(event("[Jordan:JOR] agreed to reopen its embassy in [Damascus:SYR].",
                PloverType.SUPPORT, "diplomatic", Modality.ASSERTED))).containsExactly("[JOR, SYR] diplomatic_level=none");
        assertThat(states(event("[Kenya:KEN] would restore relations with [Morocco:MAR], officials said.",
                PloverType.SUPPORT, "diplomatic", Modality.HYPOTHETICAL))).containsExactly("[KEN, MAR] diplomatic_level=none");
        // Reopened, without an ambassador named, is no level yet.
        assertThat(states(event("[Jordan:JOR] reopened its embassy in [Damascus:SYR].",
                PloverType.SUPPORT, "diplomatic", Modality.ASSERTED))).isEmpty();
    }

    @Test
    void brokenTiesWithOneStateDoNotWithdrawRecognitionGivenToAnother() {
        assertThat(states(event("[Honduras:HND] broke relations with [Taiwan:TWN] and recognized Beijing.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).containsExactly("[HND, TWN] diplomatic_level=none");
    }

    @Test
    void withdrawnRecognitionAloneSaysNothingOfTheEnvoys() {
        assertThat(states(event("[Canada:CAN] withdrew recognition of [Maduro:VEN] as president.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED))).containsExactly("[CAN, VEN] recognition=not_recognized");
        assertThat(states(event("[Canada:CAN] broke off relations with [Venezuela:VEN] and withdrew its recognition.",
                PloverType.SANCTION, "diplomatic", Modality.ASSERTED)))
                .containsExactly("[CAN, VEN] recognition=not_recognized", "[CAN, VEN] diplomatic_level=none");
    }
}
