package dyad.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.EventDate;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateLexiconTest {

    private static final DateLexicon LEXICON = DateLexicon.load();
    private static final DateExpressionFinder FINDER = new DateExpressionFinder(LEXICON);

    @Test
    void loadsEveryListWithoutDuplicates() {
        // load() fails on a duplicate or upper-case entry, so loading is the check.
        assertThat(LEXICON.cues()).contains("in", "since", "prior to");
        assertThat(LEXICON.nonYearNouns()).contains("people", "troops");
        assertThat(LEXICON.referenceNouns()).contains("article", "section");
    }

    @Test
    void everyCueMakesAYear() {
        for (String cue : LEXICON.cues()) {
            String text = "It happened " + cue + " 2016 there.";
            assertThat(years(text)).as(cue).containsExactly(EventDate.year(2016));
        }
    }

    @Test
    void everyCountNounUnmakesAYear() {
        for (String noun : LEXICON.nonYearNouns()) {
            assertThat(years("It grew in 2016 " + noun + " there.")).as(noun).isEmpty();
        }
    }

    @Test
    void everyReferenceNounUnmakesADay() {
        for (String noun : LEXICON.referenceNouns()) {
            assertThat(years("See " + noun + " 4 May there.")).as(noun).isEmpty();
        }
    }

    @Test
    void rejectsDuplicatesAndUpperCase() {
        assertThatThrownBy(() -> DateLexicon.parse("x.txt", reader("# c\nin\n\nby\nin\n")))
                .hasMessage("'x.txt' line 5: duplicate entry 'in'");
        assertThatThrownBy(() -> DateLexicon.parse("x.txt", reader("In\n")))
                .hasMessage("'x.txt' line 1: 'In' must be lower case");
        assertThatThrownBy(() -> DateLexicon.parse("x.txt", reader("# only a comment\n")))
                .hasMessage("'x.txt' has no entries");
    }

    private static List<EventDate> years(String text) {
        return FINDER.find(text, 0, text.length(), EventDate.year(2026), EventDate.year(2026)).stream()
                .map(TemporalExpression::date)
                .toList();
    }

    private static BufferedReader reader(String s) {
        return new BufferedReader(new StringReader(s));
    }
}
