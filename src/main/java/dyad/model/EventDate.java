package dyad.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When an act happened: "2026-01-03"/day, "2025-11"/month, "2017"/year, or null/unknown.
 * The value's shape is checked against the precision.
 */
public record EventDate(@JsonInclude(JsonInclude.Include.ALWAYS) String value, Precision precision) {

    public static final EventDate UNKNOWN = new EventDate(null, Precision.UNKNOWN);

    public EventDate {
        if (precision == null) {
            throw new IllegalArgumentException("date precision is required");
        }
        String expected = switch (precision) {
            case DAY -> "\\d{4}-\\d{2}-\\d{2}";
            case MONTH -> "\\d{4}-\\d{2}";
            case YEAR -> "\\d{4}";
            case UNKNOWN -> null;
        };
        if (expected == null ? value != null : value == null || !value.matches(expected)) {
            throw new IllegalArgumentException("date value '" + value + "' does not fit precision " + precision.code());
        }
    }

    public static EventDate day(LocalDate d) {
        return new EventDate(d.toString(), Precision.DAY);
    }

    public static EventDate month(YearMonth m) {
        return new EventDate(m.toString(), Precision.MONTH);
    }

    public static EventDate year(int y) {
        return new EventDate(String.format("%04d", y), Precision.YEAR);
    }

    public boolean known() {
        return precision != Precision.UNKNOWN;
    }

    /** The year, or 0 when unknown. */
    public int yearValue() {
        return known() ? Integer.parseInt(value.substring(0, 4)) : 0;
    }

    /** The first day this date can mean (for ordering and anchoring), or null. */
    public LocalDate firstDay() {
        return switch (precision) {
            case DAY -> LocalDate.parse(value);
            case MONTH -> YearMonth.parse(value).atDay(1);
            case YEAR -> LocalDate.of(yearValue(), 1, 1);
            case UNKNOWN -> null;
        };
    }
}
