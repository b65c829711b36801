package dyad.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechVerbsTest {

    @Test
    void theShippedLexiconLoadsWithoutDuplicatesOrUpperCase() {
        SpeechVerbs verbs = SpeechVerbs.load(); // parse() rejects duplicates and upper case
        assertThat(verbs.size()).isGreaterThan(50);
        assertThat(verbs.longestMatch(List.of("said"), 0)).isEqualTo(1);
        assertThat(verbs.longestMatch(List.of("according", "to", "x"), 0)).isEqualTo(2);
        assertThat(verbs.longestMatch(List.of("called", "for", "x"), 0)).isEqualTo(2);
        assertThat(verbs.longestMatch(List.of("called", "it"), 0)).isEqualTo(1);
        assertThat(verbs.longestMatch(List.of("according"), 0)).isZero();
    }

    @Test
    void aDuplicateNamesItsLine() {
        assertThatThrownBy(() -> SpeechVerbs.parse(List.of("# verbs", "said", "told", "said"), "test.txt"))
                .hasMessage("test.txt line 4: duplicate entry 'said'");
    }

    @Test
    void upperCaseAndPunctuationAreRejected() {
        assertThatThrownBy(() -> SpeechVerbs.parse(List.of("Said"), "t")).hasMessageContaining("lower case");
        assertThatThrownBy(() -> SpeechVerbs.parse(List.of("said,"), "t")).hasMessageContaining("words");
    }
}
