package dyad.timeline;

import dyad.model.PloverType;
import dyad.model.Span;
import dyad.store.Dyad;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What happened between two countries, month by month: event counts per PLOVER type, a
 * cooperation–conflict score (weights in {@link Timelines}' documentation and the README), and
 * the relation state bands (diplomatic level, sanctions, recognition), each change with its evidence.
 */
public record DyadTimeline(Dyad dyad, List<Month> months, List<Band> bands) {

    public DyadTimeline {
        months = List.copyOf(months);
        bands = List.copyOf(bands);
    }

    /** One month: events per type (only types that occurred) and the summed score. */
    public record Month(YearMonth month, Map<PloverType, Long> events, double score) {
        public Month {
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
