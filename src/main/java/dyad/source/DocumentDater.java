package dyad.source;

import dyad.model.EventDate;
import dyad.model.Precision;
import dyad.model.Span;
import dyad.nlp.LayoutNormalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a document was written, which anchors relative dates ("on Monday", "last year").
 * Tried in order, most to least trustworthy:
 * <ol>
 *   <li>a line that is only a full date among the first ten non-empty lines (a letter's date),
 *       perhaps after a place or a label ("Accra, 18 June 2024", "Date: 3 March 2025");
 *   <li>a news dateline ("Dec. 1 (Bloomberg) —"), which names no year: the year comes from
 *       a Published/Posted/Updated line, and without one the dateline gives nothing;
 *   <li>a "Published: …" / "Posted on …" line, else an "Updated …" line;
 *   <li>a month-and-year line near the top ("January 2024"), at month precision;
 *   <li>otherwise {@link EventDate#UNKNOWN}.
 * </ol>
 */
public final class DocumentDater {

    private static final int TOP_LINES = 10;

    private static final String MONTH = "(?<month>january|february|march|april|may|june|july|august"
            + "|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\\.|\\b)";
    private static final String WEEKDAY =
            "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.?,?\\h+";
    private static final String DAY = "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b";
    private static final String YEAR = "(?<year>\\d{4})\\b";

    /** Also the date part of a timestamp: 2024-03-03T10:00Z. */
    private static final Pattern ISO_DATE = date("\\b" + YEAR + "-(?<mm>\\d{2})-(?<day>\\d{2})(?![\\d-])");

    /** January 8, 2026 · Thursday, Jan. 8 2026 · 8 January 2026 · 2026-01-08. */
    private static final List<Pattern> FULL_DATES = List.of(
            date("\\b(?:" + WEEKDAY + ")?" + MONTH + "\\h*" + DAY + ",?\\h+" + YEAR),
            date("\\b(?:" + WEEKDAY + ")?" + DAY + "\\h+" + MONTH + ",?\\h+" + YEAR),
            ISO_DATE);

    private static final Pattern MONTH_YEAR = date("\\b" + MONTH + ",?\\h+" + YEAR);

    private static final Pattern DATELINE_DAY = date("\\b" + MONTH + "\\h*" + DAY + "(?:,\\h*" + YEAR + ")?");

    /** "Published: …", "Posted on …", "First published …", "Updated …", "Last updated: …". */
    private static final Pattern STAMP_LINE = date(
            "^[\\h#>*_]*(?<kind>(?:first\\h+)?published|posted|(?:last\\h+)?updated)\\b[\\h:*_]*(?<rest>.*)$");

    /** What may stand before a letter's date on its line: a place ("Accra,", "New York, NY,") or "Date:". */
    private static final Pattern PLACE_OR_LABEL = Pattern.compile(
            "^(?:(?i:date)\\h*:|(?:\\p{Lu}[\\p{L}.'-]*\\h+){0,3}\\p{Lu}[\\p{L}.'-]*\\h*,(?:\\h*\\p{Lu}{2},)?)\\h*");

    /** Markup that may wrap a date line: "**January 8, 2026**", "## 8 January 2026". */
    private static final Pattern WRAPPING = Pattern.compile("^[\\s#>*_]+|[\\s*_.]+$");

    private final LayoutNormalizer layout;

    public DocumentDater() {
        this(new LayoutNormalizer());
    }

    public DocumentDater(LayoutNormalizer layout) {
        this.layout = layout;
    }

    public EventDate dateOf(String text) {
        List<String> top = topLines(text);
        for (String line : top) {
            Optional<LocalDate> date = wholeLineDate(line);
            if (date.isPresent()) {
                return EventDate.day(date.get());
            }
        }
        Optional<EventDate> stamp = stampDate(text, "published", "posted");
        Optional<EventDate> updated = stampDate(text, "updated");
        Optional<EventDate> dateline = datelineDate(text, stamp.or(() -> updated));
        if (dateline.isPresent()) {
            return dateline.get();
        }
        if (stamp.isPresent()) {
            return stamp.get();
        }
        if (updated.isPresent()) {
            return updated.get();
        }
        for (String line : top) {
            Matcher m = MONTH_YEAR.matcher(unwrap(line));
            if (m.matches()) {
                return EventDate.month(YearMonth.of(year(m), month(m.group("month"))));
            }
        }
        return EventDate.UNKNOWN;
    }

    /**
     * Parses a {@code --doc-date} value: {@code 2026-01-08}, {@code 2026-01} or {@code 2026}.
     *
     * @throws IllegalArgumentException naming the option and the accepted shapes
     */
    public static EventDate parseUserDate(String s) {
        String value = s == null ? "" : s.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return EventDate.day(LocalDate.parse(value));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return EventDate.month(YearMonth.parse(value));
            }
            if (value.matches("\\d{4}")) {
                return EventDate.year(Integer.parseInt(value));
            }
        } catch (DateTimeParseException e) {
            // The right shape but no such day or month (2026-02-30, 2026-13): same message.
        }
        throw new IllegalArgumentException("--doc-date must be YYYY, YYYY-MM or YYYY-MM-DD: '" + s + "'");
    }

    // ---- the sources, in order ------------------------------------------------------------

    private static List<String> topLines(String text) {
        List<String> top = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.replace("\uFEFF", "").isBlank()) {
                top.add(line);
                if (top.size() == TOP_LINES) {
                    break;
                }
            }
        }
        return top;
    }

    private static Optional<LocalDate> wholeLineDate(String line) {
        String bare = unwrap(line);
        for (String candidate : List.of(bare, PLACE_OR_LABEL.matcher(bare).replaceFirst(""))) {
            for (Pattern pattern : FULL_DATES) {
                Matcher m = pattern.matcher(candidate);
                if (m.matches()) {
                    return toDate(m);
                }
            }
        }
        return Optional.empty();
    }

    /** The date of the first line stamped with one of {@code kinds}, day precision preferred. */
    private static Optional<EventDate> stampDate(String text, String... kinds) {
        Matcher line = STAMP_LINE.matcher(text);
        while (line.find()) {
            String kind = line.group("kind").toLowerCase(Locale.ROOT);
            if (List.of(kinds).stream().noneMatch(kind::endsWith)) {
                continue;
            }
            String rest = line.group("rest");
            Optional<LocalDate> day = firstFullDate(rest);
            if (day.isPresent()) {
                return day.map(EventDate::day);
            }
            Matcher m = MONTH_YEAR.matcher(rest);
            if (m.find()) {
                return Optional.of(EventDate.month(YearMonth.of(year(m), month(m.group("month")))));
            }
        }
        return Optional.empty();
    }

    /**
     * A dateline's month and day, with its own year if it has one, else the year of the
     * stamp date, taken back one year when that would put the dateline after the stamp
     * (a "Dec. 31" story published on Jan. 1).
     */
    private Optional<EventDate> datelineDate(String text, Optional<EventDate> stamp) {
        for (Span dateline : layout.datelines(text)) {
            Matcher m = DATELINE_DAY.matcher(dateline.text());
            if (!m.find()) {
                continue;
            }
            if (m.group("year") != null) {
                return toDate(m).map(EventDate::day);
            }
            if (stamp.isEmpty() || stamp.get().precision() != Precision.DAY) {
                return Optional.empty();
            }
            LocalDate published = stamp.get().firstDay();
            try {
                LocalDate date = LocalDate.of(published.getYear(), month(m.group("month")), day(m));
                return Optional.of(EventDate.day(date.isAfter(published) ? date.minusYears(1) : date));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    // ---- helpers --------------------------------------------------------------------------

    private static Optional<LocalDate> firstFullDate(String s) {
        Matcher best = null;
        for (Pattern pattern : FULL_DATES) {
            Matcher m = pattern.matcher(s);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best == null ? Optional.empty() : toDate(best);
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            int month = m.pattern() == ISO_DATE
                    ? Integer.parseInt(m.group("mm"))
                    : month(m.group("month"));
            return Optional.of(LocalDate.of(year(m), month, day(m)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String unwrap(String line) {
        return WRAPPING.matcher(line.replace("\uFEFF", "")).replaceAll("");
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group("year"));
    }

    private static int day(Matcher m) {
        return Integer.parseInt(m.group("day"));
    }

    /** 1-12 from a month name or its abbreviation ("Sept" included). */
    private static int month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(prefix) / 3 + 1;
    }

    private static Pattern date(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
    }
}
