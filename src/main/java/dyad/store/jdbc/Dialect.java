package dyad.store.jdbc;

import dyad.store.StoreLocation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * What differs between the engines behind {@link JdbcRepository}: how connections are made,
 * how rows are bulk-copied, which migrations run, and how errors read. All queries are shared.
 */
interface Dialect extends AutoCloseable {

    StoreLocation location();

    /** A connection for one unit of work (reads, or one write transaction); the caller closes it. */
    Connection connect() throws SQLException;

    /** The same connections as a DataSource, for Flyway. */
    DataSource dataSource();

    /** Flyway locations: the common tables plus this engine's own migrations. */
    List<String> migrationLocations();

    /**
     * Copies the rows written by {@code rows} into {@code table}, inside the transaction open
     * on {@code c}. Returns how many rows were copied (0: nothing was sent).
     */
    long copy(Connection c, Table table, Consumer<RowWriter> rows) throws SQLException;

    /**
     * Whether count changes are appended to event_counts as rows of their own (the readers sum
     * each cell, and {@link #optimize()} folds them), rather than updating one row per cell.
     */
    boolean appendsCountChanges();

    /** See {@link dyad.store.Repository#optimize()}; called with writes locked out. */
    boolean optimize() throws SQLException;

    /** Whether the statement failed on a unique key (another writer stored the same thing first). */
    boolean isUniqueViolation(SQLException e);

    @Override
    void close();
}
