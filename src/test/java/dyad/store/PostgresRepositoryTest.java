package dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

    static String url() {
        String url = System.getProperty("dyad.test.pg", System.getenv("DYAD_TEST_PG"));
        if ((url == null || url.isBlank()) && "true".equals(System.getenv("CI"))) {
            fail("CI=true but DYAD_TEST_PG is not set: .ci/run must start PostgreSQL for the repository tests");
        }
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL: set DYAD_TEST_PG=jdbc:postgresql://…");
        return url;
    }

    static void dropEverything(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
    }

    @Override
    protected Repository openEmpty() throws Exception {
        String url = url();
        dropEverything(url);
        return Stores.open(StoreLocation.parse(url));
    }

    @Override
    protected Repository reopen() {
        return Stores.open(StoreLocation.parse(url()));
    }

    @Test
    void theSchemaHasKeysOnPostgres() throws Exception {
        try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT count(*) FROM information_schema.table_constraints"
                     + " WHERE table_schema = 'public' AND constraint_type = 'PRIMARY KEY'")) {
            rs.next();
            assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(7);
        }
    }
}
