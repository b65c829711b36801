package dyad.extract.dates;

import static dyad.extract.dates.DateWords.NUMBER;

import dyad.extract.dates.TemporalExpression.Kind;
import dyad.model.EventDate;
import dyad.model.Precision;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions counted from the anchor, the last date mentioned before them: "two months later", "the following
 * year", "four years earlier", "that same day", "the next morning", "within hours", "shortly afterwards", "on the 21st".
 */
final class AnchoredRule implements DateRule {

    private static final Pattern COUNTED = Pattern.compile("(?i)\\b" + NUMBER
            + "\\s+(?<unit>day|week|month|year)s?\\s+(?<dir>later|afterwards?|after|earlier|before|prior)\\b");
    /** "days later", "a few weeks afterwards", "months earlier": an uncounted step keeps only what it cannot move. */
    private static final Pattern UNCOUNTED = Pattern.compile("(?i)\\b(?:(?:a\\s+few|several|some|many)\\s+)?"
            + "(?<unit>day|week|month|year)s\\s+(?<dir>later|afterwards?|after|earlier|before)\\b");
    private static final Pattern ONE_STEP = Pattern.compile(
            "(?i)\\bthe\\s+(?<dir>next|following|previous|preceding)\\s+(?<unit>day|week|month|year)\\b(?!-)");
    private static final Pattern SAME = Pattern.compile(
            "(?i)\\b(?:that|the\\s+same|that\\s+same)\\s+(?<unit>day|month|year)\\b(?!-)");
    /** "on the 21st": that day of the anchor's month (not "the 21st of March", a calendar date). */
    private static final Pattern DAY_OF_MONTH = Pattern.compile(
            "(?i)\\bon\\s+the\\s+(?<day>3[01]|[12]\\d|[1-9])(?:st|nd|rd|th)\\b(?!\\s+of\\b|\\s+\\p{L}+\\s+\\d)");
    /** "the next morning", "the following night": the day after the anchor. */
    private static final Pattern NEXT_PART_OF_DAY = Pattern.compile(
            "(?i)\\bthe\\s+(?:next|following)\\s+(?:morning|afternoon|evening|night)\\b");
    /** "that night", "the same evening", "within hours", "hours later", "hours earlier": the anchor's own day. */
    private static final Pattern SAME_DAY = Pattern.compile("(?i)\\b(?:(?:that|the\\s+same|that\\s+same)\\s+"
            + "(?:morning|afternoon|evening|night)|within\\s+(?:(?:a\\s+few|several|" + DateWords.COUNT
            + ")\\s+)?hours|(?:(?:a\\s+few|several)\\s+)?(?:hours|minutes)\\s+(?:later|afterwards?|earlier|before))\\b");
    /** "shortly afterwards", "soon thereafter", "within days": close to the anchor, so in its month. */
    private static final Pattern SOON = Pattern.compile(
            "(?i)\\b(?:(?:shortly|soon)\\s+(?:afterwards?|thereafter)|within\\s+(?:(?:a\\s+few|several)\\s+)?days)\\b");

    @Override
    public void collect(String text, int from, int to, List<Match> out) {
        Matcher m = DateWords.matcher(COUNTED, text, from, to);
        while (m.find()) {
            // "N years after <clause>" dates the clause, which lies N years before the anchor:
            // "recognized Maduro in 2021, four years after launching the effort" puts the launch in 2017.
            boolean forward = m.group("dir").toLowerCase(Locale.ROOT).startsWith("later")
                    || m.group("dir").toLowerCase(Locale.ROOT).startsWith("afterward");
            int n = DateWords.number(m.group("n"));
            String unit = m.group("unit");
            out.add(new Match(m.start(), m.end(), Kind.RELATIVE,
                    (doc, anchor) -> step(anchor, forward ? n : -n, unit, false)));
        }
        m = DateWords.matcher(UNCOUNTED, text, from, to);
        while (m.find()) {
            Precision p = uncounted(m.group("unit"));
            out.add(new Match(m.start(), m.end(), Kind.RELATIVE, (doc, anchor) -> DateMath.truncate(anchor, p)));
        }
        m = DateWords.matcher(ONE_STEP, text, from, to);
        while (m.find()) {
            String dir = m.group("dir").toLowerCase(Locale.ROOT);
            int n = dir.equals("next") || dir.equals("following") ? 1 : -1;
            String unit = m.group("unit");
            out.add(new Match(m.start(), m.end(), Kind.RELATIVE, (doc, anchor) -> step(anchor, n, unit, true)));
        }
        m = DateWords.matcher(SAME, text, from, to);
        while (m.find()) {
            Precision p = natural(m.group("unit"), true);
            out.add(new Match(m.start(), m.end(), Kind.RELATIVE, (doc, anchor) -> DateMath.truncate(anchor, p)));
        }
        m = DateWords.matcher(DAY_OF_MONTH, text, from, to);
        while (m.find()) {
            int day = Integer.parseInt(m.group("day"));
            out.add(new Match(m.start(), m.end(), Kind.RELATIVE, (doc, anchor) -> dayOfAnchorsMonth(anchor, day)));
        }
        m = DateWords.matcher(NEXT_PART_OF_DAY, text, from, to);
        while (m.find()) {
            out.add(new Match(m.start(), m.end(), Kind.RELATIVE, (doc, anchor) -> step(anchor, 1, "day", false)));
        }
        m = DateWords.matcher(SAME_DAY, text, from, to);
        while (m.find()) {
            out.add(new Match(m.start(), m.end(), Kind.RELATIVE, (doc, anchor) -> DateMath.truncate(anchor, Precision.DAY)));
        }
        m = DateWords.matcher(SOON, text, from, to);
        while (m.find()) {
            out.add(new Match(m.start(), m.end(), Kind.RELATIVE, (doc, anchor) -> DateMath.truncate(anchor, Precision.MONTH)));
        }
    }

    /** Day {@code day} of the anchor's month; the anchor itself when it knows no month or has no such day. */
    private static EventDate dayOfAnchorsMonth(EventDate anchor, int day) {
        if (!anchor.known() || anchor.precision() == Precision.YEAR) {
            return anchor;
        }
        java.time.YearMonth month = java.time.YearMonth.from(anchor.firstDay());
        return month.isValidDay(day) ? EventDate.day(month.atDay(day)) : anchor;
    }

    /**
     * What an uncounted step leaves of the anchor: days or weeks later is still about its month,
     * months later about its year; years later could be any year.
     */
    private static Precision uncounted(String unit) {
        return switch (unit(unit)) {
            case DAYS, WEEKS -> Precision.MONTH;
            case MONTHS -> Precision.YEAR;
            default -> Precision.UNKNOWN;
        };
    }

    private static EventDate step(EventDate anchor, int n, String unit, boolean weekIsSpan) {
        return DateMath.shift(anchor, n, unit(unit), natural(unit, weekIsSpan));
    }

    static ChronoUnit unit(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> throw new IllegalArgumentException("not a unit: " + word);
        };
    }

    /**
     * The finest precision a step in this unit can give. "Three weeks later" is an exact count of days;
     * "the following week" is a span of days, so it is only known to the month.
     */
    static Precision natural(String word, boolean weekIsSpan) {
        return switch (unit(word)) {
            case DAYS -> Precision.DAY;
            case WEEKS -> weekIsSpan ? Precision.MONTH : Precision.DAY;
            case MONTHS -> Precision.MONTH;
            default -> Precision.YEAR;
        };
    }
}
