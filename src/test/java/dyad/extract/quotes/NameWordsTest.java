package dyad.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.Role;
import org.junit.jupiter.api.Test;

class NameWordsTest {

    @Test
    void theShippedListsLoadWithRolesAndGenders() {
        NameWords words = NameWords.shipped(); // the loader rejects duplicates, bad roles, kinds and genders
        assertThat(words.titleCount()).isGreaterThan(100);
        assertThat(words.bodyWordCount()).isGreaterThan(40);
        assertThat(words.title("Spokeswoman").gender()).isEqualTo('f');
        assertThat(words.title("colonel").role()).contains(Role.MIL);
        assertThat(words.isPersonTitle("minister")).isTrue();
        assertThat(words.isPersonTitle("deputy")).isFalse();
        assertThat(words.isTitle("deputy")).isTrue();
        assertThat(words.bodyRole("Ministry")).contains(Role.GOV);
        assertThat(words.bodyRole("Network")).contains(Role.CSO);
        assertThat(words.isBodyWord("office")).isTrue();
        assertThat(words.bodyRole("office")).isEmpty();
    }

    @Test
    void aBadRowNamesItsFileAndLine() {
        assertThatThrownBy(() -> new NameWords("/dyad/quotes-test/titles-bad-role.tsv", NameWords.BODIES))
                .hasMessageContaining("titles-bad-role.tsv line 3").hasMessageContaining("unknown role 'XYZ'");
        assertThatThrownBy(() -> new NameWords("/dyad/quotes-test/titles-duplicate.tsv", NameWords.BODIES))
                .hasMessage("/dyad/quotes-test/titles-duplicate.tsv line 3: duplicate title 'envoy'");
    }
}
