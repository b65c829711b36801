package dyad.store;

import dyad.model.Modality;
import dyad.model.PloverType;
import java.time.YearMonth;
import java.util.Set;

/**
 * Monthly event counts per PLOVER type for one dyad. Counts only events whose date is known
 * at least to the month and whose source and target both have a country. Optional parts
 * (null or empty = all): types, modalities, first and last month (inclusive). {@code count} says
 * what one is: a report (every stored event, the default here) or an act (a cluster of events
 * telling one act counts once, with its canonical telling's type, date, modality and direction).
 */
public record TimelineQuery(Dyad dyad, Set<PloverType> types, Set<Modality> modalities, YearMonth from, YearMonth to,
                            Count count) {

    /** What a timeline counts. */
    public enum Count {
        /** Clusters: an act told by five reports is one. */
        ACTS,
        /** Stored events, each report's telling its own. */
        REPORTS
    }

    public TimelineQuery {
        if (dyad == null) {
            throw new IllegalArgumentException("timeline: a dyad is required");
        }
        types = types == null ? Set.of() : Set.copyOf(types);
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("timeline: from " + from + " is after to " + to);
        }
        count = count == null ? Count.REPORTS : count;
    }

    public TimelineQuery(Dyad dyad, Set<PloverType> types, Set<Modality> modalities, YearMonth from, YearMonth to) {
        this(dyad, types, modalities, from, to, Count.REPORTS);
    }

    public static TimelineQuery of(Dyad dyad) {
        return new TimelineQuery(dyad, Set.of(), Set.of(), null, null);
    }

    public TimelineQuery withModalities(Set<Modality> m) {
        return new TimelineQuery(dyad, types, m, from, to, count);
    }

    public TimelineQuery withTypes(Set<PloverType> t) {
        return new TimelineQuery(dyad, t, modalities, from, to, count);
    }

    public TimelineQuery between(YearMonth first, YearMonth last) {
        return new TimelineQuery(dyad, types, modalities, first, last, count);
    }

    public TimelineQuery counting(Count c) {
        return new TimelineQuery(dyad, types, modalities, from, to, c);
    }
}
