package dyad.store.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A PostgreSQL server through the store's connection {@link Pool}. Bulk copies stream CSV with
 * {@code COPY … FROM STDIN}.
 */
final class PostgresDialect implements Dialect {

    private final StoreLocation location;
    private final HikariDataSource pool;

    PostgresDialect(StoreLocation location) {
        this.location = location;
        try {
            pool = Pool.create(config -> config.setJdbcUrl(location.jdbcUrl()));
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException("--db: cannot connect to " + location.describe() + ": "
                    + StoreException.firstLine(cause), e);
        }
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
        return List.of("classpath:db/migration/common", "classpath:db/migration/postgresql");
    }

    @Override
    public long copy(Connection c, Table table, Consumer<RowWriter> rows) throws SQLException {
        StringBuilder csv = new StringBuilder();
        CsvWriter writer = new CsvWriter(csv);
        rows.accept(writer);
        writer.flush();
        if (writer.rows() == 0) {
            return 0;
        }
        try {
            return c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table.name() + " (" + table.columnList()
                    + ") FROM STDIN (FORMAT csv, NULL '\\N')", new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("cannot copy rows into " + table.name() + ": " + e.getMessage(), e);
        }
    }

    /** One row per cell, updated in place through its primary key in every write. */
    @Override
    public boolean countsAtOptimize() {
        return false;
    }

    /** The primary key of event_counts starts with the dyad: a timeline reads one B-tree range. */
    @Override
    public boolean optimize() {
        return false;
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return "23505".equals(e.getSQLState());
    }

    @Override
    public void close() {
        pool.close();
    }
}
