package dyad.index;

import dyad.model.Record;
import dyad.store.StoredDocument;
import java.util.List;

/**
 * Full-text and faceted search over documents, events and quotes (Lucene, in a folder beside
 * the store, e.g. {@code ./dyad-data/index/}). The store is the truth; the index can always be
 * rebuilt from it ({@code dyad index --rebuild}).
 */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces a document and its records (keyed by content hash), then commits. */
    void put(StoredDocument document, List<? extends Record> records);

    /** Removes a document and its records; unknown hashes are ignored. */
    void remove(String documentHash);

    /** Hits for the query, best first, with facet counts over all matches (not only this page). */
    SearchResult search(SearchQuery query);

    @Override
    void close();
}
