package dyad.extract.dates;

import static dyad.extract.dates.DateWords.MONTH;
import static dyad.extract.dates.DateWords.WEEKDAY;

import dyad.extract.dates.TemporalExpression.Kind;
import dyad.model.EventDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates with a month name and a day and/or a year: "Monday, January 5, 2026", "Nov. 13", "3 January 2026",
 * "January 2024", "2026-01-03". A day without a year takes the document's year (else the anchor's).
 */
final class CalendarDateRule implements DateRule {

    private static final String DAY = "(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\w)";
    private static final String YEAR = "(?<year>\\d{4})(?!\\w)";

    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+" + DAY + "(?<tail>(?:,\\s*|\\s+)" + YEAR + ")?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(?:" + WEEKDAY + ",?\\s+)?" + DAY + "\\s+(?:of\\s+)?" + MONTH + "(?<tail>,?\\s+" + YEAR + ")?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + "(?:\\s+of)?,?\\s+" + YEAR);
    /** "the March 23 Movement", "the 6 April Youth League": a yearless day between "the" and a capitalised word names a body. */
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    private static final Pattern CAPITAL_AFTER = Pattern.compile("^\\s+\\p{Lu}");
    private static final Pattern ISO = Pattern.compile(
            "(?<![\\w-])(?<year>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})(?![\\w-])");

    private final DateLexicon lexicon;

    CalendarDateRule(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void collect(String text, int from, int to, List<Match> out) {
        dayDates(MONTH_DAY, text, from, to, out);
        dayDates(DAY_MONTH, text, from, to, out);
        Matcher m = DateWords.matcher(MONTH_YEAR, text, from, to);
        while (m.find()) {
            if (!countFollows(text, m.end("year"), to)) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group("year")), DateWords.month(m.group("month")));
                out.add(new Match(m.start(), m.end(), Kind.EXPLICIT, (doc, anchor) -> EventDate.month(ym)));
            }
        }
        m = DateWords.matcher(ISO, text, from, to);
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group("year")), Integer.parseInt(m.group("m")),
                        Integer.parseInt(m.group("d")));
                out.add(new Match(m.start(), m.end(), Kind.EXPLICIT, (doc, anchor) -> EventDate.day(d)));
            } catch (DateTimeException notADate) {
                // "2019-13-45" is a code, not a date
            }
        }
    }

    private void dayDates(Pattern pattern, String text, int from, int to, List<Match> out) {
        Matcher m = DateWords.matcher(pattern, text, from, to);
        while (m.find()) {
            int day = Integer.parseInt(m.group("day"));
            Month month = DateWords.month(m.group("month"));
            if (day > month.maxLength() || referenceBefore(text, from, m) || namesABody(text, from, to, m)) {
                continue;
            }
            MonthDay md = MonthDay.of(month, day);
            // "On March 5, 2000 people marched": the number is a count, so the date ends at the day.
            boolean withYear = m.group("year") != null && !countFollows(text, m.end("year"), to);
            if (withYear) {
                int year = Integer.parseInt(m.group("year"));
                if (md.isValidYear(year)) {
                    LocalDate d = md.atYear(year);
                    out.add(new Match(m.start(), m.end(), Kind.EXPLICIT, (doc, anchor) -> EventDate.day(d)));
                }
            } else {
                int end = m.group("tail") != null ? m.start("tail") : m.end();
                boolean yearBefore = DateWords.yearBefore(text, from, m.start());
                out.add(new Match(m.start(), end, Kind.EXPLICIT, (doc, anchor) -> {
                    int year = DateMath.impliedYear(doc, anchor, month, day, yearBefore);
                    return year != 0 && md.isValidYear(year) ? EventDate.day(md.atYear(year)) : EventDate.UNKNOWN;
                }));
            }
        }
    }

    private static boolean namesABody(String text, int from, int to, Matcher m) {
        return m.group("year") == null && THE_BEFORE.matcher(DateWords.before(text, from, m.start())).find()
                && CAPITAL_AFTER.matcher(text.substring(m.end(), to)).find();
    }

    /** "Article 2 May": a number after a reference noun is not a day. */
    private boolean referenceBefore(String text, int from, Matcher m) {
        if (m.start("day") != m.start()) {
            return false;
        }
        return lexicon.referenceNouns().contains(DateWords.wordBefore(text, from, m.start()).toLowerCase(Locale.ROOT));
    }

    private boolean countFollows(String text, int end, int to) {
        return lexicon.nonYearNouns().contains(DateWords.wordAfter(text, end, to));
    }
}
