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
 * Counts, over every match, the facet values (one sorted-set doc values field, see
 * {@link Fields#FACET}) and the matches themselves. Ordinals are counted per segment and turned
 * into strings once per segment.
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
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), Fields.FACET);
            long[] ordinals = new long[Math.toIntExact(values.getValueCount())];
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    if (values.advanceExact(doc)) {
                        for (int i = values.docValueCount(); i > 0; i--) {
                            ordinals[(int) values.nextOrd()]++;
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    for (int ord = 0; ord < ordinals.length; ord++) {
                        if (ordinals[ord] > 0) {
                            String entry = values.lookupOrd(ord).utf8ToString();
                            int cut = entry.indexOf(Fields.FACET_SEPARATOR);
                            counts.computeIfAbsent(entry.substring(0, cut), k -> new HashMap<>())
                                    .merge(entry.substring(cut + 1), ordinals[ord], Long::sum);
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
