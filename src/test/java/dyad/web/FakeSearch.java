package dyad.web;

import dyad.index.SearchHit;
import dyad.index.SearchIndex;
import dyad.index.SearchQuery;
import dyad.index.SearchResult;
import dyad.model.Record;
import dyad.store.StoredDocument;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** A search index that remembers the last query and answers with the hits it was given, paged. */
final class FakeSearch implements SearchIndex {

    final AtomicReference<SearchQuery> lastQuery = new AtomicReference<>();
    private final List<SearchHit> hits;
    private final Map<String, Map<String, Long>> facets;

    FakeSearch(List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
        this.hits = hits;
        this.facets = facets;
    }

    @Override
    public void put(StoredDocument document, List<? extends Record> records) {
        throw new UnsupportedOperationException("the web server never writes to the index");
    }

    @Override
    public void remove(String documentHash) {
        throw new UnsupportedOperationException("the web server never writes to the index");
    }

    @Override
    public SearchResult search(SearchQuery query) {
        lastQuery.set(query);
        int from = Math.min(query.offset(), hits.size());
        int to = Math.min(from + query.limit(), hits.size());
        return new SearchResult(hits.size(), hits.subList(from, to), facets);
    }

    @Override
    public void close() {
    }
}
