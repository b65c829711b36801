package dyad.extract.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.extract.actors.TsvTable;
import dyad.extract.relations.RelationCues.Kind;
import dyad.extract.relations.RelationCues.Match;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The relation cue lexicon: the shipped file loads, bad lines are named, cues match words as documented. */
class RelationCuesTest {

    private static Words words(String sentence) {
        return Words.of(Span.of(sentence, 0, sentence.length()));
    }

    /** A lexicon of the given rows plus one harmless cue of every kind, so it parses. */
    private static RelationCues cues(String... lines) {
        List<TsvTable.Row> rows = new ArrayList<>();
        int n = 1;
        for (String line : lines) {
            rows.add(new TsvTable.Row("test.tsv", n++, List.of(line.split("\t", -1))));
        }
        for (Kind k : Kind.values()) {
            rows.add(new TsvTable.Row("test.tsv", n++, List.of(k.name().toLowerCase(), "zzz" + k.ordinal(), "-")));
        }
        return RelationCues.parse(rows);
    }

    @Test
    void theShippedLexiconHasEveryKindWithoutRepeats() {
        RelationCues shipped = RelationCues.load();
        assertThat(shipped.any(Kind.REIMPOSE, words("They reimposed it."))).isTrue();
        assertThat(shipped.any(Kind.CHARGE, words("The Chargé d’Affaires left."))).isTrue();
    }

    @Test
    void prefixesGapsYearsAndFoldedAccentsMatch() {
        RelationCues c = cues("reimpose\trestor* ... sanction*\t-", "past_frame\tin #year\t-",
                "charge\tcharge d'affaires\t-");
        assertThat(c.find(Kind.REIMPOSE, words("Washington restored some oil sanctions on Caracas.")))
                .containsExactly(new Match(Kind.REIMPOSE, 1, 4));
        assertThat(c.any(Kind.REIMPOSE, words("Washington restored ties with many partners and lifted sanctions.")))
                .isFalse();
        assertThat(c.any(Kind.PAST_FRAME, words("It happened in 2018."))).isTrue();
        assertThat(c.any(Kind.PAST_FRAME, words("It happened in 318."))).isFalse();
        assertThat(c.find(Kind.CHARGE, words("Its CHARGÉ D’AFFAIRES stayed."))).containsExactly(new Match(Kind.CHARGE, 1, 2));
    }

    @Test
    void clauseBreaksAreMarkedOnTheWordAfterThem() {
        Words w = words("The U.S. eased sanctions; the UK’s embassy — open — stays.");
        assertThat(w.list()).extracting(Words.Word::folded)
                .containsExactly("the", "u", "s", "eased", "sanctions", "the", "uk's", "embassy", "open", "stays");
        assertThat(w.list()).extracting(Words.Word::breakBefore)
                .containsExactly(false, false, false, false, false, true, false, false, true, true);
        assertThat(w.get(7).start()).isEqualTo("The U.S. eased sanctions; the UK’s ".length());
    }

    @Test
    void badLinesAreNamedByFileAndLine() {
        assertThatThrownBy(() -> cues("reimposes\treimpose\t-"))
                .hasMessageContaining("test.tsv line 1").hasMessageContaining("unknown cue kind 'reimposes'");
        assertThatThrownBy(() -> cues("lift\tLift\t-"))
                .hasMessageContaining("test.tsv line 1").hasMessageContaining("lower-case");
        assertThatThrownBy(() -> cues("lift\tlift\t-", "lift\tlift\t-"))
                .hasMessageContaining("test.tsv line 2").hasMessageContaining("repeated cue 'lift'");
        assertThatThrownBy(() -> cues("lift\t... sanctions\t-"))
                .hasMessageContaining("test.tsv line 1").hasMessageContaining("'...'");
        assertThatThrownBy(() -> RelationCues.parse(List.of(new TsvTable.Row("x.tsv", 3, List.of("lift", "lift", "-")))))
                .hasMessageContaining("no cue of kind IMPOSE");
    }
}
