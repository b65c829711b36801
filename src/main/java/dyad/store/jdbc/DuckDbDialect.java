package dyad.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: one DuckDB database per process, opened once; every unit of work borrows
 * a connection to it from the store's {@link Pool} (duplicates of the first connection), so
 * readers run beside the writer and see committed data only. Bulk copies go through DuckDB's appender, straight into column vectors.
 */
final class DuckDbDialect implements Dialect {

    private static final Pattern LOCK_HOLDER = Pattern.compile("PID (\\d+)");

    /**
     * Checkpoint (fold the write-ahead log into the database file) every 1 GB of log rather
     * than every 16 MB, so bulk writes are not rewritten at every commit; a crash replays the
     * log on the next open. Insertion order stays preserved: {@link #optimize()} writes in dyad order.
     */
    private static final List<String> SETTINGS = List.of("SET checkpoint_threshold = '1GB'");

    /** Below this many rows added since the last rebuild, reading them costs less than rebuilding. */
    static final long MIN_UNCLUSTERED = 100_000;

    /** A cell of event_counts: the dyad first, so that sorting by it clusters each dyad's rows. */
    private static final String CELL = "source_country, target_country, month, type, modality";

    /** event_counts as V1 creates it, for the rebuilt table that replaces it. */
    private static final String EVENT_COUNTS_DDL = "CREATE TABLE event_counts (source_country VARCHAR(3) NOT NULL,"
            + " target_country VARCHAR(3) NOT NULL, month INTEGER NOT NULL, type VARCHAR(9) NOT NULL,"
            + " modality VARCHAR(12) NOT NULL, events BIGINT NOT NULL)";

    private final StoreLocation location;
    private final long minUnclustered;
    private final DuckDBConnection root;
    /** Duplicates of {@link #root}, reused from one unit of work to the next. */
    private final HikariDataSource pool;
    private final Map<String, boolean[]> bigintColumns = new ConcurrentHashMap<>();

    DuckDbDialect(StoreLocation location) {
        this(location, MIN_UNCLUSTERED);
    }

    /** With another floor for {@link #optimize()}'s rebuild than {@link #MIN_UNCLUSTERED} (tests). */
    DuckDbDialect(StoreLocation location, long minUnclustered) {
        this.location = location;
        this.minUnclustered = minUnclustered;
        Path file = location.embeddedFile();
        try {
            if (file != null && file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new StoreException("--db: cannot create the folder for '" + file + "': " + e.getMessage(), e);
        }
        try {
            root = (DuckDBConnection) DriverManager.getConnection(location.jdbcUrl());
            try (Statement s = root.createStatement()) {
                for (String setting : SETTINGS) {
                    s.execute(setting);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(openFailure(file, e), e);
        }
        try {
            pool = Pool.create(config -> config.setDataSource(new ConnectionDataSource(root::duplicate)));
        } catch (RuntimeException e) {
            closeQuietly(root);
            throw new StoreException("--db: cannot pool connections to '" + file + "': " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }

    private static String openFailure(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            Matcher m = LOCK_HOLDER.matcher(message);
            return "--db: '" + file + "' is in use by another process" + (m.find() ? " (PID " + m.group(1) + ")" : "")
                    + "; the embedded store takes one process at a time (stop the other, or use PostgreSQL)";
        }
        return "--db: cannot open '" + file + "': " + message.lines().findFirst().orElse(message);
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    @Override
    public Connection connect() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/common", "classpath:db/migration/duckdb");
    }

    @Override
    public long copy(Connection c, Table table, Consumer<RowWriter> rows) throws SQLException {
        boolean[] bigint = bigintColumns.get(table.name());
        if (bigint == null) {
            bigint = bigintColumns(c, table);
            bigintColumns.put(table.name(), bigint);
        }
        // The appender writes into the transaction open on c: a rollback takes its rows back too.
        try (DuckDBAppender appender = c.unwrap(DuckDBConnection.class).createAppender(table.name())) {
            AppenderRows writer = new AppenderRows(appender, bigint);
            rows.accept(writer);
            appender.flush();
            return writer.rows();
        } catch (AppenderRows.Failure e) {
            throw e.getCause();
        }
    }

    /** Which of the table's columns are BIGINT, by position. */
    private static boolean[] bigintColumns(Connection c, Table table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + table.columnList() + " FROM " + table.name() + " LIMIT 0");
             ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            boolean[] bigint = new boolean[meta.getColumnCount()];
            for (int i = 0; i < bigint.length; i++) {
                bigint[i] = meta.getColumnType(i + 1) == Types.BIGINT;
            }
            return bigint;
        }
    }

    /**
     * Appending is a columnar store's cheap write; finding and updating cells among millions of
     * rows is not, and a batch of events has nearly as many cells as events. New documents are
     * counted when {@link #optimize()} folds the table; readers sum what is appended meanwhile.
     */
    @Override
    public boolean countsAtOptimize() {
        return true;
    }

    /**
     * Rebuilds event_counts from {@code event_cells} (the counted cells, the count changes
     * appended since, and the events of documents not yet counted) as one row per cell in dyad
     * order, when what was added since the last rebuild is more than a tenth of the table (and at
     * least the floor, {@link #MIN_UNCLUSTERED} rows by default); then checkpoints so the old
     * table leaves the file. The new table replaces the old one in the same transaction: writing
     * a fresh table goes straight to storage, where deleting and reinserting millions of rows
     * would not.
     */
    @Override
    public boolean optimize() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            long rows = single(s, "SELECT count(*) FROM event_counts");
            long clustered = single(s, "SELECT coalesce(max(clustered_rows), 0) FROM store_clustering");
            long uncounted = single(s, "SELECT count(*) FROM events"
                    + " WHERE document_id > (SELECT max(through_id) FROM counted_documents)");
            if (rows - clustered + uncounted <= Math.max(minUnclustered, rows / 10)) {
                return false;
            }
            c.setAutoCommit(false);
            try {
                s.execute(EVENT_COUNTS_DDL.replace("event_counts", "event_counts_folded"));
                s.execute("INSERT INTO event_counts_folded (" + Tables.EVENT_COUNTS.columnList() + ") SELECT " + CELL
                        + ", sum(events) FROM event_cells GROUP BY " + CELL + " HAVING sum(events) > 0"
                        + " ORDER BY source_country, target_country");
                s.execute("DROP TABLE event_counts");
                s.execute("ALTER TABLE event_counts_folded RENAME TO event_counts");
                s.execute("UPDATE counted_documents SET through_id = (SELECT coalesce(max(id), 0) FROM documents)");
                s.execute("DELETE FROM store_clustering");
                s.execute("INSERT INTO store_clustering (table_name, clustered_rows)"
                        + " SELECT 'event_counts', count(*) FROM event_counts");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
            try {
                s.execute("CHECKPOINT");
            } catch (SQLException busy) {
                // A reader holds a transaction open: the next checkpoint drops the old table.
            }
            return true;
        }
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return false;
    }

    @Override
    public synchronized void close() {
        pool.close();
        try {
            root.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close '" + location.describe() + "': " + e.getMessage(), e);
        }
    }
}
