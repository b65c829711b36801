package dyad.gdelt;

import dyad.store.Imports;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A GDELT events table loaded by the embedded store itself (DuckDB reads the file, in parallel, and
 * checks and reads its rows in SQL: {@link EventSql}), inside the transaction the caller holds. The
 * few rows SQL finds bad, or with a code the tables do not know, are found again in the file (SQL does
 * not number lines) and read by {@link EventRows} to tell why with their line, in the very words of a
 * row-by-row import; the rows are stored once per GLOBALEVENTID, none already stored.
 */
final class SqlEventLoad {

    /** Above this many rows to tell about, a table is read row by row: their texts are held in memory. */
    static final long MAX_FLAGGED = 50_000;

    /**
     * The table is for the row-by-row import: the store could not read it as text (not UTF-8, say), an
     * id comes twice in it (the first must be kept, and SQL does not keep the file's order), or very
     * many of its rows are to be told about. Thrown before anything is told or stored.
     */
    static final class ByRows extends RuntimeException {
        ByRows(String why, Throwable cause) {
            super(why, cause, false, false);
        }
    }

    /** The table's lines again, to number the rows told about. */
    interface Lines {
        BufferedReader open() throws IOException;
    }

    /** The errors of DuckDB's reader that are a row's wrong column count: any other leaves the table to {@link ByRows}. */
    private static final Set<String> COLUMN_COUNT = Set.of("MISSING COLUMNS", "TOO MANY COLUMNS");

    /**
     * Settings for the load, reset after it: DuckDB guesses a file it has not read yet to be a few rows
     * and would hash the file to join it to the code tables, rather than the code tables (twice the
     * time). Insertion order stays preserved: turning it off measured no faster in all (docs/import.md).
     */
    private static final Map<String, String> SETTINGS = Map.of("disabled_optimizers", "'build_side_probe_side'");

    private final CameoTables tables;

    SqlEventLoad(CameoTables tables) {
        this.tables = tables;
    }

    Imports.Written load(Connection c, String name, Path file, Lines lines, GdeltKind kind, ImportReport report)
            throws SQLException {
        SqlCodeTables.create(c, tables);
        try (Statement s = c.createStatement()) {
            drop(s);
            SETTINGS.forEach((setting, value) -> execute(s, "SET " + setting + " = " + value));
            try {
                try {
                    s.execute(EventSql.stage(file.toAbsolutePath().toString()));
                } catch (SQLException e) {
                    throw new ByRows("unreadable by the store", e);
                }
                Imports.Written w = store(c, s, file.toAbsolutePath().toString(), name, lines, kind, report);
                drop(s);
                return w;
            } finally {
                reset(c, s);
            }
        }
    }

    /** The connection's settings back as they were; a transaction a failed statement aborted is rolled back first. */
    private static void reset(Connection c, Statement s) throws SQLException {
        try {
            SETTINGS.keySet().forEach(setting -> execute(s, "RESET " + setting));
        } catch (UncheckedSql aborted) {
            c.rollback();
            SETTINGS.keySet().forEach(setting -> execute(s, "RESET " + setting));
        }
    }

    private static final class UncheckedSql extends RuntimeException {
        UncheckedSql(SQLException e) {
            super(e.getMessage(), e);
        }
    }

