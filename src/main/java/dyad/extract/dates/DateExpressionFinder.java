package dyad.extract.dates;

import dyad.extract.dates.DateRule.Match;
import dyad.model.EventDate;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Finds the time expressions of one stretch of text (normally a sentence) and resolves each. */
public final class DateExpressionFinder {

    private final List<DateRule> rules;

    /** Built once per process (the {@code Models} holder keeps it) and shared by every thread. */
    public DateExpressionFinder(DateLexicon lexicon) {
        Objects.requireNonNull(lexicon, "lexicon is required (DateLexicon.load())");
        this.rules = List.of(new CalendarDateRule(lexicon), new MonthRule(lexicon), new YearRule(lexicon),
                new AnchoredRule(), new DeicticRule(), PhraseRule.PRESENT, PhraseRule.VAGUE);
    }

    /**
     * The expressions in text[from, to), left to right, without overlaps (the earliest, then the longest wins).
     * Each relative expression counts from the last anchoring date before it in the stretch, or from
     * {@code anchor} for the first one: "in 2019 ... the following year" gives 2020 whatever the anchor.
     *
     * @param documentDate when the text was written ({@link EventDate#UNKNOWN} if not known)
     * @param anchor       the last date mentioned before {@code from} (the document date at the start)
     */
    public List<TemporalExpression> find(String text, int from, int to, EventDate documentDate, EventDate anchor) {
        Objects.requireNonNull(text, "text is required");
        Objects.requireNonNull(documentDate, "documentDate is required (use EventDate.UNKNOWN)");
        Objects.requireNonNull(anchor, "anchor is required (use EventDate.UNKNOWN)");
        if (from < 0 || to < from || to > text.length()) {
            throw new IllegalArgumentException(
                    "bad range [" + from + ", " + to + ") for a text of length " + text.length());
        }
        List<Match> matches = new ArrayList<>();
        for (DateRule rule : rules) {
            rule.collect(text, from, to, matches);
        }
        matches.sort(Comparator.comparingInt(Match::start)
                .thenComparing(Comparator.comparingInt(Match::end).reversed()));

        List<TemporalExpression> found = new ArrayList<>();
        EventDate current = anchor;
        int covered = from;
        for (Match m : matches) {
            if (m.start() < covered) {
                continue;
            }
            EventDate date = m.resolution().resolve(documentDate, current);
            TemporalExpression expression = new TemporalExpression(Span.of(text, m.start(), m.end()), date, m.kind());
            found.add(expression);
            if (expression.anchors()) {
                current = date;
            }
            covered = m.end();
        }
        return List.copyOf(found);
    }
}
