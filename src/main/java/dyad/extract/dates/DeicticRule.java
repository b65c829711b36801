package dyad.extract.dates;

import static dyad.extract.dates.DateWords.NUMBER;
import static dyad.extract.dates.DateWords.WEEKDAY;

import dyad.extract.dates.TemporalExpression.Kind;
import dyad.model.EventDate;
import dyad.model.Precision;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions counted from the writing date, whatever was mentioned before: "yesterday", "last year", "next year's
 * elections", "earlier this month", "three years ago", "last fall", "on Monday". Without a document date they
 * resolve to unknown: an earlier mention is not the time of writing.
 */
final class DeicticRule implements DateRule {

    private static final Pattern DAY_WORD = Pattern.compile("(?i)\\b(?<word>yesterday|tomorrow)\\b");
    private static final Pattern AGO = Pattern.compile(
            "(?i)\\b" + NUMBER + "\\s+(?<unit>day|week|month|year)s?\\s+ago\\b");
    // "the last year" means the past twelve months (vague), not the previous calendar year.
    private static final Pattern PERIOD = Pattern.compile(
            "(?i)(?<!the\\s)\\b(?:(?<edge>earlier|later|early|late|mid)[\\s-]+)?(?<which>last|this|next)\\s+"
                    + "(?<unit>week|month|year)\\b(?!-)");
    private static final Pattern SEASON = Pattern.compile(
            "(?i)(?<!the\\s)\\b(?<which>last|this)\\s+(?<season>fall|autumn|spring|summer|winter)\\b");
    private static final Pattern WEEKDAY_PHRASE = Pattern.compile(
            "(?:\\b(?<which>[Oo]n|[Ll]ast|[Tt]his|[Nn]ext)\\s+)?" + WEEKDAY);
    private static final Pattern CAPITALISED_WORD_BEFORE = Pattern.compile("\\b\\p{Lu}\\p{L}*\\s+$");

    @Override
    public void collect(String text, int from, int to, List<Match> out) {
        Matcher m = DateWords.matcher(DAY_WORD, text, from, to);
        while (m.find()) {
            int n = m.group("word").equalsIgnoreCase("yesterday") ? -1 : 1;
            add(out, m.start(), m.end(), doc -> DateMath.shift(doc, n, ChronoUnit.DAYS, Precision.DAY));
        }
        m = DateWords.matcher(AGO, text, from, to);
        while (m.find()) {
            int n = DateWords.number(m.group("n"));
            String unit = m.group("unit");
            add(out, m.start(), m.end(),
                    doc -> DateMath.shift(doc, -n, AnchoredRule.unit(unit), AnchoredRule.natural(unit, false)));
        }
        m = DateWords.matcher(PERIOD, text, from, to);
        while (m.find()) {
            String which = m.group("which").toLowerCase(Locale.ROOT);
            String unit = m.group("unit");
            if (which.equals("this") && unit.equalsIgnoreCase("week") && m.group("edge") == null) {
                continue; // "this week" is the present: PhraseRule
            }
            int n = switch (which) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            add(out, m.start(), m.end(),
                    doc -> DateMath.shift(doc, n, AnchoredRule.unit(unit), AnchoredRule.natural(unit, true)));
        }
        m = DateWords.matcher(SEASON, text, from, to);
        while (m.find()) {
            boolean last = m.group("which").equalsIgnoreCase("last");
            int endMonth = seasonEndMonth(m.group("season"));
            add(out, m.start(), m.end(),
                    doc -> last ? lastSeason(doc, endMonth) : DateMath.truncate(doc, Precision.YEAR));
        }
        m = DateWords.matcher(WEEKDAY_PHRASE, text, from, to);
        while (m.find()) {
            String which = m.group("which") == null ? "on" : m.group("which").toLowerCase(Locale.ROOT);
            // "Bloody Sunday", "Good Friday" are names, not days of this week.
            if (m.group("which") == null
                    && CAPITALISED_WORD_BEFORE.matcher(DateWords.before(text, from, m.start())).find()) {
                continue;
            }
            int start = which.equals("on") ? m.start("weekday") : m.start();
            DayOfWeek day = DateWords.weekday(m.group("weekday"));
            out.add(new Match(start, m.end(), Kind.RELATIVE, (doc, anchor) -> weekday(doc, anchor, which, day)));
        }
    }

    private static void add(List<Match> out, int start, int end, UnaryOperator<EventDate> fromDocument) {
        out.add(new Match(start, end, Kind.RELATIVE, (doc, anchor) -> fromDocument.apply(doc)));
    }

    private static int seasonEndMonth(String season) {
        return switch (season.toLowerCase(Locale.ROOT)) {
            case "winter" -> 2;
            case "spring" -> 5;
            case "summer" -> 8;
            default -> 11; // fall, autumn
        };
    }

    /**
     * The year of the latest such season already over at the time of writing, at year precision (a season is not a
     * month). Winter is counted in the year of its January. A year-only document cannot tell which season is meant.
     */
    private static EventDate lastSeason(EventDate doc, int endMonth) {
        if (!DateMath.hasMonth(doc)) {
            return EventDate.UNKNOWN;
        }
        int month = doc.firstDay().getMonthValue();
        return EventDate.year(month > endMonth ? doc.yearValue() : doc.yearValue() - 1);
    }

    /**
     * "on Monday" in news is the latest Monday up to the writing date; "last" is strictly before, "next" after. A
     * text dated only to its month or year tells its story forward: "On 4 April ... on Friday" is the Friday on or
     * after the last day told.
     */
    private static EventDate weekday(EventDate doc, EventDate anchor, String which, DayOfWeek day) {
        if (doc.precision() != Precision.DAY) {
            return which.equals("on") && anchor.precision() == Precision.DAY && !anchor.equals(doc)
                    ? EventDate.day(anchor.firstDay().with(TemporalAdjusters.nextOrSame(day)))
                    : DateMath.truncate(doc, Precision.DAY);
        }
        LocalDate d = doc.firstDay();
        return EventDate.day(switch (which) {
            case "last" -> d.with(TemporalAdjusters.previous(day));
            case "next" -> d.with(TemporalAdjusters.next(day));
            default -> d.with(TemporalAdjusters.previousOrSame(day));
        });
    }
}
