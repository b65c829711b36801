package dyad.gdelt;

import dyad.store.Imports;
import dyad.store.StoreException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Imports GDELT tables into the store's imported events and mentions: each file (or zip entry) in
 * one transaction, its kind told by the columns of its first row, streamed row by row from the file
 * into the store. A bad row is skipped and reported ({@link ImportReport}); a file that cannot be
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
            try (BufferedReader in = input.open()) {
                one(input.name(), in, store, report);
            } catch (IOException | UncheckedIOException | StoreException | BadRow e) {
                report.failed(input.name(), e.getMessage());
            }
        }
        return report;
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
