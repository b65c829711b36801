package dyad.web;

import dyad.model.PloverType;
import dyad.model.Relation;
import dyad.store.MonthlyCount;
import dyad.store.Repository;
import dyad.store.Stored;
import dyad.store.TimelineQuery;
import dyad.timeline.DyadTimeline;
import dyad.timeline.Timelines;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A small stand-in for the real timelines: monthly counts from the store, score +1 per cooperative and -1 per other event, bands from relations. */
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
        months.forEach((m, counts) -> {
            double score = 0;
            for (Map.Entry<PloverType, Long> e : counts.entrySet()) {
                score += (e.getKey().ordinal() <= PloverType.REQUEST.ordinal() ? 1 : -1) * e.getValue();
            }
            out.add(new DyadTimeline.Month(m, counts, score));
        });
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
        return new DyadTimeline(query.dyad(), out, bands);
    }
}
