package dyad.web;

import dyad.model.Event;
import dyad.store.Clusters;
import dyad.store.RecordKey;
import dyad.store.Repository;
import dyad.store.Stored;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How many sources tell each listed event's act: its cluster and the cluster's documents and
 * independent sources, read in one lookup per list. An event of a document not yet clustered (a
 * bulk load left to {@code dyad cluster --rebuild}) has none.
 */
final class Told {

    private Told() {
    }

    /** The API's {@code sources} of an event: documents telling its act and how many of them are independent. */
    record SourcesView(int documents, int independent) {
        static SourcesView of(Clusters.Sources s) {
            return s == null ? null : new SourcesView(s.documents(), s.independent());
        }
    }

    static Map<RecordKey, Clusters.Sources> of(Repository repository, List<Stored<Event>> events) {
        return keys(repository, events.stream().map(Stored::key).toList());
    }

    static Map<RecordKey, Clusters.Sources> keys(Repository repository, Collection<RecordKey> keys) {
        return repository.clusters().of(keys);
    }

    /** "told by 3 sources (2 independent)"; "told by 1 source". */
    static String words(Clusters.Sources s) {
        if (s.documents() == 1) {
            return "told by 1 source";
        }
        return "told by " + s.documents() + " sources (" + s.independent() + " independent)";
    }

    /** "Told by 3 sources (2 independent)." */
    static String sentence(Clusters.Sources s) {
        return "T" + words(s).substring(1) + ".";
    }
}
