package dyad.web;

import dyad.model.PloverType;
import dyad.model.Relation;
import dyad.store.MonthlyCount;
import dyad.store.Repository;
import dyad.store.Stored;
import dyad.store.TimelineQuery;
import dyad.store.YearlyCount;
import dyad.store.YearlyCounts;
import dyad.timeline.DyadTimeline;
import dyad.timeline.Timelines;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small stand-in for the real timelines: monthly and yearly counts from the store, score +1 per
 * cooperative and -1 per other event, bands from relations.
 */
final class FakeTimelines implements Timelines {

    private final Repository repository;

    FakeTimelines(Repository repository) {
        this.repository = repository;
    }

    @Override
    public DyadTimeline timeline(TimelineQuery query) {
        Map<YearMonth, Map<PloverType, Long>> months = new TreeMap<>();
        for (MonthlyCount c : repository.timeline(query)) {
            months.computeIfAbsent(c.month(), m -> new EnumMap<>(PloverType.class)).merge(c.type(), c.events(), Long::sum);
        }
        List<DyadTimeline.Month> out = new ArrayList<>();
        months.forEach((m, counts) -> out.add(new DyadTimeline.Month(m, counts, score(counts))));
        YearlyCounts yearly = repository.yearlyTimeline(query);
        Map<Integer, Map<PloverType, Long>> years = new TreeMap<>();
        for (YearlyCount c : yearly.years()) {
            years.computeIfAbsent(c.year(), y -> new EnumMap<>(PloverType.class)).merge(c.type(), c.events(), Long::sum);
        }
        List<DyadTimeline.Year> yearsOut = new ArrayList<>();
        years.forEach((y, counts) -> yearsOut.add(new DyadTimeline.Year(y, counts, score(counts))));
        List<DyadTimeline.Band> bands = new ArrayList<>();
        for (Stored<Relation> s : repository.relations(query.dyad().a(), query.dyad().b())) {
            Relation r = s.record();
            if (!r.date().known()) {
                continue;
            }
            LocalDate from = r.date().firstDay();
            bands.add(new DyadTimeline.Band(r.attribute(), r.value(), from, null,
                    new DyadTimeline.Evidence(s.documentHash(), r.doc(), s.key().toString(), r.evidence())));
        }
        return new DyadTimeline(query.dyad(), out, yearsOut, yearly.undated(), bands);
    }

    private static double score(Map<PloverType, Long> counts) {
        double score = 0;
        for (Map.Entry<PloverType, Long> e : counts.entrySet()) {
            score += (e.getKey().ordinal() <= PloverType.REQUEST.ordinal() ? 1 : -1) * e.getValue();
        }
        return score;
    }
}
