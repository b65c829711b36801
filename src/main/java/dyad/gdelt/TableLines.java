package dyad.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The non-blank lines of one table with their line numbers; the table's {@link GdeltKind} is that of
 * its first row (a first row of no kind fails the whole file, as it is no GDELT table).
 */
final class TableLines {

    private final BufferedReader in;
    private String pending;
    private GdeltKind kind;
    private boolean started;
    private int number;

    TableLines(BufferedReader in) {
        this.in = in;
    }

    /** The kind of the first row; null for an empty file. */
    GdeltKind kind() {
        if (!started) {
            started = true;
            pending = read();
            if (pending != null) {
                int columns = new TabLine(pending).size();
                kind = GdeltKind.of(columns);
                if (kind == null) {
                    throw new BadRow("not GDELT", "line " + number + " has " + columns + " tab-separated columns: "
                            + "GDELT 2.0 events have 61, 1.0 events 57 or 58, mentions 16");
                }
            }
        }
        return kind;
    }

    /** The next row; null at the end. */
    TabLine next() {
        String l = pending != null ? pending : read();
        pending = null;
        return l == null ? null : new TabLine(l);
    }

    /** The line number of the row last read. */
    int number() {
        return number;
    }

    private String read() {
        try {
            String l;
            do {
                l = in.readLine();
                number++;
            } while (l != null && l.isBlank());
            return l;
        } catch (IOException e) {
            throw new UncheckedIOException("line " + (number + 1) + ": " + e.getMessage(), e);
        }
    }
}
