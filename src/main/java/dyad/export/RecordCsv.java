package dyad.export;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One kind of record as CSV with a header (RFC 4180, commons-csv): every row names its document,
 * and carries the evidence's offsets and words where the record has evidence.
 */
final class RecordCsv implements RecordWriter {

    private static final List<String> ACTOR = List.of("text", "name", "country", "org", "role");
    private static final Map<String, List<String>> HEADERS = Map.of(
            "event", concat(List.of("id", "doc", "doc_title", "type", "mode"), prefixed("source", ACTOR),
                    prefixed("target", ACTOR), List.of("date", "precision", "modality", "evidence_start", "evidence_end",
                            "evidence_text")),
            "quote", concat(List.of("id", "doc", "doc_title"), prefixed("speaker", ACTOR),
                    List.of("verb", "start", "end", "text")),
            "letter", List.of("id", "doc", "doc_title", "date", "precision", "authors", "recipients", "demands", "references"),
            "relation", List.of("id", "doc", "doc_title", "state_a", "state_b", "attribute", "value", "date", "precision",
                    "evidence_start", "evidence_end", "evidence_text"));

    private final CSVPrinter printer;

    RecordCsv(Writer out, String kind) throws IOException {
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADERS.get(kind).toArray(String[]::new)).get());
    }

    @Override
    public void write(Exported exported) throws IOException {
        Record r = exported.record();
        List<Object> row = new ArrayList<>(List.of(exported.id(), exported.doc().name(), or(exported.doc().meta().title())));
        if (r instanceof Event e) {
            row.add(e.type().name());
            row.add(or(e.mode()));
            actor(row, e.source());
            actor(row, e.target());
            date(row, e.date());
            row.add(e.modality().name().toLowerCase(Locale.ROOT));
            row.addAll(List.of(e.evidence().start(), e.evidence().end(), e.evidence().text()));
        } else if (r instanceof Quote q) {
            actor(row, q.speaker());
            row.addAll(List.of(or(q.verb()), q.start(), q.end(), q.text()));
        } else if (r instanceof Letter l) {
            date(row, l.date());
            row.add(names(l.authors()));
            row.add(names(l.recipients()));
            row.add(l.demands().size());
            row.add(l.references().size());
        } else if (r instanceof Relation rel) {
            row.addAll(List.of(rel.pair().get(0), rel.pair().get(1), rel.attribute(), rel.value()));
            date(row, rel.date());
            row.addAll(List.of(rel.evidence().start(), rel.evidence().end(), rel.evidence().text()));
        }
        printer.printRecord(row);
    }

    private static void actor(List<Object> row, Actor a) {
        if (a == null) {
            row.addAll(List.of("", "", "", "", ""));
            return;
        }
        row.addAll(List.of(or(a.text()), or(a.name()), or(a.country()), or(a.org()), a.role() == null ? "" : a.role().name()));
    }

    private static void date(List<Object> row, EventDate d) {
        row.add(d.known() ? d.value() : "");
        row.add(d.precision().name().toLowerCase(Locale.ROOT));
    }

    private static String names(List<Actor> actors) {
        return String.join("; ", actors.stream().map(a -> a.name() != null ? a.name() : or(a.text())).toList());
    }

    private static String or(String s) {
        return s == null ? "" : s;
    }

    private static List<String> prefixed(String prefix, List<String> fields) {
        return fields.stream().map(f -> prefix + "_" + f).toList();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) {
            out.addAll(p);
        }
        return List.copyOf(out);
    }

    @Override
    public void close() throws IOException {
        printer.flush();
    }
}
