package dyad.export;

import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Role;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Events in the 61 tab-separated columns of a GDELT 2.0 event row, no header (as GDELT publishes
 * them). CAMEO codes come from the PLOVER type and mode ({@link CameoCodes}: lossy, documented in
 * docs/export.md); an actor code is its state and role ("VENGOV", civil society as "NGO"); each
 * row counts one mention, one source, one article and no tone (Dyad reads each telling on its own);
 * geography is left empty. SOURCEURL is the document's link, else its name, with the evidence's
 * offsets after {@code #}: the sentence that proves the row. An undated event takes its
 * document's date; with neither, the date columns are empty.
 */
final class GdeltTsv implements RecordWriter {

    static final int COLUMNS = 61;
    private static final DateTimeFormatter SQL_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final Writer out;
    private final CameoCodes codes;

    GdeltTsv(Writer out, CameoCodes codes) {
        this.out = out;
        this.codes = codes;
    }

    @Override
    public void write(Exported exported) throws IOException {
        Event e = (Event) exported.record();
        CameoCodes.Code code = codes.of(e);
        EventDate date = ExportFilter.dateOf(e, exported.doc());
        LocalDate day = date.firstDay();
        List<String> row = new ArrayList<>(COLUMNS);
        row.add(Long.toString(exported.doc().id() * 10_000 + exported.n()));
        row.add(day == null ? "" : SQL_DATE.format(day));
        row.add(day == null ? "" : String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        row.add(day == null ? "" : Integer.toString(day.getYear()));
        row.add(day == null ? "" : String.format(Locale.ROOT, "%.4f", day.getYear() + (day.getDayOfYear() - 1) / 365.0));
        actor(row, e.source());
        actor(row, e.target());
        row.add("1");
        row.add(code.cameo());
        row.add(code.base());
        row.add(code.root());
        row.add(Integer.toString(code.quad()));
        row.add(String.format(Locale.ROOT, "%.1f", code.goldstein()));
        row.addAll(List.of("1", "1", "1", "0"));
        for (int geo = 0; geo < 3; geo++) { // actor 1, actor 2, action: type 0 (no place) and seven empty fields
            row.add("0");
            row.addAll(Collections.nCopies(7, ""));
        }
        row.add(ADDED.format(exported.doc().ingestedAt()));
        String where = exported.doc().meta().url() != null ? exported.doc().meta().url() : exported.doc().name();
        row.add(where + "#" + e.evidence().start() + "-" + e.evidence().end());
        out.write(String.join("\t", row.stream().map(GdeltTsv::clean).toList()));
        out.write('\n');
    }

    /** Code, name, country, known group, ethnic, two religions, three types: ten columns. */
    private static void actor(List<String> row, Actor a) {
        String role = a.role() == null ? "" : a.role() == Role.CSO ? "NGO" : a.role().name();
        String country = a.country() == null ? "" : a.country();
        String igo = a.country() == null && a.org() != null ? a.org() : "";
        row.add(country.isEmpty() && igo.isEmpty() ? "" : (country.isEmpty() ? "IGO" + igo : country + role));
        row.add(a.name() == null ? "" : a.name().toUpperCase(Locale.ROOT));
        row.add(country);
        row.add(igo);
        row.addAll(List.of("", "", ""));
        row.add(role);
        row.addAll(List.of("", ""));
    }

    /** A tab or line break inside a field would shift every column after it. */
    private static String clean(String field) {
        return field.replaceAll("[\\t\\r\\n]+", " ");
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
