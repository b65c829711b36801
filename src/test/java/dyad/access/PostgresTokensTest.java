package dyad.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Tokens on PostgreSQL, at {@code DYAD_TEST_PG} (or {@code -Ddyad.test.pg}); skipped without one,
 * a failure under CI, as the repository tests. A running server sees a token revoked elsewhere at once.
 */
class PostgresTokensTest {

    private static String url() throws Exception {
        String url = System.getProperty("dyad.test.pg", System.getenv("DYAD_TEST_PG"));
        if ((url == null || url.isBlank()) && "true".equals(System.getenv("CI"))) {
            fail("CI=true but DYAD_TEST_PG is not set");
        }
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL: set DYAD_TEST_PG=jdbc:postgresql://…");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return url;
    }

    @Test
    void tokensAreIssuedCheckedAndRevokedAcrossConnections() throws Exception {
        StoreLocation location = StoreLocation.parse(url());
        try (Repository repository = Stores.open(location); JdbcTokens server = JdbcTokens.open(location);
             JdbcTokens desk = JdbcTokens.open(location)) {
            String token = desk.issue("Ana Reviewer");
            assertThat(server.holder(token)).hasValue("Ana Reviewer");
            assertThatThrownBy(() -> desk.issue("Ana Reviewer")).isInstanceOf(IllegalArgumentException.class);
            assertThat(desk.list()).extracting(IssuedToken::holder).containsExactly("Ana Reviewer");
            assertThat(desk.revoke("Ana Reviewer")).isTrue();
            assertThat(server.holder(token)).isEmpty();
        }
    }
}
