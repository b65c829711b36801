package dyad.accountability;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What makes a record the same one in another version of its document (a file that changed and
 * was ingested again), as a readable line kept in the decision log. A letter is the same letter
 * when it has the same date, authors and recipients (its demands may have been edited); an event
 * when it has the same type, mode, parties, date, modality and evidence sentence.
 */
final class RecordIdentity {

    private RecordIdentity() {
    }

    /** A letter (or a letter known from a citation: its citing letter's authors, the cited date and recipients). */
    static String letter(Letter l) {
        return "letter " + date(l.date()) + " from " + parties(l.authors()) + " to " + parties(l.recipients());
    }

    static String event(Event e) {
        return "event " + e.type().name() + (e.mode() == null ? "" : "/" + e.mode()) + " " + party(e.source()) + " -> "
                + party(e.target()) + " " + date(e.date()) + " " + e.modality().name().toLowerCase(java.util.Locale.ROOT)
                + ": " + e.evidence().text().strip().replaceAll("\\s+", " ");
    }

    private static String date(EventDate d) {
        return d.known() ? d.value() : "undated";
    }

    /** Names in order of name, so a list read in another order is the same list. */
    private static String parties(List<Actor> actors) {
        return actors.isEmpty() ? "nobody named"
                : actors.stream().map(RecordIdentity::party).sorted().collect(Collectors.joining("; "));
    }

    private static String party(Actor a) {
        String name = a.name() != null ? a.name() : a.text() != null ? a.text() : "(implicit)";
        return name + (a.country() == null ? "" : " (" + a.country() + ")");
    }
}
