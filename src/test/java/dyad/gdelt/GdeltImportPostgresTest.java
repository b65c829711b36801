package dyad.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.PloverType;
import dyad.store.Dyad;
import dyad.store.MonthlyCount;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.TestPostgres;
import dyad.store.TimelineQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GDELT import on PostgreSQL (its primary keys decide what is new), at the URL in
 * {@code DYAD_TEST_PG}; skipped without one, as the other PostgreSQL tests.
 */
class GdeltImportPostgresTest {

    @TempDir
    Path dir;

    @Test
    void importsEachEventAndMentionOnceAndReadsThePairsTimeline() throws Exception {
        String url = TestPostgres.emptied();
        Path events = Files.writeString(dir.resolve("events.csv"), String.join("\n",
                new GdeltRow(11, "20200105", "163").source("USAGOV", "UNITED STATES", "USA", "GOV")
                        .target("IRNGOV", "IRAN", "IRN", "GOV").set(60, "https://example.org/1").line(),
                new GdeltRow(12, "20200211", "0871").source("IRNGOV", "IRAN", "IRN", "GOV")
                        .target("USAGOV", "UNITED STATES", "USA", "GOV").line(),
                new GdeltRow(12, "20200211", "0871").line(), // the same GLOBALEVENTID again in the file
                new GdeltRow(13, "2020021", "042").line()) + "\n");
        Path mentions = Files.writeString(dir.resolve("mentions.csv"),
                "11\t20200105120000\t20200105121500\t1\texample.org\thttps://example.org/1\t3\t10\t40\t25\t1\t80\t5000\t-3.2\t\t\n"
                        + "11\t20200105120000\t20200105121500\t1\texample.org\thttps://example.org/1\t3\t40\t10\t25\t1\t80\t5000\t-3.2\t\t\n");
        List<String> said = new ArrayList<>();
        try (Repository repo = Stores.open(StoreLocation.parse(url))) {
            ImportReport first = new GdeltImport(CameoTables.load()).run(List.of(events, mentions), repo.imports(),
                    new ImportReport(said::add));
            assertThat(said).containsExactly(events + " line 4: skipped, bad date: SQLDATE '2020021'");
            assertThat(first.summary()).isEqualTo("2 files, 6 rows read: 4 imported, 1 already stored, 1 skipped (1 bad date)");
            ImportReport again = new GdeltImport(CameoTables.load()).run(List.of(events, mentions), repo.imports(),
                    new ImportReport(line -> { }));
            assertThat(again.rowsStored()).isZero();
            assertThat(repo.imports().countEvents("gdelt")).isEqualTo(2);
            assertThat(repo.imports().countMentions("gdelt")).isEqualTo(2);
            List<MonthlyCount> months = repo.imports().timeline("gdelt", TimelineQuery.of(Dyad.either("IRN", "USA")));
            assertThat(months).containsExactly(new MonthlyCount(YearMonth.of(2020, 1), PloverType.SANCTION, 1),
                    new MonthlyCount(YearMonth.of(2020, 2), PloverType.RETREAT, 1));
            assertThat(repo.imports().events("gdelt", Dyad.ordered("USA", "IRN"), 5).get(0).url())
                    .isEqualTo("https://example.org/1");
        }
    }
}
