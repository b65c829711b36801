package dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.extract.SharedModels;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A sentence too long to analyse whole is cut into parts at clause boundaries; every token keeps its offsets. */
@Tag("models")
class LongSentencesTest {

    private static Analysis analyze(String text) {
        return SharedModels.get().nlp().analyze(text, s -> true);
    }

    /** Every token of the text, once, in order, with its own offsets, in sentences of at most the limit. */
    private static void coversEveryTokenOnce(String text, Analysis a) {
        List<Token> tokens = a.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
        assertThat(a.sentences()).allSatisfy(s -> {
            assertThat(s.tokens()).hasSizeBetween(1, Nlp.MAX_SENTENCE_TOKENS);
            assertThat(s.start()).isEqualTo(s.tokens().get(0).start());
            assertThat(s.end()).isEqualTo(s.tokens().get(s.tokens().size() - 1).end());
            for (int i = 0; i < s.tokens().size(); i++) {
                assertThat(s.token(i).index()).isEqualTo(i);
            }
        });
        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i).start()).isGreaterThanOrEqualTo(tokens.get(i - 1).end());
        }
        assertThat(tokens).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word()));
        assertThat(a.sentences()).extracting(Sentence::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, a.sentences().size()).boxed().toList());
    }

    @Test
    void ordinarySentencesAreNotCut() {
        String text = "Norway thanked Chile for its help. Peru and Bolivia held talks in La Paz.";
        Analysis a = analyze(text);
        assertThat(a.cuts()).isEmpty();
        assertThat(a.sentences()).hasSize(2);
    }

    @Test
    void aSentenceOfRepeatedClausesIsCutBeforeAConjunctionAndEveryPartIsParsed() {
        String text = "Kenya thanked Uganda and ".repeat(100) + "Kenya thanked Uganda.";
        Analysis a = analyze(text);

        assertThat(a.cuts()).singleElement().satisfies(c -> {
            assertThat(c.start()).isZero();
            assertThat(c.end()).isEqualTo(text.length());
            assertThat(c.tokens()).isEqualTo(404);
            assertThat(c.parts()).isEqualTo(a.sentences().size()).isEqualTo(3);
        });
        coversEveryTokenOnce(text, a);
        assertThat(a.sentences()).allSatisfy(s -> assertThat(s.parsed()).isTrue());
        assertThat(a.sentences().subList(1, 3)).allSatisfy(s -> assertThat(s.token(0).word()).isEqualTo("and"));
        assertThat(a.sentences().get(1).token(1).lemma()).isEqualTo("Kenya");
        assertThat(a.sentences().get(1).token(2).pos()).isEqualTo("VBD");
    }

    @Test
    void aListWithNoEndIsCutAfterACommaOrASemicolon() {
        String commas = "Chile, Peru, Brazil, Norway, Ghana, ".repeat(30);
        Analysis byComma = analyze(commas);
        assertThat(byComma.cuts()).hasSize(1);
        coversEveryTokenOnce(commas, byComma);
        assertThat(byComma.sentences().get(0).tokens()).last().extracting(Token::word).isEqualTo(",");

        String semicolons = "Chile, Peru and Brazil; ".repeat(60);
        Analysis bySemicolon = analyze(semicolons);
        coversEveryTokenOnce(semicolons, bySemicolon);
        assertThat(bySemicolon.sentences().get(0).tokens()).last().extracting(Token::word).isEqualTo(";");
    }

    @Test
    void tokensWithNoBoundaryAtAllAreCutAtTheLimit() {
        String words = "alpha beta gamma delta ".repeat(120);
        Analysis a = analyze(words);
        coversEveryTokenOnce(words, a);
        assertThat(a.sentences().get(0).tokens()).hasSize(Nlp.MAX_SENTENCE_TOKENS);
        assertThat(a.cuts()).singleElement().extracting(Cut::tokens).isEqualTo(480);
    }
}
