package dyad.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.store.Dyad;
import dyad.store.Fixtures;
import dyad.store.MonthlyCount;
import dyad.store.StoreLocation;
import dyad.store.TimelineQuery;
import dyad.store.YearlyCount;
import dyad.store.YearlyCounts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store counts new documents when optimize rebuilds event_counts: until then the
 * timelines count them from the events table, and after it from the counts; either way they
 * read the same, through replacements of counted and uncounted documents.
 */
class CountsAtOptimizeTest {

    private static final TimelineQuery BOTH_WAYS = TimelineQuery.of(Dyad.either("CAN", "VEN"));

    @TempDir
    Path folder;

    private DuckDbDialect dialect;
    private JdbcRepository repo;

    @BeforeEach
    void open() {
        dialect = new DuckDbDialect(StoreLocation.folder(folder), 0);
        Migrations.migrate(dialect);
        repo = new JdbcRepository(dialect);
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dialect.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private List<String> cells() throws SQLException {
        return query("SELECT source_country, target_country, month, type, modality, events FROM event_counts ORDER BY ALL");
    }

    @Test
    void timelinesReadTheSameBeforeAndAfterTheCountsAreRebuilt() throws SQLException {
        repo.write(List.of(
                Fixtures.events("a", "/in/a.txt", 2, "CAN", "VEN", PloverType.SANCTION, "2020-01-15", Modality.ASSERTED),
                Fixtures.events("b", "/in/b.txt", 3, "VEN", "CAN", PloverType.ACCUSE, "2019", Modality.ASSERTED),
                Fixtures.events("c", "/in/c.txt", 1, "CAN", "VEN", PloverType.CONSULT, null, Modality.INTENDED)));
        assertThat(cells()).as("new documents wait for optimize").isEmpty();
        List<MonthlyCount> monthly = List.of(new MonthlyCount(YearMonth.of(2020, 1), PloverType.SANCTION, 2));
        YearlyCounts yearly = new YearlyCounts(List.of(new YearlyCount(2019, PloverType.ACCUSE, 3),
                new YearlyCount(2020, PloverType.SANCTION, 2)), 1);
        assertThat(repo.timeline(BOTH_WAYS)).isEqualTo(monthly);
        assertThat(repo.yearlyTimeline(BOTH_WAYS)).isEqualTo(yearly);
        String schema = "SELECT column_name, data_type, is_nullable FROM information_schema.columns"
                + " WHERE table_name = 'event_counts' ORDER BY ordinal_position";
        List<String> columns = query(schema);

        assertThat(repo.optimize()).isTrue();

        assertThat(cells()).containsExactly(
                "CAN VEN 0 CONSULT intended 1", "CAN VEN 202001 SANCTION asserted 2", "VEN CAN 201900 ACCUSE asserted 3");
        assertThat(query("SELECT through_id FROM counted_documents")).containsExactly(
                query("SELECT max(id) FROM documents").get(0));
        assertThat(query(schema)).as("the rebuilt table is the one V1 made").isEqualTo(columns);
        assertThat(repo.timeline(BOTH_WAYS)).isEqualTo(monthly);
        assertThat(repo.yearlyTimeline(BOTH_WAYS)).isEqualTo(yearly);
        assertThat(repo.optimize()).as("nothing added since").isFalse();
    }

    @Test
    void replacingACountedDocumentAppendsItsCellsTakenOutAndAnUncountedOneAppendsNothing() throws SQLException {
        repo.write(List.of(
                Fixtures.events("a", "/in/a.txt", 2, "CAN", "VEN", PloverType.SANCTION, "2020-01-15", Modality.ASSERTED)));
        repo.optimize();
        repo.write(List.of(
                Fixtures.events("d", "/in/d.txt", 4, "CAN", "VEN", PloverType.AID, "2021", Modality.ASSERTED)));

        // the counted a.txt now says something else; the uncounted d.txt too
        repo.write(List.of(
                Fixtures.events("a2", "/in/a.txt", 1, "CAN", "VEN", PloverType.SANCTION, "2020-02", Modality.ASSERTED),
                Fixtures.events("d2", "/in/d.txt", 5, "CAN", "VEN", PloverType.AID, "2022", Modality.ASSERTED)));

        assertThat(cells()).containsExactly("CAN VEN 202001 SANCTION asserted -2", "CAN VEN 202001 SANCTION asserted 2");
        assertThat(repo.timeline(BOTH_WAYS)).containsExactly(
                new MonthlyCount(YearMonth.of(2020, 2), PloverType.SANCTION, 1));
        YearlyCounts yearly = new YearlyCounts(List.of(new YearlyCount(2020, PloverType.SANCTION, 1),
                new YearlyCount(2022, PloverType.AID, 5)), 0);
        assertThat(repo.yearlyTimeline(BOTH_WAYS)).isEqualTo(yearly);

        assertThat(repo.optimize()).isTrue();

        assertThat(cells()).as("one row per cell, empty cells gone").containsExactly(
                "CAN VEN 202002 SANCTION asserted 1", "CAN VEN 202200 AID asserted 5");
        assertThat(repo.yearlyTimeline(BOTH_WAYS)).isEqualTo(yearly);
    }

    private static long total(YearlyCounts counts) {
        return counts.undated() + counts.years().stream().mapToLong(YearlyCount::events).sum();
    }

    @Test
    void timelinesReadWhileTheCountsAreRebuiltNeverFailAndNeverGoBack() throws Exception {
        int rounds = 30;
        AtomicBoolean done = new AtomicBoolean();
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            while (!done.get()) {
                seen.add(total(repo.yearlyTimeline(BOTH_WAYS)));
            }
        });
        for (int i = 0; i < rounds; i++) {
            repo.write(List.of(Fixtures.events("w" + i, "/in/w" + i + ".txt", 1, "CAN", "VEN", PloverType.AID,
                    i % 2 == 0 ? "2021" : null, Modality.ASSERTED)));
            repo.optimize();
        }
        done.set(true);
        reader.get();

        assertThat(seen).as("reads made").hasSizeGreaterThan(rounds).isSorted();
        assertThat(total(repo.yearlyTimeline(BOTH_WAYS))).isEqualTo(rounds);
        assertThat(cells()).containsExactly("CAN VEN 0 AID asserted 15", "CAN VEN 202100 AID asserted 15");
    }
}
