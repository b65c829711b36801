package dyad.index;

import java.util.List;
import java.util.Map;

/**
 * A page of hits, the number of all matches, and facet counts over all matches:
 * facet name ({@code kind}, {@code type}, {@code country}, {@code modality}, {@code year}) →
 * value → count, values by descending count.
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
