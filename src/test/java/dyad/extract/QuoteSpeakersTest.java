package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Actor;
import dyad.model.Quote;
import dyad.model.Role;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Who speaks, through the whole pipeline: people the gazetteer does not know, introduced with a
 * title or an apposition and referred to later by surname, pronoun or title; bodies and their
 * spokespeople; documents and their authors; unnamed officials; the addressee of a letter.
 */
@Tag("models")
class QuoteSpeakersTest {

    private static List<Quote> quotes(String text) {
        return SharedModels.records(text, "2024-05-06", Quote.class);
    }

    private static Actor speakerOf(List<Quote> quotes, String quoted) {
        return quotes.stream().filter(q -> q.text().contains(quoted)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + quoted + "' in " + quotes)).speaker();
    }

    private static void assertSpeaker(Actor a, String name, String country, Role role) {
        assertThat(a.name()).as("name of %s", a).isEqualTo(name);
        assertThat(a.country()).as("country of %s", a).isEqualTo(country);
        assertThat(a.role()).as("role of %s", a).isEqualTo(role);
    }

    @Test
    void aTitledSpokesmanIsThePersonOfTheStateWhoseGovernmentHeSpeaksFor() {
        List<Quote> q = quotes("Chile summoned the Bolivian ambassador on Monday. In a televised statement, Chilean "
                + "government spokesman Colonel Rodrigo Salinas Vera said the border would stay closed. \"We will "
                + "not be intimidated,\" he said. Salinas Vera later told reporters the talks were \"frozen\".");
        assertSpeaker(speakerOf(q, "intimidated"), "Rodrigo Salinas Vera", "CHL", Role.GOV);
        assertSpeaker(speakerOf(q, "frozen"), "Rodrigo Salinas Vera", "CHL", Role.GOV);
    }

    @Test
    void anAppositionAfterTheNameGivesStateAndRole() {
        List<Quote> q = quotes("\"This is a provocation,\" said Irina Volkova, a spokeswoman for the Russian foreign "
                + "ministry. \"Moscow will respond,\" she added.");
        assertSpeaker(speakerOf(q, "provocation"), "Irina Volkova", "RUS", Role.GOV);
        assertSpeaker(speakerOf(q, "Moscow will respond"), "Irina Volkova", "RUS", Role.GOV);
    }

    @Test
    void anActivistOfAGroupInACityIsCivilSocietyOfThatCitysState() {
        List<Quote> q = quotes("\"The detentions must end,\" said Amina Yusuf, director of the Horn Rights Network in "
                + "Nairobi.");
        assertSpeaker(speakerOf(q, "detentions"), "Amina Yusuf", "KEN", Role.CSO);
    }

    @Test
    void aSociologistLivingAbroadBelongsToWhereSheLives() {
        List<Quote> q = quotes("\"Our community is worried,\" said Lucía Fernández Soto, a Peruvian sociologist "
                + "living in Norway.");
        assertSpeaker(speakerOf(q, "community"), "Lucía Fernández Soto", "NOR", Role.CSO);
    }

    @Test
    void anArmySpokesmanIsOfTheArmy() {
        List<Quote> q = quotes("Uganda's army spokesman, Brigadier Felix Okello, said troops had crossed the border. "
                + "\"We are defending our territory,\" he said.");
        assertSpeaker(speakerOf(q, "defending"), "Felix Okello", "UGA", Role.MIL);
    }

    @Test
    void heIsTheSubjectOfTheLastSentenceNamingSomeoneNotItsLastName() {
        List<Quote> q = quotes("Foreign Minister Tomas Varga met Prime Minister Viktor Orbán in Budapest on "
                + "Monday. \"Our position has not changed,\" he said.");
        assertThat(speakerOf(q, "position").name()).isEqualTo("Tomas Varga");
    }

    @Test
    void theMinisterAddedIsTheLastPersonNamedAsMinister() {
        List<Quote> q = quotes("Trade Minister Sipho Dlamini said South Africa would appeal. Officials in Pretoria "
                + "expected a ruling in June. \"We have a strong case,\" the minister added.");
        assertSpeaker(speakerOf(q, "strong case"), "Sipho Dlamini", "ZAF", Role.GOV);
    }

    @Test
    void aForeignMinistrySpokeswomanSpeaksForTheStateThePassageIsAbout() {
        List<Quote> q = quotes("Hanoi, too, objected. A foreign ministry spokeswoman said the patrol had "
                + "\"violated Vietnam's sovereignty.\"");
        assertThat(speakerOf(q, "sovereignty").country()).isEqualTo("VNM");
    }

    @Test
    void anUnnamedOfficialIsNamedByTheWordsThatDescribeHim() {
        List<Quote> q = quotes("A Ghanaian government official said the demands were \"unworkable\".");
        assertSpeaker(speakerOf(q, "unworkable"), "Ghanaian government official", "GHA", Role.GOV);
    }

    @Test
    void aDeclarationSpeaksForTheStatesThatSignedIt() {
        List<Quote> q = quotes("Thailand and Cambodia signed a declaration in Bangkok. \"A new chapter has begun,\" the "
                + "declaration said.");
        Actor a = speakerOf(q, "new chapter");
        assertThat(a.name()).isEqualTo("Governments of Thailand and Cambodia");
        assertThat(a.country()).isNull();
    }

    @Test
    void aNamedMinistryIsNamedWithItsState() {
        List<Quote> q = quotes("India's Ministry of External Affairs said it \"regrets\" the decision.");
        assertSpeaker(speakerOf(q, "regrets"), "Ministry of External Affairs of India", "IND", Role.GOV);
    }

    @Test
    void youIsThePersonCalledByName() {
        List<Quote> q = quotes("Addressing parliament on 2 May, Prime Minister Okafor, you announced that the pilots "
                + "would be freed: \"We choose peace.\"");
        assertThat(speakerOf(q, "peace").name()).isEqualTo("Okafor");
    }

    @Test
    void theMinistryIsTheMinistryNamedBeforeAsTheTextNamesIt() {
        List<Quote> q = quotes("Senegal's Ministry of Foreign Affairs and Senegalese Abroad said the expulsion was "
                + "\"unjustified\", which it called a \"hostile act\". The ministry said Dakar would \"respond in kind\".");
        assertSpeaker(speakerOf(q, "unjustified"), "Ministry of Foreign Affairs and Senegalese Abroad", "SEN", Role.GOV);
        assertSpeaker(speakerOf(q, "hostile act"), "Ministry of Foreign Affairs and Senegalese Abroad", "SEN", Role.GOV);
        assertSpeaker(speakerOf(q, "respond in kind"), "Ministry of Foreign Affairs and Senegalese Abroad", "SEN",
                Role.GOV);
    }

    @Test
    void aUnRapporteurIsOfTheUnitedNations() {
        List<Quote> q = quotes("\"The evictions must stop,\" said Clara Mendes, the UN special rapporteur on housing.");
        Actor a = speakerOf(q, "evictions");
        assertThat(a.name()).isEqualTo("Clara Mendes");
        assertThat(a.org()).isEqualTo("UNO");
        assertThat(a.role()).isEqualTo(Role.IGO);
        assertThat(a.country()).isNull();
    }

    @Test
    void aCourtIsTheCourtNamedBefore() {
        List<Quote> q = quotes("The International Court of Justice ruled on Friday. The Court said the claims were "
                + "\"plausible\".");
        assertThat(speakerOf(q, "plausible").name()).isEqualTo("International Court of Justice");
    }

    @Test
    void theStatementAfterAJointStatementSpeaksForItsParties() {
        List<Quote> q = quotes("In a joint statement, Norway and Sweden said the talks had been \"constructive\". "
                + "\"We expect a deal by summer,\" the statement said.");
        assertThat(speakerOf(q, "constructive").name()).isEqualTo("Governments of Norway and Sweden");
        assertThat(speakerOf(q, "deal by summer").name()).isEqualTo("Governments of Norway and Sweden");
    }

    @Test
    void officialsInACapitalAreItsGovernmentAndASourceIsUnnamed() {
        List<Quote> q = quotes("Officials in Oslo said the agreement was \"a model\". A Norwegian government source "
                + "described the talks as \"tough but fair.\"");
        assertSpeaker(speakerOf(q, "a model"), "Government of Norway", "NOR", Role.GOV);
        assertSpeaker(speakerOf(q, "tough"), "Norwegian government source", "NOR", Role.GOV);
    }

    @Test
    void aTitleNamingAnInternationalBodyOverridesTheGazetteersOlderOffice() {
        List<Quote> q = quotes("The European Commission President Ursula von der Leyen called for \"calm.\"");
        Actor a = speakerOf(q, "calm");
        assertThat(a.name()).isEqualTo("Ursula von der Leyen");
        assertThat(a.org()).isEqualTo("EUR");
        assertThat(a.country()).isNull();
    }

    @Test
    void aColonelSpeakingForTheArmyAndTheColonelLater() {
        List<Quote> q = quotes("\"We cannot accept a blockade,\" said Colonel Getachew Alemu, a spokesman for the "
                + "Ethiopian National Defense Force. \"Our forces are on alert,\" the colonel said.");
        assertSpeaker(speakerOf(q, "blockade"), "Getachew Alemu", "ETH", Role.MIL);
        assertSpeaker(speakerOf(q, "on alert"), "Getachew Alemu", "ETH", Role.MIL);
    }

    @Test
    void titlesAloneAndHeadingsNameNoOne() {
        List<Quote> q = quotes("MINISTRY OF FOREIGN AFFAIRS OF GHANA\n\nMr. Chairman, the Minister of International "
                + "Relations spoke first. \"We are ready,\" he said.");
        assertThat(speakerOf(q, "ready").name()).isNotIn("Chairman", "Relations", "MINISTRY OF FOREIGN AFFAIRS OF GHANA");
    }

    @Test
    void aTitleAfterACourtNamesAJudge() {
        List<Quote> q = quotes("Supreme Court Justice Helena Duarte Lima said the order was \"final\".");
        assertSpeaker(speakerOf(q, "final"), "Helena Duarte Lima", null, Role.JUD);
    }

    @Test
    void heIsNotTheObjectOfAVerbWhenASubjectFollows() {
        List<Quote> q = quotes("After meeting President Hassan Diallo, Foreign Minister Karim Touré said the border "
                + "would reopen. \"We have turned a page,\" he said.");
        assertThat(speakerOf(q, "turned a page").name()).isEqualTo("Karim Touré");
    }

    @Test
    void aPersonOfABodyOrWhoHeadsOneTakesItsPlace() {
        List<Quote> q = quotes("\"The raids must stop,\" said Halima Bello of the Sahel Rights Network in Niamey. "
                + "\"Nobody listens,\" said Ousmane Kane, who heads the Dakar Press Foundation.");
        assertSpeaker(speakerOf(q, "raids"), "Halima Bello", "NER", Role.CSO);
        assertSpeaker(speakerOf(q, "listens"), "Ousmane Kane", "SEN", Role.CSO);
    }

    @Test
    void aDoctorLivingAbroadIsOfThePublicWhereSheLives() {
        List<Quote> q = quotes("As Mariam Osman, a Sudanese doctor living in London, told us: \"Every day we wait, "
                + "more people die.\"");
        assertSpeaker(speakerOf(q, "we wait"), "Mariam Osman", "GBR", Role.CVL);
    }

    @Test
    void aStatementsIIsTheIssuerItsHeadingNamesAndAnyOtherDocumentsIsNoOne() {
        String statement = "Ministry of Foreign Affairs\nStatement by Penny Wong, Minister for Foreign Affairs\n\n"
                + "Canberra, 3 May 2023\n\n\"We expect an explanation,\" I told the Fijian envoy.\n";
        assertSpeaker(speakerOf(quotes(statement), "explanation"), "Penny Wong", "AUS", Role.GOV);
        String column = "Foreign Affairs Notebook\n\n\"We expect an explanation,\" I told the Fijian envoy.\n";
        assertThat(speakerOf(quotes(column), "explanation").country()).isNull();
    }

    @Test
    void aHyphenatedGivenNameStaysWholeWhenTheSurnameSpeaksLater() {
        List<Quote> q = quotes("South Korea's Unification Minister Han Seo-yeon criticised the North on Monday. "
                + "\"Dialogue is the only way,\" Han said.");
        assertThat(speakerOf(q, "Dialogue").name()).isEqualTo("Han Seo-yeon");
    }

    @Test
    void anUnnamedOfficialOfABodyIsThatOfficialNotTheBody() {
        List<Quote> q = quotes("The European Union extended its sanctions on Friday. A senior EU official said the "
                + "measures were \"overdue\".");
        assertThat(speakerOf(q, "overdue").name()).isEqualTo("senior EU official");
    }

    @Test
    void aPlaceAfterAnUnnamedDiplomatSaysWhereHeIsNotWhoHeIs() {
        List<Quote> q = quotes("Tanzania closed its border with Malawi on Monday. A Western diplomat in Lilongwe "
                + "said the move was \"deeply worrying\".");
        Actor a = speakerOf(q, "deeply worrying");
        assertThat(a.name()).isEqualTo("Western diplomat");
        assertThat(a.text()).isEqualTo("A Western diplomat");
    }

    @Test
    void aPersonKeepsTheNameTheDocumentGaveThemNotTheGazetteersLongerOne() {
        List<Quote> quotes = quotes("President Salva Kiir arrived in Addis Ababa on Monday. "
                + "\"We want peace with our neighbours,\" Kiir told reporters.");
        assertSpeaker(speakerOf(quotes, "We want peace"), "Salva Kiir", "SSD", Role.GOV);
    }
}
