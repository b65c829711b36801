package dyad.timeline;

import dyad.model.PloverType;
import dyad.model.Span;
import dyad.store.Dyad;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What happened between two countries, month by month and year by year: event counts per PLOVER
 * type, a cooperation–conflict score (weights in {@link StoreTimelines}' documentation and the
 * README), the number of events with no date at all, and the relation state bands (diplomatic
 * level, sanctions, recognition), each change with its evidence. The months count events dated
 * at least to the month; the years also count those dated only to the year, which news texts
 * often are ("in 2017").
 */
public record DyadTimeline(Dyad dyad, List<Month> months, List<Year> years, long undated, List<Band> bands) {

    public DyadTimeline {
        months = List.copyOf(months);
        years = List.copyOf(years);
        bands = List.copyOf(bands);
        if (undated < 0) {
            throw new IllegalArgumentException("undated events must be >= 0, got " + undated);
        }
    }

    /** A timeline with nothing in it, for a dyad whose data cannot be read. */
    public static DyadTimeline empty(Dyad dyad) {
        return new DyadTimeline(dyad, List.of(), List.of(), 0, List.of());
    }

    /** One month: events per type (only types that occurred) and the summed score. */
    public record Month(YearMonth month, Map<PloverType, Long> events, double score) {
        public Month {
            events = Map.copyOf(events);
        }
    }

    /** One year: events per type (only types that occurred) and the summed score. */
    public record Year(int year, Map<PloverType, Long> events, double score) {
        public Year {
            events = Map.copyOf(events);
        }
    }

    /**
     * A period during which one attribute held one value: from the day of the change that set it,
     * to the day of the next change of the same attribute (null while it still holds).
     */
    public record Band(String attribute, String value, LocalDate from, LocalDate to, Evidence evidence) {
    }

    /** The sentence that proves a change, in the stored document {@code documentHash}. */
    public record Evidence(String documentHash, String documentName, String recordKey, Span span) {
    }
}
