package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Who acts when the parse does not hang the agent on the act: "by" phrases, gapped lists, acts carried by a verb. */
@Tag("models")
class WhoActsTest {

    private static List<Event> events(Marked m) {
        return events(m.text());
    }

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2024-06-01", Event.class);
    }

    /** The source and target countries of the text's acts of one type. */
    private static List<org.assertj.core.groups.Tuple> parties(PloverType type, String text) {
        return events(text).stream().filter(e -> e.type() == type)
                .map(e -> tuple(e.source().country(), e.target().country())).toList();
    }

    @Test
    void aNounReadAsTheSubjectOfItsParticipleTakesTheParticiplesAgent() {
        Marked m = Marked.parse("[Japan:JPN/GOV] regretted the {veto:REJECT} cast by [China:CHN/GOV] on 2 June.");
        assertThat(events(m)).extracting(e -> e.type(), e -> e.source().country())
                .contains(tuple(PloverType.REJECT, "CHN"));
    }

    @Test
    void theOwnerOfASideActsAndThePhraseAfterTheParticipleIsAimedAt() {
        Marked m = Marked.parse("[Egypt:EGY/GOV] denounced the {support:SUPPORT} extended by the [Ethiopian:ETH/GOV] side "
                + "to the [Sudanese:SDN/GOV] army.");
        assertThat(events(m)).extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.SUPPORT, "ETH", "SDN"));
    }

    @Test
    void aParticipleWithAnAgentActsOnItsSubject() {
        Marked m = Marked.parse("Forty [Chilean:CHL/CVL] miners have died, most of them {shot:ASSAULT} by [Bolivian:BOL/MIL] "
                + "soldiers, according to the ombudsman.");
        assertThat(events(m)).filteredOn(e -> e.type() == PloverType.ASSAULT)
                .extracting(e -> e.source().country(), e -> e.target().country()).containsExactly(tuple("BOL", "CHL"));
    }

    @Test
    void aByPhraseTheParseTiedToADateStillNamesTheSignatories() {
        Marked m = Marked.parse("A first {truce:AGREE}, signed in Doha that May by [Chad:TCD/GOV], [Libya:LBY/GOV] and "
                + "the [African Union:AU/IGO], collapsed within months.");
        assertThat(events(m)).filteredOn(e -> e.type() == PloverType.AGREE)
                .extracting(e -> e.source().country() == null ? e.source().org() : e.source().country(),
                        e -> e.target().country() == null ? e.target().org() : e.target().country())
                .contains(tuple("TCD", "LBY"), tuple("LBY", "TCD"), tuple("AU", "TCD"), tuple("TCD", "AU"));
    }

    @Test
    void everySignatoryOfABrokenListAgreesWithTheOthers() {
        Marked m = Marked.parse("The {accord:AGREE}, signed on the night of June 4 by [Ruto:KEN/GOV], [Ugandan:UGA/GOV] "
                + "President Yoweri Museveni and [Tanzanian:TZA/GOV] President Samia Suluhu Hassan, took effect at midnight.");
        assertThat(events(m)).filteredOn(e -> e.type() == PloverType.AGREE)
                .extracting(e -> e.source().country(), e -> e.target().country())
                .contains(tuple("KEN", "UGA"), tuple("UGA", "TZA"), tuple("TZA", "KEN"));
    }

    @Test
    void theAuthorOfTheThingActedOnIsTheTarget() {
        Marked m = Marked.parse("[Ecuador:ECU/GOV] {rejected:REJECT} a draft resolution circulated by [Peru:PER/GOV] "
                + "last week.");
        assertThat(events(m)).extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple(PloverType.REJECT, "ECU", "PER"));
    }

    @Test
    void aByPhraseOnAnActiveVerbIsNoAgentOfIt() {
        Marked m = Marked.parse("[Vietnam:VNM/GOV] refuses to {recognise:SUPPORT} a 2019 ruling by a tribunal in Geneva.");
        assertThat(events(m)).filteredOn(e -> e.type() == PloverType.SUPPORT)
                .allSatisfy(e -> assertThat(e.source().country()).isEqualTo("VNM"));
    }

    @Test
    void anActiveVerbKeepsItsSubjectWhenANounAfterItHasABy() {
        Marked m = Marked.parse("Several [Austrian:AUT/GOV] towns {cancelled:SANCTION} rallies by [Serbian:SRB/GOV] ministers.");
        assertThat(events(m)).filteredOn(e -> e.type() == PloverType.SANCTION)
                .allSatisfy(e -> assertThat(e.source().country()).isNotEqualTo("SRB"));
    }

    @Test
    void aBareOfficeWordStandsForTheBodyItsOfPhraseNames() {
        Marked m = Marked.parse("[Malawi:MWI/GOV] held elections in May. On Monday, leaders of the [African Union:AU/IGO] "
                + "{condemned:ACCUSE} [Sudan:SDN/GOV] for the raids.");
        assertThat(events(m)).filteredOn(e -> e.type() == PloverType.ACCUSE)
                .extracting(e -> e.source().org(), e -> e.target().country()).containsExactly(tuple("AU", "SDN"));
    }

    @Test
    void aByPhraseOnAnEventNounAfterAParticipleIsThatEventsAgent() {
        Marked m = Marked.parse("The [Kenyan:KEN/GOV] ministry said six people were killed in an {air strike:ASSAULT} by "
                + "[Somali:SOM/MIL] forces near the border.");
        assertThat(events(m)).filteredOn(e -> e.source().country() != null && e.source().country().equals("SOM"))
                .extracting(e -> e.type()).containsOnly(PloverType.ASSAULT).hasSize(1);
    }

    @Test
    void theAuthorOfAThingNamedDownItsOfPhrasesIsTheTarget() {
        Marked m = Marked.parse("[Norway:NOR/GOV] regretted the {veto:REJECT} cast by [India:IND/GOV] against a draft resolution "
                + "on the protection of journalists put forward by [Chile:CHL/GOV] and [Ghana:GHA/GOV].");
        assertThat(events(m)).filteredOn(e -> e.type() == PloverType.REJECT)
                .extracting(e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple("IND", "CHL"), tuple("IND", "GHA"));
    }

    @Test
    void statesCountedAfterASemicolonRepeatTheGappedAct() {
        Marked m = Marked.parse("[Spain:ESP/GOV] and [Italy:ITA/GOV] each {expelled:SANCTION} four [Iranian:IRN/GOV] diplomats; "
                + "[Portugal:PRT/GOV] three; [Malta:MLT/GOV] and [Cyprus:CYP/GOV] two each.");
        assertThat(events(m)).filteredOn(e -> e.type() == PloverType.SANCTION)
                .extracting(e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple("ESP", "IRN"), tuple("ITA", "IRN"), tuple("PRT", "IRN"),
                        tuple("MLT", "IRN"), tuple("CYP", "IRN"));
    }

    @Test
    void aListOfTargetsAfterAColonIsNoGappedAgent() {
        Marked m = Marked.parse("[Canada:CAN/GOV] {sanctioned:SANCTION} officials of three states in 2019: [Iran:IRN/GOV]; "
                + "[Syria:SYR/GOV], twelve; and [Cuba:CUB/GOV].");
        assertThat(events(m)).filteredOn(e -> e.type() == PloverType.SANCTION)
                .allSatisfy(e -> assertThat(e.source().country()).isEqualTo("CAN"));
    }

    @Test
    void theSubjectOfAVerbThatMovesToAnActTakesIt() {
        Marked m = Marked.parse("After the crash, [Ottawa:CAN/GOV] and [Canberra:AUS/GOV] moved to sectoral {sanctions:SANCTION} "
                + "on [Iranian:IRN/GOV] banks.");
        assertThat(events(m)).filteredOn(e -> e.type() == PloverType.SANCTION)
                .extracting(e -> e.source().country(), e -> e.target().country())
                .containsExactlyInAnyOrder(tuple("CAN", "IRN"), tuple("AUS", "IRN"));
    }

    @Test
    void aParticipleAfterACommaIsItsClausesAdjunctNotTheNextNounsModifier() {
        assertThat(parties(PloverType.ACCUSE, "Chile on Friday recalled its ambassador to Bolivia, accusing President "
                + "Luis Arce of meddling in its internal affairs.")).containsExactly(tuple("CHL", "BOL"));
        assertThat(parties(PloverType.ACCUSE, "Ghana expelled two Nigerian diplomats, accusing Abuja of spying."))
                .containsExactly(tuple("GHA", "NGA"));
    }

    @Test
    void theyAfterAListInItsOwnSentenceIsThatList() {
        List<Event> events = events("Mali, Niger and Chad closed their borders with Benin in May. "
                + "On 3 June Togo and Ghana said they would reopen their borders with Benin.");
        assertThat(events).filteredOn(e -> e.evidence().text().startsWith("On 3 June"))
                .extracting(e -> e.source().country()).containsOnly("TGO", "GHA").contains("TGO", "GHA");
    }

    @Test
    void anUnplacedMinisterSpeaksForTheStateTheStoryIsAbout() {
        assertThat(parties(PloverType.REQUEST, "Chile on Friday recalled its ambassador to Bolivia. "
                + "Foreign Minister Ana Torres said Chile would not tolerate the remarks. "
                + "She urged Bolivia to respect its neighbours.")).containsExactly(tuple("CHL", "BOL"));
    }

    @Test
    void anActorRightAfterADayWithNoCommaIsTheVerbsSubject() {
        List<Event> events = events("Peru's president spoke in Lima on Monday. "
                + "On Wednesday Bolivia expelled two Peruvian diplomats.");
        assertThat(events).filteredOn(e -> e.type() == PloverType.SANCTION)
                .extracting(e -> e.source().text(), e -> e.source().country(), e -> e.target().country())
                .contains(tuple("Bolivia", "BOL", "PER"));
    }
}
