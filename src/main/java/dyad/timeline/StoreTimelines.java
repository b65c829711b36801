package dyad.timeline;

import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Relation;
import dyad.store.Dyad;
import dyad.store.MonthlyCount;
import dyad.store.Repository;
import dyad.store.Stored;
import dyad.store.TimelineQuery;
import dyad.store.YearlyCount;
import dyad.store.YearlyCounts;
import dyad.timeline.DyadTimeline.Band;
import dyad.timeline.DyadTimeline.Evidence;
import dyad.timeline.DyadTimeline.Month;
import dyad.timeline.DyadTimeline.Year;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Timelines from the store.
 *
 * <h2>Months</h2>
 * Event counts per PLOVER type come from {@link Repository#timeline(TimelineQuery)} (events
 * dated at least to the month, both sides with a country; the query's types, modalities and
 * months apply). Months run without gaps from the first month with an event to the last; a
 * month without events has no counts and score 0.
 *
 * <h2>Years</h2>
 * Yearly counts per type come from {@link Repository#yearlyTimeline(TimelineQuery)}: every event
 * dated at least to the year (year, month or day precision), so that a dyad whose texts say only
 * "in 2017" still has a series. Years run without gaps from the first year with an event to the
 * last, and are scored like months. Events with no date at all are only counted
 * ({@link DyadTimeline#undated()}): they cannot be placed.
 *
 * <h2>Score</h2>
 * A month's (or year's) cooperation–conflict score is the sum, over its <em>asserted</em> events, of a weight
 * per PLOVER type ({@link ScoreWeights}, file {@code dyad/timeline/plover-weights.tsv}): AGREE +3,
 * CONSULT +1, SUPPORT +2, CONCEDE +3, COOPERATE +4, AID +5, RETREAT +1, REQUEST 0, ACCUSE −2,
 * REJECT −2, PROTEST −2, THREATEN −4, MOBILIZE −5, SANCTION −5, COERCE −7, ASSAULT −9. Negated,
 * intended and hypothetical events are counted but do not score: they did not happen.
 *
 * <h2>Bands</h2>
 * From {@link Repository#relations(String, String)}: for an ordered dyad only relations whose
 * pair is (a, b) in that order, for an unordered one both orders. Per attribute (diplomatic
 * level, sanctions, recognition), by date: a relation whose value differs from the one holding
 * starts a band that ends on the day of the next change of that attribute ({@code to} null while
 * it still holds); a relation repeating the value holding is not a change (the band keeps the
 * first evidence). Undated relations cannot be placed and make no band. Bands are not cut to
 * the query's months: the state before them is part of the picture.
 */
public final class StoreTimelines implements Timelines {

    private static final List<String> ATTRIBUTES = List.of(Relation.DIPLOMATIC_LEVEL, Relation.SANCTIONS, Relation.RECOGNITION);

    private final Repository store;
    private final ScoreWeights weights;

    public StoreTimelines(Repository store, ScoreWeights weights) {
        if (store == null || weights == null) {
            throw new IllegalArgumentException("timelines need a store and score weights");
        }
        this.store = store;
        this.weights = weights;
    }

    /** Timelines over {@code store} with the standard weights. */
    public static StoreTimelines over(Repository store) {
        return new StoreTimelines(store, ScoreWeights.standard());
    }

    @Override
    public DyadTimeline timeline(TimelineQuery query) {
        YearlyCounts yearly = store.yearlyTimeline(query);
        return new DyadTimeline(query.dyad(), months(query), years(query, yearly.years()), yearly.undated(),
                bands(query.dyad()));
    }

    private List<Month> months(TimelineQuery query) {
        List<MonthlyCount> counts = store.timeline(query);
        if (counts.isEmpty()) {
            return List.of();
        }
        TreeMap<YearMonth, Map<PloverType, Long>> byMonth = new TreeMap<>();
        for (MonthlyCount c : counts) {
            byMonth.computeIfAbsent(c.month(), m -> new EnumMap<>(PloverType.class)).merge(c.type(), c.events(), Long::sum);
        }
        Map<YearMonth, Double> scores = scores(query, counts);
        List<Month> months = new ArrayList<>();
        for (YearMonth m = byMonth.firstKey(); !m.isAfter(byMonth.lastKey()); m = m.plusMonths(1)) {
            months.add(new Month(m, byMonth.getOrDefault(m, Map.of()), scores.getOrDefault(m, 0.0)));
        }
        return months;
    }

    /** Month → score over the asserted events among those the query counts. */
    private Map<YearMonth, Double> scores(TimelineQuery query, List<MonthlyCount> counted) {
        Map<YearMonth, Double> scores = new TreeMap<>();
        for (MonthlyCount c : asserted(query, counted, store::timeline)) {
            scores.merge(c.month(), c.events() * weights.weight(c.type()), Double::sum);
        }
        return scores;
    }

    private List<Year> years(TimelineQuery query, List<YearlyCount> counts) {
        if (counts.isEmpty()) {
            return List.of();
        }
        TreeMap<Integer, Map<PloverType, Long>> byYear = new TreeMap<>();
        for (YearlyCount c : counts) {
            byYear.computeIfAbsent(c.year(), y -> new EnumMap<>(PloverType.class)).merge(c.type(), c.events(), Long::sum);
        }
        Map<Integer, Double> scores = new TreeMap<>();
        for (YearlyCount c : asserted(query, counts, q -> store.yearlyTimeline(q).years())) {
            scores.merge(c.year(), c.events() * weights.weight(c.type()), Double::sum);
        }
        List<Year> years = new ArrayList<>();
        for (int y = byYear.firstKey(); y <= byYear.lastKey(); y++) {
            years.add(new Year(y, byYear.getOrDefault(y, Map.of()), scores.getOrDefault(y, 0.0)));
        }
        return years;
    }

    /**
     * The counts of the asserted events among those the query counts: the counts themselves when
     * the query asks for asserted events only, none when it excludes them, else read again.
     */
    private static <C> List<C> asserted(TimelineQuery query, List<C> counted, Function<TimelineQuery, List<C>> read) {
        Set<Modality> modalities = query.modalities();
        if (modalities.equals(Set.of(Modality.ASSERTED))) {
            return counted;
        }
        if (modalities.isEmpty() || modalities.contains(Modality.ASSERTED)) {
            return read.apply(query.withModalities(Set.of(Modality.ASSERTED)));
        }
        return List.of();
    }

    private List<Band> bands(Dyad dyad) {
        List<Stored<Relation>> relevant = new ArrayList<>();
        for (Stored<Relation> s : store.relations(dyad.a(), dyad.b())) {
            List<String> pair = s.record().pair();
            boolean forward = pair.get(0).equals(dyad.a()) && pair.get(1).equals(dyad.b());
            boolean backward = pair.get(0).equals(dyad.b()) && pair.get(1).equals(dyad.a());
            if (s.record().date().known() && (forward || (!dyad.ordered() && backward))) {
                relevant.add(s);
            }
        }
        // Stable: relations of the same day keep the store's order.
        relevant.sort(Comparator.comparing((Stored<Relation> s) -> s.record().date().firstDay()));
        List<Band> bands = new ArrayList<>();
        for (String attribute : ATTRIBUTES) {
            List<Band> open = new ArrayList<>();
            for (Stored<Relation> s : relevant) {
                Relation r = s.record();
                if (!r.attribute().equals(attribute)) {
                    continue;
                }
                Band holding = open.isEmpty() ? null : open.get(open.size() - 1);
                if (holding != null && holding.value().equals(r.value())) {
                    continue;
                }
                LocalDate day = r.date().firstDay();
                if (holding != null) {
                    open.set(open.size() - 1, new Band(attribute, holding.value(), holding.from(), day, holding.evidence()));
                }
                open.add(new Band(attribute, r.value(), day, null,
                        new Evidence(s.documentHash(), r.doc(), s.key().toString(), r.evidence())));
            }
            bands.addAll(open);
        }
        return bands;
    }
}
