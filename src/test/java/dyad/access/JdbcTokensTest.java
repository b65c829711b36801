package dyad.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens in the store: issued once, kept only as their SHA-256, naming their holder until revoked. */
class JdbcTokensTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void aTokenNamesItsHolderUntilRevokedAndIsKeptOnlyAsItsHash() throws Exception {
        StoreLocation location = StoreLocation.folder(folder);
        try (Repository repository = Stores.open(location);
             JdbcTokens tokens = JdbcTokens.open(location, Clock.fixed(NOW, ZoneOffset.UTC))) {
            String ana = tokens.issue("  Ana Reviewer ");
            String bo = tokens.issue("Bo");
            assertThat(ana).startsWith("dyad_").hasSizeGreaterThan(40).isNotEqualTo(bo);
            assertThat(tokens.holder(ana)).hasValue("Ana Reviewer");
            assertThat(tokens.holder(bo)).hasValue("Bo");
            assertThat(tokens.holder(ana + "x")).isEmpty();
            assertThat(tokens.holder("dyad_" + "A".repeat(43))).isEmpty();
            assertThat(tokens.holder("")).isEmpty();
            assertThat(tokens.list()).containsExactly(new IssuedToken("Ana Reviewer", NOW), new IssuedToken("Bo", NOW));

            // at rest: the hash, never the token
            List<String> cells = new ArrayList<>();
            try (Connection c = DriverManager.getConnection(location.jdbcUrl()); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT * FROM access_tokens")) {
                while (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        cells.add(String.valueOf(rs.getObject(i)));
                    }
                }
            }
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ana.getBytes(StandardCharsets.UTF_8)));
            assertThat(cells).contains(hash).noneMatch(cell -> cell.contains(ana.substring(5)) || cell.contains(bo.substring(5)));

            assertThatThrownBy(() -> tokens.issue("Ana Reviewer")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("holds a token already");
            assertThat(tokens.revoke("Ana Reviewer")).isTrue();
            assertThat(tokens.revoke("Ana Reviewer")).isFalse();
            assertThat(tokens.holder(ana)).isEmpty();
            assertThat(tokens.holder(bo)).hasValue("Bo");
            String again = tokens.issue("Ana Reviewer");
            assertThat(tokens.holder(again)).hasValue("Ana Reviewer");
            assertThat(tokens.holder(ana)).isEmpty();
        }
    }

    @Test
    void namesAreChecked() {
        StoreLocation location = StoreLocation.folder(folder);
        try (Repository repository = Stores.open(location); JdbcTokens tokens = JdbcTokens.open(location)) {
            for (String bad : new String[] {"", "  ", "a:b", "line\nbreak", "x".repeat(201)}) {
                assertThatThrownBy(() -> tokens.issue(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(tokens.list()).isEmpty();
        }
    }

    @Test
    void anInMemoryStoreKeepsNoTokens() {
        assertThatThrownBy(() -> JdbcTokens.open(StoreLocation.parse("jdbc:duckdb:")))
                .isInstanceOf(StoreException.class).hasMessageContaining("in-memory");
    }
}
