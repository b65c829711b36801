package dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Scores system records against gold exactly as shared/tools/score.py does, so Dyad's own
 * numbers and the independent scorer's agree. Works on raw JSON, not on the model classes,
 * so any file in the record format can be scored (including gold-only "doc" records and
 * benchmark sentence items).
 */
public final class Scorer {

    private Scorer() {
    }

    /**
     * Scores files already read.
     *
     * @throws ScoreInputException when a gold line is malformed (system lines never throw)
     */
    public static Report score(ScoreInputs gold, ScoreInputs system, Mode mode) {
        Datasets.Gold g = Datasets.gold(gold, mode);
        Datasets.Output s = Datasets.system(system, g.mode(), g.universe());
        Datasets.Records gr = g.records();
        Datasets.Records sr = s.records();
        EventScores strict = EventScores.score(sr.events(), gr.events(), Matchers::eventStrict);
        EventScores agnostic = EventScores.score(sr.events(), gr.events(), Matchers::eventAgnostic);
        if (g.mode() == Mode.SENTENCES) {
            return new Report(gold.name(), system.name(), g.mode(), g.universe().size(), s.info(),
                    strict, agnostic, null, null, null);
        }
        return new Report(gold.name(), system.name(), g.mode(), g.universe().size(), s.info(), strict, agnostic,
                QuoteScores.score(sr.quotes(), gr.quotes()),
                LetterScores.score(sr.letters(), gr.letters()),
                RelationScores.score(sr.relations(), gr.relations()));
    }

    /**
     * Checks a gold file as {@link #score} would, so that a caller can refuse bad gold before
     * spending minutes producing the system side.
     *
     * @throws ScoreInputException naming the file and line of the first malformed gold line
     */
    public static void checkGold(ScoreInputs gold, Mode mode) {
        Datasets.gold(gold, mode);
    }

    /** Scores parsed records; lines are numbered 1..n and the files named "gold" and "system". */
    public static Report score(List<JsonNode> gold, List<JsonNode> system, Mode mode) {
        return score(ScoreInputs.of("gold", gold), ScoreInputs.of("system", system), mode);
    }
}
