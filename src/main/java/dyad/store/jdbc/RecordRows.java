package dyad.store.jdbc;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.LetterReference;
import dyad.model.Quote;
import dyad.model.Relation;
import dyad.model.Span;
import java.util.List;

/** Writes records as rows of the tables in {@link Tables}, in their column order. */
final class RecordRows {

    static final String AUTHOR = "author";
    static final String RECIPIENT = "recipient";
    static final String REFERENCE = "reference";

    private RecordRows() {
    }

    /** year*100+month when the date is known at least to the month, else null. */
    static Integer month(EventDate d) {
        if (d == null || d.value() == null || d.value().length() < 7) {
            return null;
        }
        return Integer.parseInt(d.value().substring(0, 4)) * 100 + Integer.parseInt(d.value().substring(5, 7));
    }

    /**
     * The month key of an event's cell in event_counts: year*100+month when known to the month,
     * year*100 when known to the year only, 0 when undated (as {@link Tables#CELL_MONTH}).
     */
    static int cellMonth(EventDate d) {
        Integer month = month(d);
        if (month != null) {
            return month;
        }
        return d == null ? 0 : d.yearValue() * 100;
    }

    static EventDate orUnknown(EventDate d) {
        return d == null ? EventDate.UNKNOWN : d;
    }

    /** The evidence text is left out (NULL) when it is the document text at its offsets, as it should be. */
    static void event(RowWriter w, long doc, String docText, int n, Event e) {
        Span ev = e.evidence();
        w.num(doc).num(n).str(e.type().name()).str(e.mode()).actor(e.source()).actor(e.target()).date(e.date())
                .num(month(e.date())).str(e.modality().code()).str(isSlice(ev, docText) ? null : ev.text())
                .num(ev.start()).num(ev.end());
        w.end();
    }

    static boolean isSlice(Span span, String docText) {
        return span.end() <= docText.length() && docText.regionMatches(span.start(), span.text(), 0, span.text().length());
    }

    static void quote(RowWriter w, long doc, int n, Quote q) {
        w.num(doc).num(n).actor(q.speaker()).str(q.verb()).str(q.text()).num(q.start()).num(q.end());
        w.end();
    }

    static void letter(RowWriter w, long doc, int n, Letter l) {
        w.num(doc).num(n).date(orUnknown(l.date()));
        w.end();
    }

    static void letterActors(RowWriter w, long doc, int n, Letter l) {
        actors(w, doc, n, AUTHOR, 0, l.authors());
        actors(w, doc, n, RECIPIENT, 0, l.recipients());
        for (int k = 0; k < l.references().size(); k++) {
            actors(w, doc, n, REFERENCE, k, l.references().get(k).recipients());
        }
    }

    private static void actors(RowWriter w, long doc, int n, String part, int reference, List<Actor> actors) {
        for (int i = 0; i < actors.size(); i++) {
            w.num(doc).num(n).str(part).num(reference).num(i).actor(actors.get(i));
            w.end();
        }
    }

    static void demands(RowWriter w, long doc, int n, Letter l) {
        for (int i = 0; i < l.demands().size(); i++) {
            Demand d = l.demands().get(i);
            w.num(doc).num(n).num(i).num(d.n()).str(d.summary()).actor(d.addressee()).str(d.text()).num(d.start())
                    .num(d.end());
            w.end();
        }
    }

    static void references(RowWriter w, long doc, int n, Letter l) {
        for (int i = 0; i < l.references().size(); i++) {
            LetterReference r = l.references().get(i);
            w.num(doc).num(n).num(i).date(orUnknown(r.date())).bool(r.replied());
            w.end();
        }
    }

    static void relation(RowWriter w, long doc, int n, Relation r) {
        Span ev = r.evidence();
        w.num(doc).num(n).str(r.pair().get(0)).str(r.pair().get(1)).str(r.attribute()).str(r.value())
                .date(orUnknown(r.date())).str(ev == null ? null : ev.text()).num(ev == null ? null : ev.start())
                .num(ev == null ? null : ev.end());
        w.end();
    }
}
