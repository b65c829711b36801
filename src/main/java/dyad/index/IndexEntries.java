package dyad.index;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.store.DocumentInfo;
import dyad.store.RecordKey;
import dyad.store.StoredDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a stored document and its records into index entries: one for the document, one per
 * event and per quote (letters and relations are found through their document). A record's
 * key is its position in the document's record list, as the store numbers them.
 */
final class IndexEntries {

    private IndexEntries() {
    }

    static List<Document> of(StoredDocument stored, List<? extends Record> records) {
        DocumentInfo info = stored.info();
        List<Document> entries = new ArrayList<>();
        Set<String> countries = new TreeSet<>();
        for (int n = 0; n < records.size(); n++) {
            Record r = records.get(n);
            String key = new RecordKey(info.id(), n).toString();
            if (r instanceof Event e) {
                entries.add(event(info, key, e));
                addCountries(countries, e.source(), e.target());
            } else if (r instanceof Quote q) {
                entries.add(quote(info, key, q));
                addCountries(countries, q.speaker());
            } else if (r instanceof Letter l) {
                l.authors().forEach(a -> addCountries(countries, a));
                l.recipients().forEach(a -> addCountries(countries, a));
            } else if (r instanceof Relation rel) {
                countries.addAll(rel.pair());
            }
        }
        entries.add(0, document(stored, countries));
        return entries;
    }

    private static Document document(StoredDocument stored, Set<String> countries) {
        DocumentInfo info = stored.info();
        Document d = common(info, SearchQuery.Kind.DOCUMENT, info.label(), stored.text(), 0, stored.text().length());
        d.add(new TextField(Fields.LABEL, info.name(), Field.Store.NO));
        if (info.meta().title() != null) { // found by its title as by its file name
            d.add(new TextField(Fields.LABEL, info.meta().title(), Field.Store.NO));
        }
        countries.forEach(c -> keyword(d, Fields.COUNTRY, c));
        date(d, info.date());
        return d;
    }

    private static Document event(DocumentInfo info, String key, Event e) {
        String title = e.type() + ": " + label(e.source()) + " → " + label(e.target());
        Document d = common(info, SearchQuery.Kind.EVENT, title, e.evidence().text(), e.evidence().start(), e.evidence().end());
        d.add(new StoredField(Fields.KEY, key));
        actor(d, e.source());
        actor(d, e.target());
        keyword(d, Fields.TYPE, e.type().name());
        keyword(d, Fields.MODALITY, e.modality().code());
        d.add(new TextField(Fields.LABEL, e.type().name(), Field.Store.NO));
        d.add(new TextField(Fields.LABEL, e.modality().code(), Field.Store.NO));
        if (e.mode() != null) {
            d.add(new TextField(Fields.LABEL, e.mode(), Field.Store.NO));
        }
        date(d, e.date());
        return d;
    }

    private static Document quote(DocumentInfo info, String key, Quote q) {
        String title = q.speaker() == null ? "Unattributed quote" : label(q.speaker()) + (q.verb() == null ? "" : " " + q.verb());
        Document d = common(info, SearchQuery.Kind.QUOTE, title, q.text(), q.start(), q.end());
        d.add(new StoredField(Fields.KEY, key));
        if (q.speaker() != null) {
            actor(d, q.speaker());
        }
        if (q.verb() != null) {
            d.add(new TextField(Fields.LABEL, q.verb(), Field.Store.NO));
        }
        // A quote is dated by its document: when it was said is when it was reported.
        date(d, info.date());
        return d;
    }

    private static Document common(DocumentInfo info, SearchQuery.Kind kind, String title, String text, int start, int end) {
        Document d = new Document();
        d.add(new StringField(Fields.HASH, info.hash(), Field.Store.YES));
        d.add(new StoredField(Fields.DOC_NAME, info.name()));
        keyword(d, Fields.KIND, kind.name().toLowerCase(Locale.ROOT));
        d.add(new StoredField(Fields.KIND, kind.name().toLowerCase(Locale.ROOT)));
        d.add(new StoredField(Fields.TITLE, title));
        d.add(new TextField(Fields.TEXT, text, Field.Store.YES));
        d.add(new StoredField(Fields.START, start));
        d.add(new StoredField(Fields.END, end));
        return d;
    }

    private static void actor(Document d, Actor a) {
        for (String s : new String[] {a.name(), a.text()}) {
            if (s != null && !s.isBlank()) {
                d.add(new TextField(Fields.ACTOR, s, Field.Store.NO));
            }
        }
        if (a.country() != null) {
            keyword(d, Fields.COUNTRY, a.country());
            d.add(new TextField(Fields.LABEL, a.country(), Field.Store.NO));
        }
        if (a.org() != null) {
            d.add(new TextField(Fields.ACTOR, a.org(), Field.Store.NO));
        }
    }

    private static void addCountries(Set<String> countries, Actor... actors) {
        for (Actor a : actors) {
            if (a != null && a.country() != null) {
                countries.add(a.country());
            }
        }
    }

    /** An exact-match field that is also counted as a facet. */
    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.NO));
        facet(d, field, value);
    }

    private static void date(Document d, EventDate date) {
        LocalDate first = date.firstDay();
        if (first == null) {
            return;
        }
        d.add(new LongPoint(Fields.DAY, first.toEpochDay()));
        d.add(new NumericDocValuesField(Fields.DAY, first.toEpochDay()));
        facet(d, Fields.YEAR, String.format(Locale.ROOT, "%04d", first.getYear()));
    }

    private static void facet(Document d, String dimension, String value) {
        d.add(new SortedSetDocValuesField(Fields.FACET, new BytesRef(dimension + Fields.FACET_SEPARATOR + value)));
    }

    private static String label(Actor a) {
        if (a.name() != null) {
            return a.name();
        }
        if (a.text() != null) {
            return a.text();
        }
        return a.country() != null ? a.country() : "someone";
    }
}
