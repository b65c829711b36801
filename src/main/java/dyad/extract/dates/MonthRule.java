package dyad.extract.dates;

import static dyad.extract.dates.DateWords.MONTH;

import dyad.extract.dates.TemporalExpression.Kind;
import dyad.model.EventDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month name alone. After a cue ("in January", "by March", "mid-June") it is in the document's year, even when
 * that month is still to come (convention: "in January" in a December 2023 text is 2023-01). With last/this/next
 * it counts from the document date instead ("last January" in a January 2024 text is 2023-01); "that September" is in
 * the year of the last date told, and "January this year", "December last year" name their year.
 */
final class MonthRule implements DateRule {

    private static final Pattern LONE_MONTH = Pattern.compile("\\b" + MONTH);
    private static final Pattern DEICTIC_BEFORE = Pattern.compile("(?i)\\b(last|this|next|that)\\s+$");
    /** "January this year", "December last year", "June that year": the year word says which January. */
    private static final Pattern YEAR_AFTER = Pattern.compile("(?i)^\\s+(?:of\\s+)?(last|this|next|that)\\s+year\\b(?!-)");

    private final DateLexicon lexicon;

    MonthRule(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public void collect(String text, int from, int to, List<Match> out) {
        Matcher m = DateWords.matcher(LONE_MONTH, text, from, to);
        int previousEnd = -1;
        while (m.find()) {
            Month month = DateWords.month(m.group("month"));
            Matcher yearAfter = YEAR_AFTER.matcher(text.substring(m.end(), to));
            if (yearAfter.find()) {
                String which = yearAfter.group(1).toLowerCase(Locale.ROOT);
                out.add(new Match(m.start(), m.end() + yearAfter.end(), Kind.RELATIVE,
                        (doc, anchor) -> ofYear(which, month, doc, anchor)));
                previousEnd = m.end() + yearAfter.end();
                continue;
            }
            Matcher deictic = DEICTIC_BEFORE.matcher(DateWords.before(text, from, m.start()));
            if (deictic.find()) {
                int start = m.start() - (deictic.end() - deictic.start());
                String which = deictic.group(1).toLowerCase(Locale.ROOT);
                out.add(new Match(start, m.end(), Kind.RELATIVE, (doc, anchor) -> relative(which, month, doc, anchor)));
                previousEnd = m.end();
                continue;
            }
            // "between January and March": the second month is joined to the first.
            boolean joined = DateWords.joined(text, previousEnd, m.start());
            if (joined || DateWords.cueBefore(text, from, m.start(), lexicon.cues())) {
                boolean yearBefore = DateWords.yearBefore(text, from, m.start());
                out.add(new Match(m.start(), m.end(), Kind.EXPLICIT, (doc, anchor) -> {
                    int year = DateMath.impliedYear(doc, anchor, month, 1, yearBefore);
                    return year != 0 ? EventDate.month(YearMonth.of(year, month)) : EventDate.UNKNOWN;
                }));
                previousEnd = m.end();
            }
        }
    }

    /** The month in the year named after it: this (the writing year), last, next, or that (the anchor's year). */
    private static EventDate ofYear(String which, Month month, EventDate doc, EventDate anchor) {
        EventDate year = which.equals("that") ? anchor : doc;
        if (!year.known()) {
            return EventDate.UNKNOWN;
        }
        int shift = switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return EventDate.month(YearMonth.of(year.yearValue() + shift, month));
    }

    /** Needs the document's month: "last January" in a year-only text could be either of two Januaries. */
    private static EventDate relative(String which, Month month, EventDate doc, EventDate anchor) {
        if (which.equals("that")) {
            return anchor.known() ? EventDate.month(YearMonth.of(anchor.yearValue(), month)) : EventDate.UNKNOWN;
        }
        if (which.equals("this")) {
            return doc.known() ? EventDate.month(YearMonth.of(doc.yearValue(), month)) : EventDate.UNKNOWN;
        }
        if (!DateMath.hasMonth(doc)) {
            return EventDate.UNKNOWN;
        }
        int docMonth = doc.firstDay().getMonthValue();
        int year = doc.yearValue();
        if (which.equals("last")) {
            year = month.getValue() < docMonth ? year : year - 1;
        } else {
            year = month.getValue() > docMonth ? year : year + 1;
        }
        return EventDate.month(YearMonth.of(year, month));
    }
}
