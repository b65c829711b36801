package dyad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The repository contract on PostgreSQL, at the URL in {@code DYAD_TEST_PG} (environment) or
 * {@code -Ddyad.test.pg}; skipped without one, except under CI ({@code CI=true}) where
 * {@code .ci/run} starts a server and a missing URL is a failure. Each test starts from an
 * empty {@code public} schema.
 */
class PostgresRepositoryTest extends RepositoryContract {

    @Override
    protected Repository openEmpty() throws Exception {
        return Stores.open(StoreLocation.parse(TestPostgres.emptied()));
    }

    @Override
    protected Repository reopen() {
        return Stores.open(StoreLocation.parse(TestPostgres.url()));
    }

    @Test
    void theSchemaHasKeysOnPostgres() throws Exception {
        try (Connection c = DriverManager.getConnection(TestPostgres.url()); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM information_schema.table_constraints"
                     + " WHERE table_schema = 'public' AND constraint_type = 'PRIMARY KEY'")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(7);
        }
    }
}
