package dyad.extract.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.extract.letters.LetterLexicon.Kind;
import org.junit.jupiter.api.Test;

/** The letter words load, each kind present; a bad row fails with its file and line. */
class LetterLexiconTest {

    private static final String DIR = "/lexicon/letters/";

    @Test
    void everyKindHasPhrasesAndTheyAreLowerCase() {
        LetterLexicon lex = LetterLexicon.load();
        for (Kind k : Kind.values()) {
            assertThat(lex.phrases(k)).as(k.name()).isNotEmpty().allMatch(p -> p.equals(p.toLowerCase()));
        }
        assertThat(lex.phrases(Kind.SIGN_OFF)).contains("yours sincerely", "in solidarity");
    }

    @Test
    void replyCuesTellAnsweredFromUnanswered() {
        LetterLexicon lex = LetterLexicon.load();
        assertThat(lex.replied("To date we have heard nothing.")).isFalse();
        assertThat(lex.replied("No reply has been received.")).isFalse();
        assertThat(lex.replied("Our letter remains unanswered.")).isFalse();
        assertThat(lex.replied("To date, no member of the Council has replied.")).isFalse();
        assertThat(lex.replied("The House has neither tabled nor answered it.")).isFalse();
        assertThat(lex.replied("We thank you for your reply of 8 May.")).isTrue();
        assertThat(lex.replied("We thank the Ministry for its response of 2 June.")).isTrue();
        assertThat(lex.replied("We raised the same concerns.")).isNull();
    }

    @Test
    void anUnknownKindNamesItsFileAndLine() {
        assertThatThrownBy(() -> LetterLexicon.load(DIR + "unknown-kind.tsv", LetterLexicon.REPLY_CUES))
                .hasMessageContaining("unknown-kind.tsv line 3").hasMessageContaining("greeting");
    }

    @Test
    void aPhraseMustBeLowerCaseAndUnique() {
        assertThatThrownBy(() -> LetterLexicon.load(DIR + "upper-case.tsv", LetterLexicon.REPLY_CUES))
                .hasMessageContaining("upper-case.tsv line 3").hasMessageContaining("lower case");
        assertThatThrownBy(() -> LetterLexicon.load(DIR + "duplicate.tsv", LetterLexicon.REPLY_CUES))
                .hasMessageContaining("duplicate.tsv line 4").hasMessageContaining("duplicate heading");
    }

    @Test
    void aReplyCueMustBeARegularExpression() {
        assertThatThrownBy(() -> LetterLexicon.load(LetterLexicon.CUES, DIR + "bad-regex.tsv"))
                .hasMessageContaining("bad-regex.tsv line 3").hasMessageContaining("regular expression");
    }
}
