package dyad.extract.dates;

import dyad.model.EventDate;
import dyad.model.Precision;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/** Date arithmetic at a precision: a result is never finer than what it was computed from. */
final class DateMath {

    private DateMath() {
    }

    static int rank(Precision p) {
        return switch (p) {
            case DAY -> 0;
            case MONTH -> 1;
            case YEAR -> 2;
            case UNKNOWN -> 3;
        };
    }

    static Precision coarser(Precision a, Precision b) {
        return rank(a) >= rank(b) ? a : b;
    }

    static EventDate at(LocalDate d, Precision p) {
        return switch (p) {
            case DAY -> EventDate.day(d);
            case MONTH -> EventDate.month(YearMonth.from(d));
            case YEAR -> EventDate.year(d.getYear());
            case UNKNOWN -> EventDate.UNKNOWN;
        };
    }

    /** The date at the coarser of its own precision and {@code p}. */
    static EventDate truncate(EventDate d, Precision p) {
        return d.known() ? at(d.firstDay(), coarser(d.precision(), p)) : EventDate.UNKNOWN;
    }

    /**
     * {@code ref} moved by {@code amount} units, at the coarser of the ref's precision and {@code natural}.
     * A step finer than the ref's precision cannot move it ("two days later" after "2002" is still 2002).
     */
    static EventDate shift(EventDate ref, long amount, ChronoUnit unit, Precision natural) {
        if (!ref.known()) {
            return EventDate.UNKNOWN;
        }
        Precision step = switch (unit) {
            case DAYS, WEEKS -> Precision.DAY;
            case MONTHS -> Precision.MONTH;
            case YEARS -> Precision.YEAR;
            default -> throw new IllegalArgumentException("unsupported unit " + unit);
        };
        if (rank(step) < rank(ref.precision())) {
            return truncate(ref, natural);
        }
        return at(ref.firstDay().plus(amount, unit), coarser(ref.precision(), natural));
    }

    /**
     * The year a yearless date ("January 3", "in April") takes: the last date told before it (the
     * anchor, which is the document date until the text names another: "In March 2019 … In April"
     * is April 2019), else the document's, else 0.
     */
    static int impliedYear(EventDate documentDate, EventDate anchor) {
        return anchor.known() ? anchor.yearValue() : documentDate.yearValue();
    }

    /** True when the date says which month it is in. */
    static boolean hasMonth(EventDate d) {
        return d.precision() == Precision.DAY || d.precision() == Precision.MONTH;
    }
}
