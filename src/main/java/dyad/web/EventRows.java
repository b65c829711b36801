package dyad.web;

import dyad.model.Event;
import dyad.store.Stored;
import java.util.List;

/** Events as page rows: the words a list shows and the link to the evidence. */
final class EventRows {

    private EventRows() {
    }

    record EventRow(String key, String date, String type, String mode, String modality, String source, String sourceCountry,
                    String target, String targetCountry, String evidence, String link) {
    }

    static List<EventRow> of(List<Stored<Event>> events) {
        return events.stream().map(EventRows::row).toList();
    }

    static EventRow row(Stored<Event> s) {
        Event e = s.record();
        return new EventRow(s.key().toString(), e.date().known() ? e.date().value() : "undated", e.type().name(),
                e.mode() == null ? "" : e.mode(), e.modality().code(), RecordSpans.name(e.source()),
                country(e.source().country()), RecordSpans.name(e.target()), country(e.target().country()),
                e.evidence().text(), Links.record(s));
    }

    private static String country(String c) {
        return c == null ? "" : c;
    }
}
