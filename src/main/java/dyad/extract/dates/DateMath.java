package dyad.extract.dates;

import dyad.model.EventDate;
import dyad.model.Precision;
import java.time.LocalDate;
import java.time.Month;
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

    /** How far past the writing date a yearless date may lie and still be this year's (a plan: "talks in July"). */
    private static final int MONTHS_AHEAD = 6;

    /**
     * The year a yearless date ("January 3", "in April") takes. A story told forward continues
     * the last date told ("In March 2019 … In April" is April 2019) as long as the date falls
     * after that anchor and not after the writing; otherwise it is the writing year's, or the year
     * before when that would put it months ahead of the writing ("in December" in a February
     * report is last December). 0 when neither date is known.
     */
    /**
     * @param yearInSentence whether the date's own sentence named a year before it ("in 2019 and
     *                       again in April"): then a year-only anchor is that sentence's, and holds;
     *                       an older year-only anchor from earlier sentences is background, and a
     *                       later date without a year is the writing year's ("sanctioned him in 2017.
     *                       … ousted in January" is this January)
     */
    static int impliedYear(EventDate documentDate, EventDate anchor, Month month, int day, boolean yearInSentence) {
        boolean recentAnchor = !documentDate.known() || anchor.yearValue() >= documentDate.yearValue() - 1
                || anchor.precision() != Precision.YEAR || yearInSentence;
        if (anchor.known() && !anchor.equals(documentDate) && recentAnchor) {
            LocalDate continued = LocalDate.of(anchor.yearValue(), month, Math.min(day, month.length(false)));
            boolean forward = !continued.isBefore(anchor.firstDay());
            boolean written = !documentDate.known() || !continued.isAfter(lastDay(documentDate));
            if (forward && written) {
                return anchor.yearValue();
            }
        }
        if (documentDate.known()) {
            int year = documentDate.yearValue();
            LocalDate thisYear = LocalDate.of(year, month, Math.min(day, month.length(false)));
            boolean farAhead = DateMath.hasMonth(documentDate)
                    && thisYear.isAfter(lastDay(documentDate).plusMonths(MONTHS_AHEAD));
            return farAhead ? year - 1 : year;
        }
        return anchor.yearValue();
    }

    /**
     * Whether a date told in a later sentence than {@code anchor} becomes the story's new anchor. A coarser date
     * wholly before a finer anchor is background ("On 2 January 2016 Riyadh executed a cleric arrested in 2012. The next day ..." still
     * counts from 2 January 2016); any other told date moves the story. The writing date, standing in before any
     * date is told, always gives way. Within one sentence every date anchors: "in 2022 ... two months later".
     */
    static boolean movesAnchor(EventDate anchor, EventDate told, EventDate documentDate) {
        if (!told.known() || documentDate.known() && told.firstDay().isAfter(lastDay(documentDate))) {
            return false; // a plan after the writing is not a point the story has reached
        }
        if (!anchor.known() || anchor.equals(documentDate)) {
            return true;
        }
        boolean coarser = rank(told.precision()) > rank(anchor.precision());
        return !(coarser && lastDay(told).isBefore(anchor.firstDay()));
    }

    /** The last day a date can mean. */
    static LocalDate lastDay(EventDate d) {
        return switch (d.precision()) {
            case DAY -> d.firstDay();
            case MONTH -> YearMonth.parse(d.value()).atEndOfMonth();
            case YEAR -> LocalDate.of(d.yearValue(), 12, 31);
            case UNKNOWN -> null;
        };
    }

    /** True when the date says which month it is in. */
    static boolean hasMonth(EventDate d) {
        return d.precision() == Precision.DAY || d.precision() == Precision.MONTH;
    }
}
