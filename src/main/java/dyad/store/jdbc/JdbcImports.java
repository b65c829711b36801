package dyad.store.jdbc;

import dyad.model.PloverType;
import dyad.model.Role;
import dyad.store.Dyad;
import dyad.store.ImportedActor;
import dyad.store.ImportedEvent;
import dyad.store.ImportedMention;
import dyad.store.Imports;
import dyad.store.MonthlyCount;
import dyad.store.StoreChanges;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.TimelineQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

/**
 * {@link Imports} over JDBC. A write streams its rows into a staging table through the dialect's
 * bulk copy (DuckDB's appender, PostgreSQL's COPY), then inserts those whose key is new, once each,
 * in the same transaction: a failure leaves the store as it was, and re-importing a file adds nothing.
 */
final class JdbcImports implements Imports {

    private final Dialect dialect;
    private final StoreChanges changes;

    JdbcImports(Dialect dialect, StoreChanges changes) {
        this.dialect = dialect;
        this.changes = changes;
    }

    @Override
    public Written writeEvents(Iterator<ImportedEvent> events) {
        return write(ImportTables.EVENTS, ImportTables.STAGE_EVENTS, ImportTables.EVENT_KEY, "origin_id", events,
                ImportedEvent::originId, ImportTables::write);
    }

    @Override
    public Written writeMentions(Iterator<ImportedMention> mentions) {
        return write(ImportTables.MENTIONS, ImportTables.STAGE_MENTIONS, ImportTables.MENTION_KEY, "event_id", mentions,
                ImportedMention::eventId, ImportTables::write);
    }

    @Override
    public boolean readsFiles() {
        return dialect.location().kind() != StoreLocation.Kind.POSTGRESQL;
    }

