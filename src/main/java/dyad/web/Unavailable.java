package dyad.web;

import dyad.index.SearchIndex;
import dyad.index.SearchQuery;
import dyad.index.SearchResult;
import dyad.model.Record;
import dyad.store.StoredDocument;
import dyad.store.TimelineQuery;
import dyad.timeline.DyadTimeline;
import dyad.timeline.Timelines;
import java.util.List;

/**
 * Stand-ins for a search index or timelines that this build does not have: every use answers
 * HTTP 503 naming what is missing, while the rest of the server works.
 */
public final class Unavailable extends RuntimeException {

    Unavailable(String message) {
        super(message);
    }

    public static Timelines timelines() {
        return (TimelineQuery query) -> {
            throw new Unavailable("dyad timelines are not available in this build");
        };
    }

    public static SearchIndex search() {
        return search("the search index is not available in this build");
    }

    /** A search index that answers 503 with this reason (e.g. how to build the missing index). */
    public static SearchIndex search(String reason) {
        return new SearchIndex() {
            @Override
            public void put(StoredDocument document, List<? extends Record> records) {
                throw new Unavailable(reason);
            }

            @Override
            public void remove(String documentHash) {
                throw new Unavailable(reason);
            }

            @Override
            public SearchResult search(SearchQuery query) {
                throw new Unavailable(reason);
            }

            @Override
            public void close() {
            }
        };
    }
}
