package dyad.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    /** One quote, one speaker: checks offsets, text, verb and speaker. */
    private static void assertSingle(String marked, String verb) {
        Fixture f = Fixture.parse(marked);
        List<AttributedQuote> found = f.find();
        assertThat(found).as(f.text()).hasSize(1);
        f.assertQuote(found.get(0), 0, verb, 0, false);
    }

    // --- attribution after the quote

    @Test
    void verbThenSpeakerAfterTheQuote() {
        assertSingle("“⟨We will not back down,⟩” said ⟦Ana Pérez⟧.", "said");
    }

    @Test
    void speakerThenVerbAfterTheQuote() {
        assertSingle("“⟨We will not back down,⟩” ⟦Ana Pérez⟧ said.", "said");
        assertSingle("“⟨The talks went well,⟩” ⟦the minister⟧ added.", "added");
        assertSingle("“⟨We reject the ruling,⟩” ⟦the statement⟧ said.", "said");
    }

    @Test
    void pronounAfterAStraightQuoteWithTheCommaOutside() {
        assertSingle("\"⟨We are ready⟩\", ⟦she⟧ said.", "said");
    }

    @Test
    void nameWithParticlesAndHyphens() {
        assertSingle("“⟨Europe stands ready,⟩” said ⟦Ursula von der Leyen⟧.", "said");
        assertSingle("“⟨We will monitor it,⟩” ⟦Jean-Marc de la Cruz⟧ said on Tuesday.", "said");
    }

    @Test
    void aNameSetOffAfterItsTitleEndingInAParticleSurnameSpeaks() {
        assertSingle("Chad's army chief, ⟦General Mahamat al-Kouri⟧, said his troops would \"⟨hold the line⟩\".", "said");
    }

    @Test
    void appositiveAfterTheNameIsSkipped() {
        assertSingle("“⟨We are monitoring the situation,⟩” ⟦Maria Smith⟧, a spokesperson for the ministry, "
                + "said in a statement.", "said");
    }

    @Test
    void determinerPhraseWithAPrepositionIsOneSpeaker() {
        assertSingle("“⟨The embassy stays open,⟩” said ⟦a spokesperson for the Nordic Council⟧.", "said");
    }

    @Test
    void accordingToAfterTheQuote() {
        assertSingle("“⟨The embassy remains open,⟩” according to ⟦a government memo⟧.", "according to");
    }

    @Test
    void aCapitalisedVerbInsideANameIsNoVerb() {
        assertSingle("“⟨Empire is a habit,⟩” said ⟦Omar Said⟧.", "said");
    }

    @Test
    void aQuestionMarkEndsTheQuoteButNotTheSentence() {
        assertSingle("“⟨Why now?⟩” ⟦she⟧ asked.", "asked");
    }

    @Test
    void headNounsEndingInLyAreNotAdverbs() {
        assertSingle("“⟨We want answers,⟩” ⟦the family⟧ said.", "said");
        assertSingle("“⟨We want answers,⟩” ⟦the family⟧ repeatedly said.", "said");
    }

    @Test
    void aTitleBetweenTheQuoteAndTheNamedSpeaker() {
        assertSingle("“⟨Our ports stay open,⟩” foreign ministry spokesman ⟦Tomas Varga⟧ told a briefing in Budapest.",
                "told");
        assertSingle("“⟨We crossed no line. This is a patrol,⟩” navy chief ⟦Admiral Kemal Aydin Jr.⟧ told reporters.",
                "told");
    }

    @Test
    void aCapitalisedAuxiliaryBeforeTheVerbIsAName() {
        assertSingle("“⟨We stand with Estonia,⟩” ⟦May⟧ told parliament on Monday.", "told");
    }

    @Test
    void aSpeakerDescribedThenNamedAfterTheVerb() {
        assertSingle("“⟨The findings are grave,⟩” said its chair, ⟦Inés Carvalho⟧.", "said");
    }

    // --- attribution before the quote

    @Test
    void speakerVerbColonQuote() {
        assertSingle("⟦Ana Pérez⟧ said: “⟨We are ready.⟩”", "said");
    }

    @Test
    void speakerVerbThatQuote() {
        assertSingle("⟦The ministry⟧ has said that “⟨talks will resume next month.⟩”", "said");
    }

    @Test
    void speakerVerbQuote() {
        assertSingle("⟦Jonas Berg⟧ said \"⟨enough is enough⟩\" before leaving.", "said");
    }

    @Test
    void asSpeakerStatedOnADate() {
        assertSingle("As ⟦Lena Hartmann⟧ stated on March 3: “⟨Force is never the answer.⟩”", "stated");
    }

    @Test
    void markdownLinkAroundTheAttributionAndATitleBeforeTheName() {
        assertSingle("As the [President of the Assembly, ⟦Lena Hartmann⟧, stated on March 3](#): "
                + "*\"⟨Force is never the answer.⟩\"*", "stated");
    }

    @Test
    void accordingToBeforeTheQuote() {
        assertSingle("According to ⟦a spokesperson for the foreign ministry⟧, “⟨the embassy remains open.⟩”",
                "according to");
    }

    @Test
    void inSpeakersWordsHasNoVerb() {
        assertSingle("In ⟦Rosa Lind⟧’s words: “⟨Solidarity is a practice, not a slogan.⟩”", null);
        assertSingle("In the words of ⟦the rapporteur⟧, “⟨the blockade must end.⟩”", null);
    }

    @Test
    void calledIt() {
        assertSingle("⟦Norway⟧ called it “⟨a historic step.⟩”", "called");
        assertSingle("The vote, which ⟦Ghana⟧ called “⟨a sham,⟩” was held in May.", "called");
    }

    @Test
    void aPlaceAfterTheHeadStaysInThePhrase() {
        assertSingle("⟦Officials in Accra⟧ described the talks as “⟨constructive but difficult.⟩”", "described");
    }

    @Test
    void aNamingVerbAfterACommonNounIsNoAttribution() {
        Fixture f = Fixture.parse("The group, called “Friends of the Coast”, met in June. A coalition called "
                + "“Open Ports” formed.");
        assertThat(f.find()).isEmpty();
    }

    @Test
    void aBaseFormAfterAQuoteIsNoInvertedVerb() {
        Fixture f = Fixture.parse("The ‘realist’ label stuck.");
        assertThat(f.find()).isEmpty();
    }

    @Test
    void relativeClauseAttributesToItsAntecedent() {
        assertSingle("The envoy met ⟦Carlos Ruiz⟧, who said “⟨the border must reopen.⟩”", "said");
    }

    @Test
    void aQuotedPhraseInTheObjectOfASpeechVerb() {
        assertSingle("⟦A spokesperson for the Nordic Council⟧ said Norway remains “⟨gravely worried⟩” about the "
                + "dispute.", "said");
        assertSingle("State television, ⟦Ivo Marek⟧ explained, has kept a “⟨silence⟩” on the strikes.",
                "explained");
    }

    @Test
    void possessorOfAStatedIntention() {
        assertSingle("⟦President Dorn⟧’s stated intention to ‘⟨take the port⟩’ alarmed the neighbours.", "stated");
    }

    @Test
    void aListOfCountriesSpeaksTogether() {
        assertSingle("On May 2, ⟦Ghana, Kenya and Senegal, together with Norway⟧, affirmed “⟨the region is a zone of "
                + "peace.⟩”", "affirmed");
    }

    @Test
    void aTimePhraseBetweenSubjectAndVerbIsSkipped() {
        assertSingle("⟦The ministry⟧ on Monday said “⟨no decision has been taken.⟩”", "said");
    }

    @Test
    void coordinatedVerbsShareTheirSubjectAcrossABlankLine() {
        Fixture f = Fixture.parse("⟦They⟧ called for “⟨an end to the blockade⟩” and\n\nexpressed “⟨concern about "
                + "the seizure of assets.⟩”");
        List<AttributedQuote> found = QuoteFinder.find(f.text(), f.oneSentence(), Fixture.VERBS);
        assertThat(found).hasSize(2);
        f.assertQuote(found.get(0), 0, "called for", 0, false);
        f.assertQuote(found.get(1), 1, "expressed", 0, false);
    }

    @Test
    void aCoordinatedVerbWithoutAnEarlierCueTakesTheSubjectOfTheSentence() {
        assertSingle("⟦Hanoi⟧ did not attend the hearing and has called the ruling “⟨void⟩”.", "called");
        assertSingle("⟦Foreign Secretary Priya Nair⟧ telephoned both capitals and urged them to avoid “⟨any escalation⟩”.",
                "urged");
    }

    @Test
    void aParticipleAfterACommaTakesTheSubjectOfItsClause() {
        assertSingle("⟦Chile⟧ did not deny the patrols, describing them as “⟨routine⟩”.", "describing");
        assertSingle("The talks left out the rebels, whom ⟦Bamako⟧ refuses to meet, calling them “⟨bandits⟩”.", "calling");
    }

    @Test
    void quotedAsSayingAttributesToThePersonQuoted() {
        assertSingle("State radio quoted ⟦Lukas⟧ as saying that “⟨talks are the only way⟩” out of the dispute.", "saying");
    }

    @Test
    void aPassiveSpeechVerbAttributesNothing() {
        assertSingle("⟦Ankara⟧ called the arrest of Omer, who is accused of espionage, a “⟨mistake⟩”.", "called");
        assertSingle("⟦The tribunal⟧ said some of the claims made by Ghana were “⟨plausible⟩”.", "said");
    }

    @Test
    void aVerbFormAfterAPossessiveIsANoun() {
        Fixture f = Fixture.parse("The court ruled that Serbia’s claim to the “northern strip” had no basis.");
        assertThat(f.find()).isEmpty();
    }

    @Test
    void verbsOfFindingAgreeingAndCharacterising() {
        assertSingle("⟦The inquiry⟧ found that the raids “⟨may amount to war crimes.⟩”", "found");
        assertSingle("In the communiqué, ⟦Laos and Thailand⟧ agreed to build “⟨a durable partnership⟩”.", "agreed");
        assertSingle("⟦Chancellor Ida Berg⟧ rejected the comparison as “⟨absurd⟩”.", "rejected");
        assertSingle("That day ⟦Jakarta⟧ hailed the deal as “⟨a win for dialogue.⟩”", "hailed");
    }

    @Test
    void takingNoteIsNoSpeech() {
        assertSingle("⟦The ministry⟧ said it had taken note of the “⟨unilateral⟩” decision.", "said");
    }

    @Test
    void aColonAfterANamedSubjectIntroducesItsWords() {
        assertSingle("⟦Ruiz Castro⟧ went further on Twitter: “⟨Washington knows the truth.⟩”", null);
        assertSingle("⟦The ministry’s message⟧ was clear: “⟨Cuba will not bow.⟩”", null);
    }

    @Test
    void aColonAfterAnUnownedSubjectAttributesNothing() {
        Fixture f = Fixture.parse("The result was plain: “a draw”. The banner read: “No to war”.");
        assertThat(f.find()).isEmpty();
    }

    // --- attribution later in the sentence

    @Test
    void aScareQuoteAttributedByAccordingToLaterInTheSentence() {
        assertSingle("The cabinet is drafting a new “⟨flexible⟩” stance on the fishery talks, according to ⟦a leaked "
                + "briefing⟧.", "according to");
    }

    @Test
    void aReportingClauseAtTheSentenceEnd() {
        assertSingle("The “⟨flexible⟩” stance will continue, ⟦the minister⟧ said.", "said");
    }

    // --- no attribution

    @Test
    void scareQuotesWithoutASourceAreDropped() {
        Fixture f = Fixture.parse("The plan offers “temporary waivers” for exporters. Oslo sent “junior envoys” "
                + "to the capital.");
        assertThat(f.find()).isEmpty();
    }

    @Test
    void aQuoteEndingInAFullStopIsNotAttributedByTheNextSentence() {
        Fixture f = Fixture.parse("The motto reads “Peace first.” They said little else.");
        assertThat(QuoteFinder.find(f.text(), f.oneSentence(), Fixture.VERBS)).isEmpty();
    }

    @Test
    void aNounAfterADeterminerIsNoVerb() {
        Fixture f = Fixture.parse("The call for “free and fair” elections grew.");
        assertThat(f.find()).isEmpty();
    }

    // --- several quotes

    @Test
    void aSplitQuoteTakesTheAttributionBetweenItsParts() {
        Fixture f = Fixture.parse("“⟨With the treaty,⟩” said ⟦Ana Pérez⟧, “⟨we gained a partner. It changed "
                + "everything.⟩”");
        List<AttributedQuote> found = f.find();
        assertThat(found).hasSize(2);
        f.assertQuote(found.get(0), 0, "said", 0, false);
        f.assertQuote(found.get(1), 1, "said", 0, false);
    }

    @Test
    void eachQuoteTakesTheCueThatLeadsIntoIt() {
        Fixture f = Fixture.parse("⟦Ana⟧ said “⟨yes⟩”, ⟦Omar⟧ said “⟨no⟩”.");
        List<AttributedQuote> found = f.find();
        assertThat(found).hasSize(2);
        f.assertQuote(found.get(0), 0, "said", 0, false);
        f.assertQuote(found.get(1), 1, "said", 1, false);
    }

    @Test
    void aQuoteInTheNextSentenceContinuesTheAttribution() {
        Fixture f = Fixture.parse("“⟨We are ready,⟩” ⟦she⟧ said. “⟨The talks must resume. Nobody gains from "
                + "delay.⟩”");
        List<AttributedQuote> found = f.find();
        assertThat(found).hasSize(2);
        f.assertQuote(found.get(0), 0, "said", 0, false);
        f.assertQuote(found.get(1), 1, "said", 0, true);
    }

    @Test
    void aQuoteEndingInAnElisionContinuesAcrossTheSentenceItEnds() {
        Fixture f = Fixture.parse("“⟨It would help,⟩” said ⟦Rosa Lind⟧, an organiser. “⟨We have asked for it since "
                + "2019 […] Our work improves when an envoy is here.⟩”");
        assertThat(f.sentences()).hasSize(3); // the splitter ends a sentence at "[…]"
        List<AttributedQuote> found = f.find();
        assertThat(found).hasSize(2);
        f.assertQuote(found.get(0), 0, "said", 0, false);
        f.assertQuote(found.get(1), 1, "said", 0, true);
        assertThat(found.get(1).quote().text()).contains("[…] Our work");
    }

    @Test
    void continuationStopsAtAParagraphEnd() {
        Fixture f = Fixture.parse("“⟨We are ready,⟩” ⟦she⟧ said.\n“A tagline under the article.”");
        List<AttributedQuote> found = f.find();
        assertThat(found).hasSize(1);
        f.assertQuote(found.get(0), 0, "said", 0, false);
    }

    @Test
    void aScareQuoteAfterAnAttributedQuoteIsNoContinuation() {
        Fixture f = Fixture.parse("“⟨We are ready,⟩” ⟦she⟧ said. The “realist” turn surprised observers.");
        assertThat(f.find()).hasSize(1);
    }

    @Test
    void anOpenQuoteTakesTheAttributionOfTheParagraphThatReopensIt() {
        Fixture f = Fixture.parse("“⟨The first part runs to the end of the paragraph.⟩\n\n“⟨The second part closes "
                + "it,⟩” said ⟦Ana Pérez⟧.");
        List<AttributedQuote> found = f.find();
        assertThat(found).hasSize(2);
        f.assertQuote(found.get(0), 0, "said", 0, true);
        f.assertQuote(found.get(1), 1, "said", 0, false);
    }

    @Test
    void apostrophesAndNestedQuotesStayInsideTheQuote() {
        Fixture f = Fixture.parse("“⟨Norway’s position hasn’t changed; we called it ‘a farce’ then,⟩” ⟦the minister⟧ "
                + "said.");
        List<AttributedQuote> found = f.find();
        assertThat(found).hasSize(1);
        f.assertQuote(found.get(0), 0, "said", 0, false);
    }

    @Test
    void quotesComeInDocumentOrder() {
        Fixture f = Fixture.parse("⟦Ana Pérez⟧ said: “⟨Yes.⟩”\n\n“⟨No,⟩” ⟦Omar Lind⟧ replied.");
        List<AttributedQuote> found = f.find();
        assertThat(found).extracting(q -> q.speaker().text()).containsExactly("Ana Pérez", "Omar Lind");
        assertThat(found).extracting(AttributedQuote::verb).containsExactly("said", "replied");
    }

    @Test
    void withoutSentencesParagraphsStandIn() {
        Fixture f = Fixture.parse("“⟨We are ready,⟩” said ⟦Ana Pérez⟧.");
        List<AttributedQuote> found = QuoteFinder.find(f.text(), List.<Span>of(), Fixture.VERBS);
        assertThat(found).hasSize(1);
        f.assertQuote(found.get(0), 0, "said", 0, false);
    }

    @Test
    void anyTextGivesSpansThatMatchIt() {
        String[] pieces = {"“", "”", "‘", "’", "\"", "'", "«", "»", "„", " ", " ", "\n", "\n\n", ",", ".", ":", "[", "](#)",
            "*", "(", ")", "said", "she", "Ana", "Pérez", "the", "ministry", "according", "to", "In", "words", "and",
            "called", "who", "’s", "of", "for", "a", "on", "Monday", "…"};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextBoolean()) {
                    b.append(' ');
                }
            }
            String text = b.toString();
            for (AttributedQuote q : QuoteFinder.find(text, new Fixture(text, List.of(), List.of()).sentences(), Fixture.VERBS)) {
                assertThat(q.quote().text()).isEqualTo(text.substring(q.quote().start(), q.quote().end()));
                assertThat(q.speaker().text()).isEqualTo(text.substring(q.speaker().start(), q.speaker().end()));
                assertThat(q.speaker().overlaps(q.quote().start(), q.quote().end())).as(text).isFalse();
            }
        }
    }
}
