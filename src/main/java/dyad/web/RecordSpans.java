package dyad.web;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Event;
import dyad.model.Letter;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.store.RecordKey;
import dyad.store.StoredDocument;
import java.util.ArrayList;
import java.util.List;

/** Where each record of a document sits in its text: evidence sentences, quotes, letter demands. */
final class RecordSpans {

    private RecordSpans() {
    }

    /** One marked piece of the text: {@code n} is the record's position in the document, {@code key} its record key. */
    record RecordSpan(String key, int n, String kind, int start, int end, String label, String link) {
    }

    static List<RecordSpan> of(StoredDocument doc, List<Record> records) {
        List<RecordSpan> out = new ArrayList<>();
        String hash = doc.info().hash();
        for (int n = 0; n < records.size(); n++) {
            String key = new RecordKey(doc.info().id(), n).toString();
            String link = Links.record(hash, n);
            Record r = records.get(n);
            if (r instanceof Event e) {
                out.add(new RecordSpan(key, n, "event", e.evidence().start(), e.evidence().end(),
                        name(e.source()) + " " + e.type() + " " + name(e.target()) + " (" + e.modality().code() + ")", link));
            } else if (r instanceof Quote q) {
                out.add(new RecordSpan(key, n, "quote", q.start(), q.end(), name(q.speaker()) + " " + verb(q), link));
            } else if (r instanceof Relation rel) {
                out.add(new RecordSpan(key, n, "relation", rel.evidence().start(), rel.evidence().end(),
                        String.join("–", rel.pair()) + " " + rel.attribute() + ": " + rel.value(), link));
            } else if (r instanceof Letter letter) {
                for (Demand d : letter.demands()) {
                    out.add(new RecordSpan(key, n, "demand", d.start(), d.end(), "demand " + d.n() + ": " + d.summary(), link));
                }
            }
        }
        return out;
    }

    /** The part of record {@code n} to mark: the first span it has, if any. */
    static java.util.Optional<RecordSpan> first(List<RecordSpan> spans, int n) {
        return spans.stream().filter(s -> s.n() == n).findFirst();
    }

    static String name(Actor a) {
        if (a == null) {
            return "(unknown speaker)";
        }
        return a.name() != null ? a.name() : a.text() != null ? a.text() : "(unnamed)";
    }

    private static String verb(Quote q) {
        return q.verb() == null ? "" : q.verb();
    }
}
