package dyad.web;

import dyad.model.Event;
import dyad.model.Record;
import dyad.store.Clusters;
import dyad.store.RecordKey;
import dyad.store.Page;
import dyad.store.Stored;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The JSON shapes the API answers with, beyond the records themselves. */
final class Views {

    private Views() {
    }

    /** A page of items: {@code more} tells whether a next page exists; {@code total} when known, else null. */
    record PageView<T>(List<T> items, int offset, int limit, boolean more, Long total) {
        static <S, T> PageView<T> of(Page<S> page, Function<S, T> view, Long total) {
            return new PageView<>(page.items().stream().map(view).toList(), page.request().offset(),
                    page.request().limit(), page.more(), total);
        }
    }

    /** A stored record with its key, its document and a link to the document page with its evidence marked. */
    record StoredView(String key, String documentHash, Record record, String link) {
        static StoredView of(Stored<? extends Record> s) {
            return new StoredView(s.key().toString(), s.documentHash(), s.record(), Links.record(s));
        }
    }

    /**
     * A stored event as {@link StoredView}, with its cluster's id and page and the sources that tell
     * its act (null for an event not clustered yet).
     */
    record EventView(String key, String documentHash, Event record, String link, Long cluster, Told.SourcesView sources,
                     String clusterLink) {
        static EventView of(Stored<Event> s, Clusters.Sources c) {
            return new EventView(s.key().toString(), s.documentHash(), s.record(), Links.record(s),
                    c == null ? null : c.cluster(), Told.SourcesView.of(c), c == null ? null : Links.cluster(c.cluster()));
        }

        /** A page of events, their clusters read in one lookup. */
        static Function<Stored<Event>, EventView> over(Map<RecordKey, Clusters.Sources> clusters) {
            return s -> of(s, clusters.get(s.key()));
        }
    }

    /** An error: what went wrong and, for a bad parameter, which one. */
    record ErrorView(int status, String error, String parameter) {
    }
}