    @Override
    public Written inTransaction(SqlWork work) {
        if (!readsFiles()) {
            throw new UnsupportedOperationException("PostgreSQL does not read the import's files itself");
        }
        try (Connection c = dialect.connect()) {
            c.setAutoCommit(false);
            try {
                Written w = work.run(c);
                c.commit();
                if (w.stored() > 0) {
                    changes.changed();
                }
                return w;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException again) {
                    e.addSuppressed(again); // the work rolled back itself
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("store imported events", e);
        }
    }

    /**
     * One transaction. PostgreSQL: the rows are copied into a staging table and inserted from there
     * ON CONFLICT DO NOTHING (its primary key decides). DuckDB, which has no keys by design: the rows
     * are appended to the table itself, then, among the rows whose id lies within the range just
     * written (zone maps make that a narrow read), every row after the first of its key is deleted:
     * rows of this transaction come after the committed ones, so what was stored before stays.
     */
    private <T> Written write(Table table, Table stage, String key, String idColumn, Iterator<T> rows,
                              ToLongFunction<T> id, BiConsumer<RowWriter, T> row) {
        try (Connection c = dialect.connect()) {
            c.setAutoCommit(false);
            try {
                long[] range = {Long.MAX_VALUE, Long.MIN_VALUE};
                BiConsumer<RowWriter, T> tracked = (w, r) -> {
                    long v = id.applyAsLong(r);
                    range[0] = Math.min(range[0], v);
                    range[1] = Math.max(range[1], v);
                    row.accept(w, r);
                };
                long offered;
                long stored;
                if (dialect.location().kind() == StoreLocation.Kind.POSTGRESQL) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage.name() + " AS SELECT " + stage.columnList()
                                + " FROM " + table.name() + " WHERE 1 = 0");
                        s.execute("DELETE FROM " + stage.name());
                        offered = dialect.copy(c, stage, w -> rows.forEachRemaining(r -> tracked.accept(w, r)));
                        stored = s.executeUpdate("INSERT INTO " + table.name() + " (" + table.columnList() + ") SELECT "
                                + table.columnList() + " FROM " + stage.name() + " ON CONFLICT DO NOTHING");
                        s.execute("DELETE FROM " + stage.name());
                    }
                } else {
                    offered = copyMany(c, table, w -> rows.forEachRemaining(r -> tracked.accept(w, r)));
                    stored = offered - (offered == 0 ? 0 : dropRepeats(c, table, key, idColumn, range[0], range[1]));
                }
                c.commit();
                if (stored > 0) {
                    changes.changed();
                }
                return new Written(offered, stored);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("store imported " + table.name().replace("imported_", ""), e);
        }
    }

    /** DuckDB: through CSV chunks its reader loads; an error inside the rows' callbacks comes out as what it is. */
    private static long copyMany(Connection c, Table table, java.util.function.Consumer<RowWriter> rows) throws SQLException {
        try {
            return CsvChunks.copy(c, table, rows);
        } catch (AppenderRows.Failure e) {
            throw e.getCause();
        }
    }

    /** DuckDB: deletes every row but the first of its key among the rows with ids in [min, max]; returns how many. */
    private static long dropRepeats(Connection c, Table table, String key, String idColumn, long min, long max)
            throws SQLException {
        String inRange = " FROM " + table.name() + " WHERE " + idColumn + " BETWEEN ? AND ?";
        try (PreparedStatement count = c.prepareStatement("SELECT count(*) - count(DISTINCT (" + key + "))" + inRange)) {
            count.setLong(1, min);
            count.setLong(2, max);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    return 0;
                }
            }
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table.name() + " WHERE rowid IN (SELECT rowid"
                + " FROM (SELECT rowid, row_number() OVER (PARTITION BY " + key + " ORDER BY rowid) AS k" + inRange
                + ") AS numbered WHERE k > 1)")) {
            delete.setLong(1, min);
            delete.setLong(2, max);
            return delete.executeUpdate();
        }
    }

    @Override
    public long countEvents(String origin) {
        return count("imported_events", origin);
    }

    @Override
    public long countMentions(String origin) {
        return count("imported_mentions", origin);
    }

    private long count(String table, String origin) {
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE origin = ?")) {
            ps.setString(1, origin);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("count " + table, e);
        }
    }

    @Override
    public List<MonthlyCount> timeline(String origin, TimelineQuery q) {
        Where w = new Where().add("origin = ?", origin).add("type IS NOT NULL")
                .dyad("source_country", "target_country", q.dyad())
                .in("type", q.types().stream().map(PloverType::name).toList());
        if (q.from() != null) {
            w.add("month >= ?", q.from().getYear() * 100 + q.from().getMonthValue());
        }
        if (q.to() != null) {
            w.add("month <= ?", q.to().getYear() * 100 + q.to().getMonthValue());
        }
        Map<Integer, Map<PloverType, Long>> cells = new TreeMap<>();
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT month, type, count(*) FROM imported_events" + w.sql()
                     + " GROUP BY month, type")) {
            Where.bind(ps, 1, w.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    cells.computeIfAbsent(rs.getInt(1), m -> new TreeMap<>()).put(PloverType.valueOf(rs.getString(2)),
                            rs.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw failure("read the imported timeline of " + q.dyad(), e);
        }
        List<MonthlyCount> out = new ArrayList<>();
        cells.forEach((month, types) -> types.forEach((type, n) ->
                out.add(new MonthlyCount(YearMonth.of(month / 100, month % 100), type, n))));
        return out;
    }

    @Override
    public List<ImportedEvent> events(String origin, Dyad dyad, int limit) {
        Where w = new Where().add("origin = ?", origin).dyad("source_country", "target_country", dyad);
        List<ImportedEvent> out = new ArrayList<>();
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + ImportTables.EVENTS.columnList() + " FROM imported_events"
                     + w.sql() + " ORDER BY day, origin_id LIMIT ?")) {
            int next = Where.bind(ps, 1, w.params());
            ps.setInt(next, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(event(rs));
                }
            }
        } catch (SQLException e) {
            throw failure("read imported events", e);
        }
        return out;
    }

    private static ImportedEvent event(ResultSet rs) throws SQLException {
        String type = rs.getString(6);
        Timestamp added = rs.getTimestamp(31);
        return new ImportedEvent(rs.getString(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(5),
                type == null ? null : PloverType.valueOf(type), rs.getString(7), bool(rs, 8), integer(rs, 9),
                dbl(rs, 10), actor(rs, 11), actor(rs, 16), integer(rs, 21), integer(rs, 22), integer(rs, 23),
                dbl(rs, 24), rs.getString(25), rs.getString(26),
                new ImportedEvent.Place(rs.getString(28), rs.getString(27), dbl(rs, 29), dbl(rs, 30)),
                added == null ? null : added.toLocalDateTime(), rs.getString(32));
    }

    private static ImportedActor actor(ResultSet rs, int first) throws SQLException {
        String role = rs.getString(first + 4);
        return new ImportedActor(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getString(first + 3), role == null ? null : Role.valueOf(role));
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int v = rs.getInt(i);
        return rs.wasNull() ? null : v;
    }

    private static Double dbl(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? null : v;
    }

    private static Boolean bool(ResultSet rs, int i) throws SQLException {
        boolean v = rs.getBoolean(i);
        return rs.wasNull() ? null : v;
    }

    private StoreException failure(String what, SQLException e) {
        return StoreException.of(dialect.location(), "cannot " + what, e);
    }
}
