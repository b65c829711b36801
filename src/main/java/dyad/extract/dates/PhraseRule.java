package dyad.extract.dates;

import dyad.extract.dates.TemporalExpression.Kind;
import dyad.model.EventDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fixed phrases of one kind: the present ("currently", "now") and vague times ("recently", "for years"). */
final class PhraseRule implements DateRule {

    /** Contemporaneous with the document: resolves to the document date at its own precision. */
    static final PhraseRule PRESENT = new PhraseRule(Kind.PRESENT, Pattern.compile(
            "(?i)\\b(?:currently|presently|nowadays|today|right\\s+now|now|at\\s+present|at\\s+the\\s+moment"
                    + "|these\\s+days|this\\s+week|tonight|this\\s+(?:morning|afternoon|evening))\\b(?!-)"),
            (doc, anchor) -> doc);

    /** Temporal but dateless; found so that they block the present-tense fallback and are never read as counts. */
    static final PhraseRule VAGUE = new PhraseRule(Kind.VAGUE, Pattern.compile(
            "(?i)\\b(?:recently|lately|previously|formerly|long\\s+ago"
                    + "|(?<=\\b(?:has|have|had|'ve|’ve)\\s{1,3})long(?![-\\w])"
                    + "|(?:for|over|in|during)\\s+(?:the\\s+)?(?:past|last|recent)\\s+(?:(?:few|many|several|"
                    + DateWords.COUNT + ")\\s+)?(?:day|week|month|year|decade)s?"
                    + "|for\\s+(?:(?:many|several|" + DateWords.COUNT + ")\\s+)?(?:day|week|month|year|decade)s?"
                    + "|for\\s+(?:a\\s+long\\s+time|some\\s+time|a\\s+while)"
                    + "|in\\s+the\\s+past|(?:days|weeks|months|years|decades)\\s+(?:ago|later))\\b"),
            (doc, anchor) -> EventDate.UNKNOWN);

    private final Kind kind;
    private final Pattern pattern;
    private final Resolution resolution;

    private PhraseRule(Kind kind, Pattern pattern, Resolution resolution) {
        this.kind = kind;
        this.pattern = pattern;
        this.resolution = resolution;
    }

    @Override
    public void collect(String text, int from, int to, List<Match> out) {
        Matcher m = DateWords.matcher(pattern, text, from, to);
        while (m.find()) {
            out.add(new Match(m.start(), m.end(), kind, resolution));
        }
    }
}
