package dyad.timeline;

import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.store.MonthlyCount;
import dyad.store.Repository;
import dyad.store.TimelineQuery;
import dyad.timeline.DyadTimeline.Month;
import dyad.timeline.DyadTimeline.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Timelines of imported events (one origin, such as "gdelt"), shaped as Dyad's own
 * ({@link DyadTimeline}) so the two can be shown side by side, never summed: monthly counts per PLOVER
 * type from {@link dyad.store.Imports#timeline}, months without gaps from the first to the last, years
 * summed from the months (an imported event always has its day), scores with the same weights as
 * {@link StoreTimelines}. Imported events are all asserted: a query that leaves asserted events out
 * gets none. They have no undated events and no relation states (no bands).
 */
public final class ImportedTimelines implements Timelines {

    private final Repository store;
    private final String origin;
    private final ScoreWeights weights;

    public ImportedTimelines(Repository store, String origin, ScoreWeights weights) {
        this.store = store;
        this.origin = origin;
        this.weights = weights;
    }

    /** GDELT's events in {@code store}, with the standard weights. */
    public static ImportedTimelines gdelt(Repository store) {
        return new ImportedTimelines(store, "gdelt", ScoreWeights.standard());
    }

    @Override
    public DyadTimeline timeline(TimelineQuery query) {
        if (!query.modalities().isEmpty() && !query.modalities().contains(Modality.ASSERTED)) {
            return DyadTimeline.empty(query.dyad());
        }
        List<MonthlyCount> counts = store.imports().timeline(origin, query);
        if (counts.isEmpty()) {
            return DyadTimeline.empty(query.dyad());
        }
        TreeMap<YearMonth, Map<PloverType, Long>> byMonth = new TreeMap<>();
        TreeMap<Integer, Map<PloverType, Long>> byYear = new TreeMap<>();
        for (MonthlyCount c : counts) {
            byMonth.computeIfAbsent(c.month(), m -> new EnumMap<>(PloverType.class)).merge(c.type(), c.events(), Long::sum);
            byYear.computeIfAbsent(c.month().getYear(), y -> new EnumMap<>(PloverType.class)).merge(c.type(), c.events(), Long::sum);
        }
        List<Month> months = new ArrayList<>();
        for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
            Map<PloverType, Long> events = byMonth.getOrDefault(m, Map.of());
            months.add(new Month(m, events, score(events)));
        }
        List<Year> years = new ArrayList<>();
        for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
            Map<PloverType, Long> events = byYear.getOrDefault(y, Map.of());
            years.add(new Year(y, events, score(events)));
        }
        return new DyadTimeline(query.dyad(), months, years, 0, List.of());
    }

    private double score(Map<PloverType, Long> events) {
        double s = 0;
        for (Map.Entry<PloverType, Long> e : events.entrySet()) {
            s += e.getValue() * weights.weight(e.getKey());
        }
        return s;
    }
}
