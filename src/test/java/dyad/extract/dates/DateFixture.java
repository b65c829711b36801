package dyad.extract.dates;

import dyad.extract.dates.TemporalExpression.Kind;
import dyad.model.EventDate;
import dyad.model.Precision;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline markup for expected expressions, so a test reads like the sentence it covers:
 * {@code "Canada imposed sanctions in {2017|2017|EXPLICIT}."} expects the span "2017" at its offset in the unmarked
 * text, resolved to 2017 at year precision. The value's shape gives the precision; "?" is unknown.
 */
final class DateFixture {

    private static final Pattern MARK = Pattern.compile("\\{([^|{}]+)\\|([^|{}]+)\\|([A-Z]+)}");

    record Parsed(String text, List<TemporalExpression> expected) {
    }

    private DateFixture() {
    }

    static Parsed parse(String marked) {
        StringBuilder text = new StringBuilder();
        List<TemporalExpression> expected = new ArrayList<>();
        Matcher m = MARK.matcher(marked);
        int last = 0;
        while (m.find()) {
            text.append(marked, last, m.start());
            int start = text.length();
            text.append(m.group(1));
            expected.add(new TemporalExpression(new Span(m.group(1), start, text.length()), date(m.group(2)),
                    Kind.valueOf(m.group(3))));
            last = m.end();
        }
        text.append(marked.substring(last));
        return new Parsed(text.toString(), expected);
    }

    /** "2026-01-03" → day, "2025-11" → month, "2017" → year, "?" → unknown. */
    static EventDate date(String value) {
        return switch (value.length()) {
            case 10 -> new EventDate(value, Precision.DAY);
            case 7 -> new EventDate(value, Precision.MONTH);
            case 4 -> new EventDate(value, Precision.YEAR);
            case 1 -> EventDate.UNKNOWN;
            default -> throw new IllegalArgumentException("not a fixture date: " + value);
        };
    }
}
