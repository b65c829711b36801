package dyad.store;

import dyad.model.Modality;
import dyad.model.PloverType;
import java.time.YearMonth;
import java.util.Set;

/**
 * Monthly event counts per PLOVER type for one dyad. Counts only events whose date is known
 * at least to the month and whose source and target both have a country. Optional parts
 * (null or empty = all): types, modalities, first and last month (inclusive).
 */
public record TimelineQuery(Dyad dyad, Set<PloverType> types, Set<Modality> modalities, YearMonth from, YearMonth to) {

    public TimelineQuery {
        if (dyad == null) {
            throw new IllegalArgumentException("timeline: a dyad is required");
        }
        types = types == null ? Set.of() : Set.copyOf(types);
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("timeline: from " + from + " is after to " + to);
        }
    }

    public static TimelineQuery of(Dyad dyad) {
        return new TimelineQuery(dyad, Set.of(), Set.of(), null, null);
    }

    public TimelineQuery withModalities(Set<Modality> m) {
        return new TimelineQuery(dyad, types, m, from, to);
    }

    public TimelineQuery withTypes(Set<PloverType> t) {
        return new TimelineQuery(dyad, t, modalities, from, to);
    }

    public TimelineQuery between(YearMonth first, YearMonth last) {
        return new TimelineQuery(dyad, types, modalities, first, last);
    }
}
