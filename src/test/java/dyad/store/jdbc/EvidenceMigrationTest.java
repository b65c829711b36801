package dyad.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Event;
import dyad.store.ContentHash;
import dyad.store.StoreLocation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store written before V12 (evidence text in every event row) migrates and reads the same. */
class EvidenceMigrationTest {

    private static final String TEXT = "Canada sanctioned Venezuela. Peru protested.";

    @TempDir
    Path folder;

    @Test
    void eventsStoredWithTheirEvidenceTextBeforeV12ReadTheSameAfter() throws SQLException {
        StoreLocation location = StoreLocation.folder(folder);
        String hash = ContentHash.of(TEXT);
        try (DuckDbDialect old = new DuckDbDialect(location)) {
            Migrations.migrateTo(old, "10");
            try (Connection c = old.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO documents VALUES (1, '" + hash + "', 'wire/a.txt', NULL, '2019', 'year',"
                        + " DATE '2019-01-01', " + TEXT.length() + ", TIMESTAMP '2026-01-01 00:00:00', '" + TEXT + "')");
                s.execute("INSERT INTO events VALUES (1, 0, 'SANCTION', NULL, 'Canada', 0, 6, 'Government of Canada', 'CAN',"
                        + " NULL, 'GOV', 'Venezuela', 18, 27, 'Government of Venezuela', 'VEN', NULL, 'GOV', '2019', 'year',"
                        + " DATE '2019-01-01', NULL, 'asserted', 'Canada sanctioned Venezuela.', 0, 28)");
            }
        }

        try (JdbcRepository repo = JdbcRepository.open(location)) {
            Event e = (Event) repo.records(hash).get(0);
            assertThat(e.evidence().text()).isEqualTo("Canada sanctioned Venezuela.");
            assertThat(e.evidence().start()).isZero();
            assertThat(e.source().text()).isEqualTo("Canada");
        }
        try (DuckDbDialect migrated = new DuckDbDialect(location); Connection c = migrated.connect();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT is_nullable FROM information_schema.columns"
                     + " WHERE table_name = 'events' AND column_name = 'evidence_text'")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("YES");
        }
    }
}
