package dyad.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.store.StoreLocation;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded store's bulk copy: rows go into the open transaction, so a rollback takes them back. */
class DuckDbDialectTest {

    private DuckDbDialect dialect;

    @BeforeEach
    void open() {
        dialect = new DuckDbDialect(StoreLocation.parse("jdbc:duckdb:"));
        Migrations.migrate(dialect);
    }

    @AfterEach
    void close() {
        dialect.close();
    }

    private long count(String table) throws SQLException {
        try (Connection c = dialect.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void countRow(RowWriter w, String source, long events) {
        w.str(source).str("VEN").num(202001).str("CONSULT").str("asserted").num(events);
        w.end();
    }

    @Test
    void copiedRowsAreCommittedWithTheTransaction() throws SQLException {
        try (Connection c = dialect.connect()) {
            c.setAutoCommit(false);
            long copied = dialect.copy(c, Tables.EVENT_COUNTS, w -> {
                countRow(w, "CAN", 3);
                countRow(w, "USA", 5_000_000_000L);
            });
            assertThat(copied).isEqualTo(2);
            assertThat(count("event_counts")).as("not visible before commit").isZero();
            c.commit();
        }
        assertThat(count("event_counts")).isEqualTo(2);
    }

    @Test
    void copiedRowsAreRolledBackWithTheTransaction() throws SQLException {
        try (Connection c = dialect.connect()) {
            c.setAutoCommit(false);
            dialect.copy(c, Tables.EVENT_COUNTS, w -> countRow(w, "CAN", 3));
            c.rollback();
        }
        assertThat(count("event_counts")).isZero();
    }

    @Test
    void aValueTheColumnCannotHoldFailsTheCopy() throws SQLException {
        try (Connection c = dialect.connect()) {
            c.setAutoCommit(false);
            assertThatThrownBy(() -> dialect.copy(c, Tables.LETTERS, w -> {
                w.num(1).num(Integer.MAX_VALUE + 1L);
                w.end();
            })).isInstanceOf(ArithmeticException.class);
            c.rollback();
        }
        assertThat(count("letters")).isZero();
    }

    private static final String[] CODES = {"AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG", "HHH", "III", "JJJ", "KKK", "LLL", "MMM"};
    private static final String[] MODALITIES = {"asserted", "negated", "intended", "hypothetical"};

    /** 13 x 12 dyads x 12 months x 16 types x 4 modalities = 119,808 cells, in a scrambled order. */
    private void appendScrambledCells() throws SQLException {
        try (Connection c = dialect.connect()) {
            dialect.copy(c, Tables.EVENT_COUNTS, w -> {
                for (int m = 0; m < 12; m++) {
                    for (int t = 15; t >= 0; t--) {
                        for (String modality : MODALITIES) {
                            for (int a = CODES.length - 1; a >= 0; a--) {
                                for (int b = 0; b < CODES.length; b++) {
                                    if (a != b) {
                                        w.str(CODES[a]).str(CODES[b]).num(202001 + m).str("TYPE" + t).str(modality).num(1);
                                        w.end();
                                    }
                                }
                            }
                        }
                    }
                }
            });
        }
    }

    private long outOfDyadOrder() throws SQLException {
        try (Connection c = dialect.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM (SELECT source_country || target_country AS k,"
                        + " lag(source_country || target_country) OVER (ORDER BY rowid) AS previous FROM event_counts)"
                        + " WHERE k < previous")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A fingerprint of the table's contents, whatever their order. */
    private String contents() throws SQLException {
        try (Connection c = dialect.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*), sum(events), sum(hash(source_country, target_country, month, type, modality, events)"
                        + " % 1000000007) FROM event_counts")) {
            rs.next();
            return rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3);
        }
    }

    @Test
    void optimizeRewritesTheTimelineCountsInDyadOrderOnlyWhenMuchWasAppended() throws SQLException {
        assertThat(dialect.optimize()).as("empty").isFalse();
        appendScrambledCells();
        assertThat(outOfDyadOrder()).isPositive();
        String before = contents();

        assertThat(dialect.optimize()).isTrue();

        assertThat(outOfDyadOrder()).isZero();
        assertThat(contents()).isEqualTo(before).startsWith("119808/119808/");
        assertThat(dialect.optimize()).as("nothing appended since").isFalse();
    }

    @Test
    void optimizeFoldsAppendedChangesIntoOneRowPerCellAndDropsEmptyCells() throws SQLException {
        appendScrambledCells();
        try (Connection c = dialect.connect()) {
            dialect.copy(c, Tables.EVENT_COUNTS, w -> {
                countRow(w, "AAA", 0); // a new cell: AAA -> VEN, 2020-01, CONSULT, asserted
                countRow(w, "AAA", 2);
                countRow(w, "BBB", 1);
                countRow(w, "BBB", -1);
            });
        }

        assertThat(dialect.optimize()).isTrue();

        assertThat(contents()).startsWith("119809/119810/");
        try (Connection c = dialect.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT source_country, events FROM event_counts WHERE target_country = 'VEN'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1) + " " + rs.getLong(2)).isEqualTo("AAA 2");
            assertThat(rs.next()).isFalse();
        }
    }
}
