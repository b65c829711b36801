package dyad.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.store.StoreLocation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store lends pooled connections: one given back is lent again, and no more than the pool's size are open. */
class PoolTest {

    @Test
    void aConnectionGivenBackIsLentAgain(@TempDir Path folder) throws SQLException {
        try (DuckDbDialect dialect = new DuckDbDialect(StoreLocation.folder(folder))) {
            DuckDBConnection first;
            try (Connection c = dialect.connect()) {
                first = c.unwrap(DuckDBConnection.class);
            }
            for (int i = 0; i < 20; i++) {
                try (Connection c = dialect.connect()) {
                    assertThat(c.unwrap(DuckDBConnection.class)).isSameAs(first);
                }
            }
        }
    }

    @Test
    void atMostThePoolsSizeAreOpenAtOnce(@TempDir Path folder) throws SQLException {
        try (DuckDbDialect dialect = new DuckDbDialect(StoreLocation.folder(folder))) {
            List<Connection> held = new ArrayList<>();
            try {
                for (int i = 0; i < Pool.SIZE; i++) {
                    held.add(dialect.connect());
                }
                assertThat(held.stream().map(c -> unwrap(c)).distinct()).hasSize(Pool.SIZE);
            } finally {
                for (Connection c : held) {
                    c.close();
                }
            }
            assertThat(dialect.dataSource()).isInstanceOfSatisfying(com.zaxxer.hikari.HikariDataSource.class,
                    pool -> assertThat(pool.getHikariPoolMXBean().getTotalConnections()).isLessThanOrEqualTo(Pool.SIZE));
        }
    }

    private static DuckDBConnection unwrap(Connection c) {
        try {
            return c.unwrap(DuckDBConnection.class);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