    private static void execute(Statement s, String sql) {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new UncheckedSql(e);
        }
    }

    private static void drop(Statement s) throws SQLException {
        for (String t : new String[] {EventSql.STAGED, EventSql.REJECTS, EventSql.REJECT_SCANS}) {
            s.execute("DROP TABLE IF EXISTS " + t);
        }
    }

    private Imports.Written store(Connection c, Statement s, String file, String name, Lines lines, GdeltKind kind,
                                  ImportReport report) throws SQLException {
        Map<String, Integer> pending = new HashMap<>();
        Map<String, Boolean> stored = new HashMap<>();
        long rows = rejected(s, pending, stored);
        long ok;
        long flagged;
        long min;
        long max;
        try (ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE ok),"
                + " count(DISTINCT origin_id) FILTER (WHERE ok), min(origin_id) FILTER (WHERE ok),"
                + " max(origin_id) FILTER (WHERE ok), count(*) FILTER (WHERE flagged) FROM " + EventSql.STAGED)) {
            rs.next();
            rows += rs.getLong(1);
            ok = rs.getLong(2);
            min = rs.getLong(4);
            max = rs.getLong(5);
            if (rs.getLong(3) < ok) {
                throw new ByRows("an id twice in the table", null);
            }
            flagged = rs.getLong(6);
            if (flagged + rows - rs.getLong(1) > MAX_FLAGGED) {
                throw new ByRows("very many rows to tell about", null);
            }
        }
        List<Found> found = find(s, file, flagged, lines, pending, stored);
        report.read(rows);
        EventRows events = new EventRows(tables);
        found.forEach(f -> tell(events, name, f.line(), f.text(), f.stored(), kind, report));
        if (ok == 0) {
            return new Imports.Written(0, 0);
        }
        boolean before = storedBefore(c, min, max);
        String insert = "INSERT INTO imported_events (" + String.join(", ", EventSql.COLUMNS) + ") SELECT "
                + String.join(", ", EventSql.COLUMNS) + " FROM " + EventSql.STAGED + " WHERE ok"
                + (before ? " AND origin_id NOT IN (SELECT origin_id FROM imported_events WHERE origin = '"
                + EventRows.ORIGIN + "' AND origin_id BETWEEN " + min + " AND " + max + ")" : "");
        return new Imports.Written(ok, s.executeUpdate(insert));
    }

    /** The rows of another number of columns, to tell (not blank: those are passed over); returns how many. */
    private static long rejected(Statement s, Map<String, Integer> pending, Map<String, Boolean> stored)
            throws SQLException {
        long n = 0;
        try (ResultSet rs = s.executeQuery("SELECT DISTINCT line, csv_line, error_type FROM " + EventSql.REJECTS)) {
            while (rs.next()) {
                if (!COLUMN_COUNT.contains(rs.getString(3))) {
                    throw new ByRows("line " + rs.getLong(1) + ": " + rs.getString(3), null);
                }
                String text = rs.getString(2).replaceAll("^[\\r\\n]+|[\\r\\n]+$", "");
                if (!text.isBlank()) {
                    pending.merge(text, 1, Integer::sum);
                    stored.put(text, false);
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean storedBefore(Connection c, long min, long max) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM imported_events WHERE origin = ?"
                + " AND origin_id BETWEEN ? AND ?")) {
            ps.setString(1, EventRows.ORIGIN);
            ps.setLong(2, min);
            ps.setLong(3, max);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /** A flagged row where it was found in the file, and whether SQL stores it. */
    private record Found(int line, String text, boolean stored) {
    }

    /**
     * The flagged rows, found in the file by their text (a text SQL flagged is flagged whatever line it
     * is on), in the file's order; {@link ByRows} when one is not found as SQL read it.
     */
    private static List<Found> find(Statement s, String file, long flagged, Lines lines, Map<String, Integer> pending,
                                    Map<String, Boolean> stored) throws SQLException {
        List<Found> found = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(flagged == 0 ? "SELECT NULL, NULL WHERE false" : EventSql.flagged(file))) {
            while (rs.next()) {
                pending.merge(rs.getString(1), 1, Integer::sum);
                stored.put(rs.getString(1), rs.getBoolean(2));
            }
        }
        try (BufferedReader in = lines.open()) {
            int number = 0;
            for (String l = in.readLine(); l != null && !pending.isEmpty(); l = in.readLine()) {
                number++;
                Integer left = pending.get(l);
                if (left != null) {
                    if (left == 1) {
                        pending.remove(l);
                    } else {
                        pending.put(l, left - 1);
                    }
                    found.add(new Found(number, l, stored.get(l)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!pending.isEmpty()) {
            throw new ByRows("a row not found in the file as the store read it", null);
        }
        return found;
    }

    /** One flagged row: its codes unread told, and why it is skipped when SQL did not store it. */
    private static void tell(EventRows events, String name, int line, String text, boolean stored, GdeltKind kind,
                             ImportReport report) {
        TabLine row = new TabLine(text);
        try {
            if (!kind.fits(row.size())) {
                throw new BadRow("wrong column count", row.size() + " columns in a table of " + kind.label);
            }
            events.read(row, kind, (why, detail) -> report.kept(name, line, why, detail));
            if (!stored) {
                throw new BadRow("unreadable", "a value the store could not read");
            }
        } catch (BadRow bad) {
            if (!stored) {
                report.skipped(name, line, bad);
            }
        }
    }
}
