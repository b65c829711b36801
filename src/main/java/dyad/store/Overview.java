package dyad.store;

import dyad.model.PloverType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the store holds: record counts, the span of event dates (null when no event is
 * dated), events per PLOVER type and the most active ordered dyads (source → target).
 */
public record Overview(long documents, long events, long quotes, long letters, long relations,
                       LocalDate firstEvent, LocalDate lastEvent,
                       Map<PloverType, Long> eventsByType, List<DyadCount> topDyads) {

    /** Events from {@code source} to {@code target} (counted as in timelines). */
    public record DyadCount(String source, String target, long events) {
    }

    public Overview {
        eventsByType = Map.copyOf(eventsByType);
        topDyads = List.copyOf(topDyads);
    }
}
