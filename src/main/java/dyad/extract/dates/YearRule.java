package dyad.extract.dates;

import dyad.extract.dates.TemporalExpression.Kind;
import dyad.model.EventDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare four-digit year. Most four-digit numbers in news are counts, so one is a year only in 1900–2099, not
 * before a count noun ("2000 troops") or after a currency sign, and only where years stand: after a cue ("in 2017",
 * "since 2019", "mid-2019"), as a modifier ("the 2002 coup", "Venezuela's 2024 election", "2024 elections"), in a
 * range or list ("2003-2023", "between 2015 and 2018"), or alone on a date line.
 */
final class YearRule implements DateRule {

    private static final Pattern YEAR = Pattern.compile("(?<![\\w$€£¥.,])(?:19|20)\\d\\d(?!\\w|[.,]\\d|%)");
    private static final Pattern RANGE_AFTER = Pattern.compile("^[-–](?:19|20)\\d\\d(?!\\w)");
    private static final Pattern DETERMINER_BEFORE = Pattern.compile(
            "(?i)\\b(?:the|this|that|its|their|his|her)\\s+[\\[(]?$");
    private static final Pattern LOWER_WORD_AFTER = Pattern.compile("^[\\])]?\\s+\\p{Ll}");
    private static final Pattern LINE_OF_ONE_YEAR = Pattern.compile("^[\\s\\p{Punct}]*\\d{4}[\\s\\p{Punct}]*$");

    private final DateLexicon lexicon;

    YearRule(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void collect(String text, int from, int to, List<Match> out) {
        Matcher m = DateWords.matcher(YEAR, text, from, to);
        int previousEnd = -1;
        while (m.find()) {
            if (!isYear(text, from, to, m.start(), m.end(), previousEnd)) {
                continue;
            }
            int year = Integer.parseInt(m.group());
            out.add(new Match(m.start(), m.end(), Kind.EXPLICIT, (doc, anchor) -> EventDate.year(year)));
            previousEnd = m.end();
        }
    }

    private boolean isYear(String text, int from, int to, int start, int end, int previousEnd) {
        String next = DateWords.wordAfter(text, end, to);
        if (lexicon.nonYearNouns().contains(next)) {
            return false;
        }
        return DateWords.cueBefore(text, from, start, lexicon.cues())
                || next.equals("election") || next.equals("elections")
                || modifier(text, from, to, start, end)
                || RANGE_AFTER.matcher(text.substring(end, to)).find()
                || DateWords.joined(text, previousEnd, start)
                || aloneOnLine(text, start, end);
    }

    /** "the 2002 coup", "Venezuela's 2024 presidential election": a year modifying a following noun. */
    private static boolean modifier(String text, int from, int to, int start, int end) {
        boolean determined = DETERMINER_BEFORE.matcher(DateWords.before(text, from, start)).find()
                || DateWords.possessiveBefore(text, from, start);
        return determined && LOWER_WORD_AFTER.matcher(text.substring(end, to)).find();
    }

    private static boolean aloneOnLine(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        return LINE_OF_ONE_YEAR.matcher(line).matches();
    }
}
