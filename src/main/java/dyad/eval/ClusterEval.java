package dyad.eval;

import dyad.cluster.Telling;
import dyad.model.Event;
import dyad.pipeline.Pipeline;
import dyad.pipeline.RunReport;
import dyad.pipeline.StoreSink;
import dyad.source.DocumentDates;
import dyad.store.Clusters;
import dyad.store.DocumentInfo;
import dyad.store.EventFilter;
import dyad.store.Page;
import dyad.store.PageRequest;
import dyad.store.RecordKey;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stored;
import dyad.store.Stores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code dyad cluster eval}: ingests a clustering test set's documents into a new in-memory store
 * (each clustered as it is written, as {@code dyad ingest} does), gives each stored event the act of
 * the gold sentence its evidence overlaps when the types agree, and scores the clusters and copies;
 * with {@code explain}, also counts why tellings of one act were kept apart ({@link MissedPairs}).
 */
public final class ClusterEval {

    private ClusterEval() {
    }

    /** The scores, why same-act pairs were missed (null unless asked), and how many documents failed. */
    public record Result(ClusterScores scores, MissedPairs missed, int failures) {
    }

    public static Result run(Path corpus, Pipeline pipeline, RunReport report, boolean explain) {
        ClusterGold gold = ClusterGold.read(corpus);
        try (Repository repo = Stores.open(StoreLocation.parse("jdbc:duckdb:"))) {
            Pipeline.Summary done = pipeline.run(List.of(corpus.resolve("docs").toString()), DocumentDates.NONE,
                    StoreSink.of(repo), report);
            Result r = score(gold, repo, explain);
            return new Result(r.scores(), r.missed(), done.failures());
        }
    }

    /** Scores the clusters of a store holding the test set's documents (and nothing else). */
    public static Result score(ClusterGold gold, Repository repo, boolean explain) {
        List<Stored<Event>> events = all(p -> repo.events(EventFilter.ALL, p));
        Map<Long, DocumentInfo> documents = new HashMap<>();
        all(repo::documents).forEach(d -> documents.put(d.id(), d));
        List<Clusters.Copy> copies = repo.clusters().copies();
        Map<RecordKey, Clusters.Sources> clusters = repo.clusters().of(events.stream().map(Stored::key).toList());
        Map<String, Long> idOfHash = new HashMap<>();
        documents.values().forEach(d -> idOfHash.put(d.hash(), d.id()));
        Map<Long, Long> family = new HashMap<>();
        copies.forEach(c -> family.put(idOfHash.get(c.hash()), idOfHash.get(c.originalHash())));

        List<ClusterScores.Item> items = new ArrayList<>();
        List<Telling> tellings = new ArrayList<>();
        for (Stored<Event> e : events) {
            String file = fileName(e.record().doc());
            String act = label(gold, file, e.record());
            Clusters.Sources s = clusters.get(e.key());
            if (act != null && s != null) {
                items.add(new ClusterScores.Item(file, act, s.cluster()));
                DocumentInfo d = documents.get(e.key().document());
                tellings.add(Telling.of(d.id(), e.key().n(), family.getOrDefault(d.id(), d.id()), d.meta().publisher(),
                        d.date().firstDay(), e.record()));
            }
        }
        List<ClusterScores.Pair> goldCopies = gold.copies().stream()
                .map(c -> new ClusterScores.Pair(c.file(), c.original())).toList();
        List<ClusterScores.Pair> systemCopies = copies.stream()
                .map(c -> new ClusterScores.Pair(fileName(c.name()), fileName(c.originalName()))).toList();
        MissedPairs missed = explain ? MissedPairs.count(gold, items, tellings, events) : null;
        return new Result(ClusterScores.score(items, goldCopies, systemCopies), missed, 0);
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> read) {
        List<T> out = new ArrayList<>();
        PageRequest page = new PageRequest(0, 500);
        while (true) {
            Page<T> p = read.apply(page);
            out.addAll(p.items());
            if (!p.more()) {
                return out;
            }
            page = new PageRequest(page.offset() + page.limit(), page.limit());
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

    static String fileName(String doc) {
        return Path.of(doc).getFileName().toString();
    }
}
