package dyad.accountability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What makes a record the same one in another version of its document (a file that changed and
 * was ingested again), kept in the decision log as a line of JSON a person can read. A letter is
 * the same letter when it has the same date, authors and recipients (its demands may have been
 * edited); or, failing that, when its date and recipients are the same and one list of authors
 * holds the other (a line added to or taken from the signature block). An event is the same when
 * its type, mode, parties, date, modality and evidence sentence are.
 */
final class RecordIdentity {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A letter's identity, parsed: its date and the sorted names of its authors and recipients. */
    record LetterParts(String date, Set<String> from, Set<String> to) {

        /** Same date and recipients, and one set of authors (not empty) within the other. */
        boolean closeTo(LetterParts other) {
            Set<String> common = new HashSet<>(from);
            common.retainAll(other.from);
            return date.equals(other.date) && to.equals(other.to) && !common.isEmpty()
                    && (from.containsAll(other.from) || other.from.containsAll(from));
        }
    }

    private RecordIdentity() {
    }

    /** A letter (or a letter known from a citation: its citing letter's authors, the cited date and recipients). */
    static String letter(Letter l) {
        return json(new LetterParts(date(l.date()), names(l.authors()), names(l.recipients())));
    }

    /** The parts of a letter's identity; empty for anything else. */
    static Optional<LetterParts> letterParts(String identity) {
        try {
            LetterParts parts = JSON.readValue(identity, LetterParts.class);
            return parts.date() == null || parts.from() == null || parts.to() == null ? Optional.empty() : Optional.of(parts);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static String event(Event e) {
        return "event " + e.type().name() + (e.mode() == null ? "" : "/" + e.mode()) + " " + party(e.source()) + " -> "
                + party(e.target()) + " " + date(e.date()) + " " + e.modality().name().toLowerCase(Locale.ROOT)
                + ": " + e.evidence().text().strip().replaceAll("\\s+", " ");
    }

    private static String date(EventDate d) {
        return d.known() ? d.value() : "undated";
    }

    /** Names in order of name, so a list read in another order is the same list. */
    private static Set<String> names(List<Actor> actors) {
        Set<String> out = new TreeSet<>();
        actors.forEach(a -> out.add(party(a)));
        return out;
    }

    private static String party(Actor a) {
        String name = a.name() != null ? a.name() : a.text() != null ? a.text() : "(implicit)";
        return name + (a.country() == null ? "" : " (" + a.country() + ")");
    }

    private static String json(LetterParts parts) {
        try {
            return JSON.writeValueAsString(parts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a letter's identity", e);
        }
    }
}
