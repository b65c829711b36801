package dyad.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.store.ContentHash;
import dyad.store.Dyad;
import dyad.store.Fixtures;
import dyad.store.MonthlyCount;
import dyad.store.StoreLocation;
import dyad.store.TimelineQuery;
import dyad.store.YearlyCount;
import dyad.store.YearlyCounts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written before V13 counted only events known to the month: the migration counts its
 * year-only and undated events too, so yearly timelines read counts, and replacing the document
 * takes all of its cells out again.
 */
class YearCountsMigrationTest {

    private static final String TEXT = "Canada sanctioned Venezuela. Canada protested. Canada met Venezuela.";
    private static final TimelineQuery CAN_VEN = TimelineQuery.of(Dyad.ordered("CAN", "VEN"));

    @TempDir
    Path folder;

    private static String event(int n, String type, String dateValue, String precision, String dateStart, String month,
                                int start, int end) {
        return "INSERT INTO events VALUES (1, " + n + ", '" + type + "', NULL, 'Canada', " + start + ", " + (start + 6)
                + ", 'Government of Canada', 'CAN', NULL, 'GOV', NULL, NULL, NULL, 'Government of Venezuela', 'VEN', NULL,"
                + " 'GOV', " + dateValue + ", '" + precision + "', " + dateStart + ", " + month + ", 'asserted', NULL, "
                + start + ", " + end + ")";
    }

    @Test
    void eventsDatedToTheYearOrNotAtAllAreCountedAfterV13() throws SQLException {
        StoreLocation location = StoreLocation.folder(folder);
        try (DuckDbDialect old = new DuckDbDialect(location)) {
            Migrations.migrateTo(old, "12");
            try (Connection c = old.connect(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO documents VALUES (nextval('document_ids'), '" + ContentHash.of(TEXT) + "', 'wire/a.txt', NULL, NULL,"
                        + " 'unknown', NULL, " + TEXT.length() + ", TIMESTAMP '2026-01-01 00:00:00', '" + TEXT + "')");
                s.execute("INSERT INTO sources VALUES ('/in/a.txt', 1)");
                s.execute(event(0, "SANCTION", "'2019-04'", "month", "DATE '2019-04-01'", "201904", 0, 28));
                s.execute(event(1, "PROTEST", "'2019'", "year", "DATE '2019-01-01'", "NULL", 29, 46));
                s.execute(event(2, "CONSULT", "NULL", "unknown", "NULL", "NULL", 47, 68));
                s.execute("INSERT INTO event_counts VALUES ('CAN', 'VEN', 201904, 'SANCTION', 'asserted', 1)");
            }
        }

        try (JdbcRepository repo = JdbcRepository.open(location)) {
            assertThat(repo.timeline(CAN_VEN)).containsExactly(new MonthlyCount(YearMonth.of(2019, 4), PloverType.SANCTION, 1));
            assertThat(repo.yearlyTimeline(CAN_VEN)).isEqualTo(new YearlyCounts(List.of(
                    new YearlyCount(2019, PloverType.PROTEST, 1), new YearlyCount(2019, PloverType.SANCTION, 1)), 1));

            repo.write(List.of(Fixtures.events("wire/a.txt", "/in/a.txt", 1, "CAN", "VEN", PloverType.AID, "2021",
                    Modality.ASSERTED)));

            assertThat(repo.timeline(CAN_VEN)).isEmpty();
            assertThat(repo.yearlyTimeline(CAN_VEN)).isEqualTo(new YearlyCounts(List.of(
                    new YearlyCount(2021, PloverType.AID, 1)), 0));
        }
    }
}
