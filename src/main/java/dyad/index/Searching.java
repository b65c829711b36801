package dyad.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * One search over one point-in-time view of the index: a page of hits and, in the same pass,
 * facet counts over every match. With text, hits come by relevance; without text (filters
 * only), latest first by date, undated last, with score 0.
 */
final class Searching {

    private static final Sort LATEST_FIRST = latestFirst();

    private final LuceneQueries queries;
    private final Snippets snippets;

    Searching(LuceneQueries queries, Snippets snippets) {
        this.queries = queries;
        this.snippets = snippets;
    }

    SearchResult run(IndexSearcher searcher, SearchQuery query) throws IOException {
        Query textQuery = queries.text(query);
        boolean byRelevance = query.text() != null && !query.text().isBlank();
        // Never more than the index holds: a huge offset must not allocate a huge queue.
        long wanted = (long) query.offset() + query.limit();
        int top = (int) Math.max(1, Math.min(wanted, searcher.getIndexReader().maxDoc()));
        CollectorManager<?, ? extends TopDocs> topDocs = byRelevance
                ? new TopScoreDocCollectorManager(top, null, Integer.MAX_VALUE, false)
                : new TopFieldCollectorManager(LATEST_FIRST, top, null, Integer.MAX_VALUE, false);
        Object[] results = searcher.search(queries.full(query), new MultiCollectorManager(topDocs, new FacetCounts()));
        TopDocs docs = (TopDocs) results[0];
        FacetCounts.Result counts = (FacetCounts.Result) results[1];
        List<SearchHit> hits = new ArrayList<>();
        for (int i = query.offset(); i < docs.scoreDocs.length; i++) {
            hits.add(hit(searcher, docs.scoreDocs[i], textQuery, byRelevance));
        }
        return new SearchResult(counts.total(), hits, counts.facets());
    }

    private SearchHit hit(IndexSearcher searcher, ScoreDoc scoreDoc, Query textQuery, boolean byRelevance) throws IOException {
        Document d = searcher.storedFields().document(scoreDoc.doc);
        SearchQuery.Kind kind = SearchQuery.Kind.valueOf(d.get(Fields.KIND).toUpperCase(Locale.ROOT));
        String text = d.get(Fields.TEXT);
        int start = d.getField(Fields.START).numericValue().intValue();
        int end = d.getField(Fields.END).numericValue().intValue();
        Snippets.Snippet snippet = kind == SearchQuery.Kind.DOCUMENT
                ? snippets.best(textQuery, text)
                : Snippets.shorten(text, start, end);
        float score = byRelevance && !Float.isNaN(scoreDoc.score) ? scoreDoc.score : 0f;
        return new SearchHit(kind, d.get(Fields.HASH), d.get(Fields.DOC_NAME), d.get(Fields.KEY), d.get(Fields.TITLE),
                snippet.text(), snippet.start(), snippet.end(), score);
    }

    private static Sort latestFirst() {
        SortField day = new SortField(Fields.DAY, SortField.Type.LONG, true);
        day.setMissingValue(Long.MIN_VALUE);
        return new Sort(day);
    }
}
