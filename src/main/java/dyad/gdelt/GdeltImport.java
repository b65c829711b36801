package dyad.gdelt;

import dyad.store.Imports;
import dyad.store.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Imports GDELT tables into the store's imported events and mentions: each file (or zip entry) in
 * one transaction, its kind told by the columns of its first row, streamed row by row from the file
 * into the store (the embedded store reads an events table itself: {@link SqlEventLoad}). A bad row is skipped and reported ({@link ImportReport}); a file that cannot be
 * read or stored is reported and leaves the store as it was.
 */
public final class GdeltImport {

    private final CameoTables tables;

    public GdeltImport(CameoTables tables) {
        this.tables = tables;
    }

    public ImportReport run(List<Path> paths, Imports store, ImportReport report) {
        List<GdeltInput> inputs = GdeltInput.list(paths, report::failed);
        for (GdeltInput input : inputs) {
            report.startFile();
            try {
                if (!bySql(input, store, report)) {
                    try (BufferedReader in = input.open()) {
                        one(input.name(), in, store, report);
                    }
                }
            } catch (IOException | UncheckedIOException | StoreException | BadRow e) {
                report.failed(input.name(), e.getMessage());
            }
        }
        return report;
    }

    /**
     * A GDELT 2.0 events table into a store that reads files itself: loaded there by SQL ({@link SqlEventLoad}),
     * a zip entry unzipped to a temporary file first. False when it is for {@link #one} to read: another
     * store, a table of mentions or of GDELT 1.0 events, or a table SQL leaves to it ({@link SqlEventLoad.ByRows}).
     */
    private boolean bySql(GdeltInput input, Imports store, ImportReport report) throws IOException {
        if (!store.readsFiles()) {
            return false;
        }
        GdeltKind kind;
        try (BufferedReader in = input.open()) {
            kind = new TableLines(in).kind();
        }
        if (kind != GdeltKind.EVENTS_2) {
            return false;
        }
        Path file = input.entry() == null ? input.file() : input.unzipped();
        try {
            Imports.Written w = store.inTransaction(c -> new SqlEventLoad(tables).load(c, input.name(), file, input::open, kind,
                    report));
            report.stored(w.offered(), w.stored());
            return true;
        } catch (SqlEventLoad.ByRows e) {
            return false;
        } finally {
            if (input.entry() != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    private void one(String name, BufferedReader in, Imports store, ImportReport report) throws IOException {
        TableLines lines = new TableLines(in);
        GdeltKind kind = lines.kind();
        if (kind == null) {
            return; // an empty file: nothing to store
        }
        EventRows events = new EventRows(tables);
        Imports.Written w;
        if (kind.events()) {
            w = store.writeEvents(new Rows<>(name, lines, report, row -> events.read(row, kind,
                    (why, detail) -> report.kept(name, lines.number(), why, detail))));
        } else {
            w = store.writeMentions(new Rows<>(name, lines, report, MentionRows::read));
        }
        report.stored(w.offered(), w.stored());
    }

    /** The good rows of one table, read ahead one at a time; bad ones reported and passed over. */
    private static final class Rows<T> implements Iterator<T> {
        private final String name;
        private final TableLines lines;
        private final ImportReport report;
        private final Function<TabLine, T> parse;
        private T next;

        Rows(String name, TableLines lines, ImportReport report, Function<TabLine, T> parse) {
            this.name = name;
            this.lines = lines;
            this.report = report;
            this.parse = parse;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                TabLine row = lines.next();
                if (row == null) {
                    return false;
                }
                report.read();
                try {
                    if (!lines.kind().fits(row.size())) {
                        throw new BadRow("wrong column count", row.size() + " columns in a table of "
                                + lines.kind().label);
                    }
                    next = parse.apply(row);
                } catch (BadRow bad) {
                    report.skipped(name, lines.number(), bad);
                }
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            T t = next;
            next = null;
            return t;
        }
    }
}
