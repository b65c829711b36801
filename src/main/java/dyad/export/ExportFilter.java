package dyad.export;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.store.DocumentInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which records an export takes: of these kinds, about this pair of states (in either order), and
 * dated within [from, to] by the record's own date, else its document's. An undated record is
 * left out when a period is asked for.
 *
 * @param pair  two ISO3 codes, or null for every pair
 * @param from  first day, or null
 * @param to    last day, or null
 * @param kinds record kinds ("event", "quote", "letter", "relation")
 */
record ExportFilter(List<String> pair, LocalDate from, LocalDate to, Set<String> kinds) {

    static final Set<String> KINDS = Set.of("event", "quote", "letter", "relation");

    ExportFilter {
        if (pair != null && (pair.size() != 2 || pair.get(0).equals(pair.get(1)))) {
            throw new IllegalArgumentException("--dyad takes two different states: " + pair);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
        kinds = Set.copyOf(kinds); // known kinds: Exports.Request checks them
    }

    boolean takes(Record r, DocumentInfo doc) {
        return kinds.contains(r.kind()) && aboutPair(r) && inPeriod(dateOf(r, doc));
    }

    private boolean aboutPair(Record r) {
        if (pair == null) {
            return true;
        }
        if (r instanceof Quote q) { // a voice from either side
            return q.speaker() != null && pair.contains(q.speaker().country());
        }
        List<String> countries = r instanceof Event e ? Stream.of(e.source(), e.target()).map(Actor::country).toList()
                : r instanceof Relation rel ? rel.pair()
                : r instanceof Letter l ? Stream.concat(l.authors().stream(), l.recipients().stream()).map(Actor::country).toList()
                : List.of();
        return countries.containsAll(pair);
    }

    private boolean inPeriod(EventDate date) {
        if (from == null && to == null) {
            return true;
        }
        LocalDate day = date.firstDay();
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    static EventDate dateOf(Record r, DocumentInfo doc) {
        EventDate own = r instanceof Event e ? e.date() : r instanceof Relation rel ? rel.date()
                : r instanceof Letter l ? l.date() : EventDate.UNKNOWN;
        return own.known() ? own : doc.date();
    }
}
