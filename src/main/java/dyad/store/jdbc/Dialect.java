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
     * Whether event_counts is brought up to date by {@link #optimize()}: new documents' events are
     * counted there (readers see them through the {@code event_cells} view meanwhile) and the
     * cells of deleted documents are appended as negative rows (readers sum each cell). Else
     * every write transaction updates event_counts cell by cell.
     */
    boolean countsAtOptimize();

    /** See {@link dyad.store.Repository#optimize()}; called with writes locked out. */
    boolean optimize() throws SQLException;

    /** Whether the statement failed on a unique key (another writer stored the same thing first). */
    boolean isUniqueViolation(SQLException e);

    @Override
    void close();
}
