package dyad.eval;

import dyad.model.Event;
import dyad.pipeline.Pipeline;
import dyad.pipeline.RunReport;
import dyad.pipeline.StoreSink;
import dyad.source.DocumentDates;
import dyad.store.Clusters;
import dyad.store.EventFilter;
import dyad.store.PageRequest;
import dyad.store.RecordKey;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stored;
import dyad.store.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code dyad cluster eval}: ingests a clustering test set's documents into a new in-memory store
 * (each clustered as it is written, as {@code dyad ingest} does), gives each stored event the act of
 * the gold sentence its evidence overlaps when the types agree, and scores the clusters and copies.
 */
public final class ClusterEval {

    private ClusterEval() {
    }

    /** The scores, and how many documents failed to be read or extracted. */
    public record Result(ClusterScores scores, int failures) {
    }

    public static Result run(Path corpus, Pipeline pipeline, RunReport report) {
        ClusterGold gold = ClusterGold.read(corpus);
        try (Repository repo = Stores.open(StoreLocation.parse("jdbc:duckdb:"))) {
            Pipeline.Summary done = pipeline.run(List.of(corpus.resolve("docs").toString()), DocumentDates.NONE,
                    StoreSink.of(repo), report);
            List<Stored<Event>> events = new ArrayList<>();
            PageRequest page = new PageRequest(0, 500);
            while (true) {
                var p = repo.events(EventFilter.ALL, page);
                events.addAll(p.items());
                if (!p.more()) {
                    break;
                }
                page = new PageRequest(page.offset() + page.limit(), page.limit());
            }
            Map<RecordKey, Clusters.Sources> clusters = repo.clusters().of(events.stream().map(Stored::key).toList());
            List<ClusterScores.Item> items = new ArrayList<>();
            for (Stored<Event> e : events) {
                String file = fileName(e.record().doc());
                String act = label(gold, file, e.record());
                Clusters.Sources s = clusters.get(e.key());
                if (act != null && s != null) {
                    items.add(new ClusterScores.Item(file, act, s.cluster()));
                }
            }
            List<ClusterScores.Pair> goldCopies = gold.copies().stream()
                    .map(c -> new ClusterScores.Pair(c.file(), c.original())).toList();
            List<ClusterScores.Pair> systemCopies = repo.clusters().copies().stream()
                    .map(c -> new ClusterScores.Pair(fileName(c.name()), fileName(c.originalName()))).toList();
            return new Result(ClusterScores.score(items, goldCopies, systemCopies), done.failures());
        }
    }

    /** The act of the gold sentence of this file that the evidence overlaps most, among acts of the event's type. */
    static String label(ClusterGold gold, String file, Event e) {
        String best = null;
        int bestOverlap = 0;
        for (ClusterGold.Telling t : gold.tellings()) {
            if (!t.file().equals(file) || gold.acts().get(t.act()) != e.type()) {
                continue;
            }
            int overlap = Math.min(t.end(), e.evidence().end()) - Math.max(t.start(), e.evidence().start());
            if (overlap > bestOverlap) {
                best = t.act();
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static String fileName(String doc) {
        return Path.of(doc).getFileName().toString();
    }
}
