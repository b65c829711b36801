package dyad.plover;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dyad.gdelt.CameoTables;
import dyad.gdelt.BadRow;
import dyad.gdelt.ImportReport;
import dyad.model.Json;
import dyad.model.PloverType;
import dyad.model.Role;
import dyad.store.ImportedActor;
import dyad.store.ImportedEvent;
import dyad.store.Imports;
import dyad.store.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Imports PLOVER JSON Lines (the fields of the PLOVER manual's "Data Fields", as {@code dyad export
 * --format plover} writes them) as imported events of origin "plover": id (a 63-bit hash of the
 * record's {@code id}, so a re-import adds nothing), date, the first {@code event} and {@code mode},
 * the first actor and recipient (code read as a state when it is one, sector as the role,
 * {@code identifier_text} as the name) and {@code cite_info.url}. A record whose {@code dyad_modality}
 * says it did not happen (negated, intended, hypothetical) is skipped: imported events are all
 * asserted. A bad line is skipped and told with file and line, as for GDELT.
 */
public final class PloverImport {

    public static final String ORIGIN = "plover";

    private final CameoTables tables;

    public PloverImport(CameoTables tables) {
        this.tables = tables;
    }

    public ImportReport run(List<Path> files, Imports store, ImportReport report) {
        for (Path file : files) {
            report.startFile();
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Imports.Written w = store.writeEvents(new Records(file.toString(), in, report));
                report.stored(w.offered(), w.stored());
            } catch (IOException | UncheckedIOException | StoreException e) {
                report.failed(file.toString(), Files.exists(file) ? String.valueOf(e.getMessage()) : "no such file");
            }
        }
        return report;
    }

    /** One line's record; {@link BadRow} when it cannot be imported. */
    ImportedEvent read(String line) {
        JsonNode o;
        try {
            o = Json.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRow("not JSON", e.getOriginalMessage());
        }
        String id = o.path("id").asText("");
        if (id.isEmpty()) {
            throw new BadRow("no id", "id missing");
        }
        String modality = o.path("dyad_modality").asText("asserted");
        if (!modality.equals("asserted")) {
            throw new BadRow("not asserted", "dyad_modality '" + modality + "'");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(o.path("date").asText(""));
        } catch (DateTimeParseException e) {
            throw new BadRow("bad date", "date '" + o.path("date").asText("") + "'");
        }
        String type = o.path("event").path(0).asText("");
        PloverType t;
        try {
            t = PloverType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRow("unknown event type", "event '" + type + "'");
        }
        String mode = o.path("mode").path(0).asText("");
        return new ImportedEvent(ORIGIN, hash(id), day, null, t, mode.isEmpty() ? null : mode, null,
                o.path("quad_code").isInt() ? o.path("quad_code").asInt() : null, null,
                actor(o.path("actor").path(0)), actor(o.path("recipient").path(0)), null, null, null, null,
                null, null, null, null, o.path("cite_info").path("url").isTextual() ? o.path("cite_info").path("url").asText() : null);
    }

    private ImportedActor actor(JsonNode a) {
        if (a.isMissingNode()) {
            return ImportedActor.NONE;
        }
        String code = a.path("code").isTextual() ? a.path("code").asText() : null;
        String iso3 = code == null ? null : tables.country(code).iso3();
        Role role = null;
        if (a.path("sector").isTextual()) {
            try {
                role = Role.valueOf(a.path("sector").asText());
            } catch (IllegalArgumentException e) {
                role = tables.role(a.path("sector").asText());
            }
        }
        String name = a.path("identifier_text").isTextual() ? a.path("identifier_text").asText() : null;
        return new ImportedActor(code, name, code, iso3, role);
    }

    /** A stable, non-negative 63-bit number for a text id: the first bytes of its SHA-256. */
    static long hash(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (d[i] & 0xff);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file's good records, read ahead one at a time. */
    private final class Records implements Iterator<ImportedEvent> {
        private final String name;
        private final BufferedReader in;
        private final ImportReport report;
        private int line;
        private ImportedEvent next;

        Records(String name, BufferedReader in, ImportReport report) {
            this.name = name;
            this.in = in;
            this.report = report;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                String l;
                try {
                    l = in.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException("line " + (line + 1) + ": " + e.getMessage(), e);
                }
                line++;
                if (l == null) {
                    return false;
                }
                if (l.isBlank()) {
                    continue;
                }
                report.read();
                try {
                    next = read(l);
                } catch (BadRow skip) {
                    report.skipped(name, line, skip);
                }
            }
            return true;
        }

        @Override
        public ImportedEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ImportedEvent e = next;
            next = null;
            return e;
        }
    }
}
