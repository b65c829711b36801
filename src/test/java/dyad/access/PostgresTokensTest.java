package dyad.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.TestPostgres;
import org.junit.jupiter.api.Test;

/**
 * Tokens on PostgreSQL, at {@code DYAD_TEST_PG} (or {@code -Ddyad.test.pg}); skipped without one,
 * a failure under CI, as the repository tests. A running server sees a token revoked elsewhere at once.
 */
class PostgresTokensTest {

    @Test
    void tokensAreIssuedCheckedAndRevokedAcrossConnections() throws Exception {
        StoreLocation location = StoreLocation.parse(TestPostgres.emptied());
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
