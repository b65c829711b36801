package dyad.index;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every match, the values of the facet fields (sorted-set doc values) and the
 * matches themselves. Ordinals are counted per segment and turned into strings once per segment.
 */
final class FacetCounts implements CollectorManager<FacetCounts.Counter, FacetCounts.Result> {

    /** The number of matches, and facet → value → count, values by descending count then by value. */
    record Result(long total, Map<String, Map<String, Long>> facets) {
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Result reduce(Collection<Counter> counters) {
        long total = 0;
        Map<String, Map<String, Long>> merged = new HashMap<>();
        for (Counter c : counters) {
            total += c.total;
            c.counts.forEach((facet, values) -> values.forEach((v, n) ->
                    merged.computeIfAbsent(facet, f -> new HashMap<>()).merge(v, n, Long::sum)));
        }
        Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
        for (String facet : Fields.FACETS) {
            Map<String, Long> values = new LinkedHashMap<>();
            merged.getOrDefault(facet, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> values.put(e.getKey(), e.getValue()));
            sorted.put(facet, values);
        }
        return new Result(total, sorted);
    }

    static final class Counter implements Collector {
        private long total;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
            SortedSetDocValues[] values = new SortedSetDocValues[Fields.FACETS.length];
            long[][] ordinals = new long[Fields.FACETS.length][];
            for (int f = 0; f < values.length; f++) {
                values[f] = DocValues.getSortedSet(leaf.reader(), Fields.FACETS[f]);
                ordinals[f] = new long[Math.toIntExact(values[f].getValueCount())];
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (int f = 0; f < values.length; f++) {
                        if (values[f].advanceExact(doc)) {
                            for (int i = 0; i < values[f].docValueCount(); i++) {
                                ordinals[f][(int) values[f].nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int f = 0; f < values.length; f++) {
                        Map<String, Long> facet = counts.computeIfAbsent(Fields.FACETS[f], k -> new HashMap<>());
                        for (int ord = 0; ord < ordinals[f].length; ord++) {
                            if (ordinals[f][ord] > 0) {
                                facet.merge(values[f].lookupOrd(ord).utf8ToString(), ordinals[f][ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
