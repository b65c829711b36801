package dyad.web;

import dyad.model.Event;
import dyad.store.Clusters;
import dyad.store.RecordKey;
import dyad.store.Repository;
import dyad.store.Stored;
import java.util.List;
import java.util.Map;

/**
 * Events as page rows: the words a list shows, the link to the evidence, and how many sources
 * tell the act ({@code told}, linking to the cluster's page; empty for an event not clustered).
 */
final class EventRows {

    private EventRows() {
    }

    record EventRow(String key, String date, String type, String mode, String modality, String source, String sourceCountry,
                    String target, String targetCountry, String evidence, String link, String told, String clusterLink) {
    }

    /** The rows of these events, their clusters read in one lookup. */
    static List<EventRow> of(Repository repository, List<Stored<Event>> events) {
        Map<RecordKey, Clusters.Sources> clusters = Told.of(repository, events);
        return events.stream().map(s -> row(s, clusters.get(s.key()))).toList();
    }

    static EventRow row(Stored<Event> s, Clusters.Sources c) {
        Event e = s.record();
        return new EventRow(s.key().toString(), e.date().known() ? e.date().value() : "undated", e.type().name(),
                e.mode() == null ? "" : e.mode(), e.modality().code(), RecordSpans.name(e.source()),
                country(e.source().country()), RecordSpans.name(e.target()), country(e.target().country()),
                e.evidence().text(), Links.record(s), c == null ? "" : Told.words(c),
                c == null ? "" : Links.cluster(c.cluster()));
    }

    private static String country(String c) {
        return c == null ? "" : c;
    }
}
