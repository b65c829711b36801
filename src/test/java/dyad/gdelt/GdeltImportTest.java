package dyad.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dyad.model.PloverType;
import dyad.model.Role;
import dyad.store.Dyad;
import dyad.store.ImportedEvent;
import dyad.store.Imports;
import dyad.store.MonthlyCount;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.TimelineQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing GDELT tables: the real sample rows, the codes' reading, bad rows, zips and re-imports. */
class GdeltImportTest {

    /** Real GDELT rows (../shared/bench/gdelt/SOURCE.md), read where they lie: never copied into the project. */
    static final Path SAMPLES = Path.of("../shared/bench/gdelt");
    private static final CameoTables TABLES = CameoTables.load();

    @TempDir
    Path dir;

    private Repository repo;
    private final List<String> said = new ArrayList<>();

    @BeforeEach
    void open() {
        repo = Stores.open(StoreLocation.folder(dir.resolve("store")));
    }

    @AfterEach
    void close() {
        repo.close();
    }

    private ImportReport importing(Path... paths) {
        return new GdeltImport(TABLES).run(List.of(paths), repo.imports(), new ImportReport(said::add));
    }

    @Test
    void everyRowOfTheFiveSamplesIsImportedAndASecondImportAddsNothing() {
        assumeTrue(Files.isDirectory(SAMPLES), "../shared/bench/gdelt is absent: cannot import the GDELT samples");
        ImportReport first = importing(SAMPLES);
        assertThat(said).isEmpty();
        assertThat(first.rowsRead()).isEqualTo(500);
        assertThat(first.rowsStored()).isEqualTo(500);
        assertThat(first.summary()).isEqualTo("5 files, 500 rows read: 500 imported, 0 already stored, 0 skipped");
        Imports imports = repo.imports();
        assertThat(imports.countEvents("gdelt")).isEqualTo(300);
        assertThat(imports.countMentions("gdelt")).isEqualTo(200);

        ImportReport again = importing(SAMPLES.resolve("events.csv"), SAMPLES.resolve("mentions.csv"));
        assertThat(again.rowsStored()).isZero();
        assertThat(again.rowsAlreadyStored()).isEqualTo(200);
        assertThat(imports.countEvents("gdelt")).isEqualTo(300);
        assertThat(imports.countMentions("gdelt")).isEqualTo(200);
    }

    @Test
    void aGdelt1RowKeepsItsGeographyAndDayAndA2RowItsUrlAndScores() {
        assumeTrue(Files.isDirectory(SAMPLES), "../shared/bench/gdelt is absent");
        importing(SAMPLES.resolve("events1.csv"), SAMPLES.resolve("events.csv"));
        // events1.csv line 45 (1.0, 58 columns): an Australian event located in Australia (FIPS AS).
        List<ImportedEvent> aus = repo.imports().events("gdelt", null, 1000).stream()
                .filter(e -> "Australia".equals(e.actionGeo().name())).toList();
        assertThat(aus).isNotEmpty();
        assertThat(aus.get(0).actionGeo().country()).isEqualTo("AS");
        assertThat(aus.get(0).actionGeo().lat()).isEqualTo(-27.0);
        // events.csv line 1 (2.0): GLOBALEVENTID 410412347, CAMEO 043 (host a visit).
        ImportedEvent first = repo.imports().events("gdelt", null, 1000).stream()
                .filter(e -> e.originId() == 410412347L).findFirst().orElseThrow();
        assertThat(first.day()).isEqualTo(LocalDate.of(2014, 2, 18));
        assertThat(first.cameo()).isEqualTo("043");
        assertThat(first.type()).isEqualTo(PloverType.CONSULT);
        assertThat(first.goldstein()).isEqualTo(2.8);
        assertThat(first.numSources()).isEqualTo(1);
        assertThat(first.numArticles()).isEqualTo(5);
        assertThat(first.avgTone()).isEqualTo(-4.4776119402985);
        assertThat(first.dateAdded()).isEqualTo(LocalDateTime.of(2015, 2, 18, 23, 0));
        assertThat(first.url()).startsWith("http://www.dailymaverick.co.za/article/2015-02-19-sona2015");
        assertThat(first.actionGeo().country()).isEqualTo("SF"); // FIPS for South Africa, kept as such
        assertThat(first.source().code()).as("GDELT left actor 1 empty").isNull();
        assertThat(first.target().name()).isEqualTo("PRESIDENT");
        assertThat(first.target().role()).isEqualTo(Role.GOV);
        assertThat(first.target().country()).isNull();
    }

    @Test
    void codesAreReadThroughTheShippedTables() throws IOException {
        Path file = Files.writeString(dir.resolve("rows.csv"), String.join("\n",
                new GdeltRow(1, "20190305", "0431").source("ROMGOV", "ROMANIA", "ROM", "GOV")
                        .target("USAMIL", "UNITED STATES", "USA", "MIL").set(53, "RO").set(60, "https://example.org/a").line(),
                new GdeltRow(2, "20190306", "163").source("CANGOV", "CANADA", "CAN", "GOV")
                        .target("VENGOV", "VENEZUELA", "VEN", "GOV").line(),
                new GdeltRow(3, "20190307", "010").source("AFR", "AFRICA", "AFR", "").line(),
                new GdeltRow(4, "20190308", "0233").source("REB", "REBEL", "", "REB")
                        .target("SYRGOV", "SYRIA", "SYR", "GOV").line()) + "\n");
        ImportReport report = importing(file);
        assertThat(said).isEmpty();
        assertThat(report.rowsStored()).isEqualTo(4);
        List<ImportedEvent> events = repo.imports().events("gdelt", null, 10);
        ImportedEvent visit = events.get(0);
        assertThat(visit.type()).isEqualTo(PloverType.CONSULT);
        assertThat(visit.source().sourceCountry()).isEqualTo("ROM");
        assertThat(visit.source().country()).isEqualTo("ROU");
        assertThat(visit.target().country()).isEqualTo("USA");
        assertThat(visit.target().role()).isEqualTo(Role.MIL);
        assertThat(visit.actionGeo().country()).isEqualTo("RO");
        assertThat(visit.url()).isEqualTo("https://example.org/a");
        assertThat(events.get(1).type()).isEqualTo(PloverType.SANCTION);
        assertThat(events.get(1).mode()).isEqualTo("sanction");
        assertThat(events.get(2).type()).as("CAMEO 01x: a statement, no PLOVER type").isNull();
        assertThat(events.get(2).source().country()).as("a region has no state").isNull();
        assertThat(events.get(3).type()).isEqualTo(PloverType.REQUEST);
        assertThat(events.get(3).mode()).isEqualTo("assist");
        assertThat(events.get(3).source().role()).isEqualTo(Role.OPP);

        List<MonthlyCount> months = repo.imports().timeline("gdelt", TimelineQuery.of(Dyad.either("VEN", "CAN")));
        assertThat(months).containsExactly(new MonthlyCount(YearMonth.of(2019, 3), PloverType.SANCTION, 1));
        assertThat(repo.imports().timeline("gdelt", TimelineQuery.of(Dyad.ordered("VEN", "CAN")))).isEmpty();
        assertThat(repo.timeline(TimelineQuery.of(Dyad.either("VEN", "CAN")))).as("never mixed with Dyad's own").isEmpty();
    }

    @Test
    void badRowsAreSkippedAndToldWithFileAndLineTheOthersImported() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.csv"), String.join("\n",
                new GdeltRow(1, "20190305", "042").source("CANGOV", "CANADA", "CAN", "GOV").line(),
                new GdeltRow(2, "20190305", "042").shortLine(1),
                new GdeltRow(3, "20191399", "042").line(),
                "",
                new GdeltRow(4, "20190305", "999x").line(),
                new GdeltRow(5, "20190305", "042").source("XQZGOV", "NOWHERE", "XQZ", "GOV").target("A", "B", "CAN", "ZZZ").line(),
                new GdeltRow(6, "20190305", "042").set(0, "x6").line()) + "\n");
        ImportReport report = importing(file);
        assertThat(said).containsExactly(
                file + " line 2: skipped, wrong column count: 60 columns in a table of GDELT 2.0 events",
                file + " line 3: skipped, bad date: SQLDATE '20191399'",
                file + " line 5: skipped, unknown event code: EventCode '999x'",
                file + " line 6: unknown actor country code (kept, no country): CountryCode 'XQZ'",
                file + " line 6: unknown actor type code (kept, no role): Type1Code 'ZZZ'",
                file + " line 7: skipped, bad GLOBALEVENTID: GLOBALEVENTID 'x6'");
        assertThat(report.rowsRead()).isEqualTo(6);
        assertThat(report.rowsStored()).isEqualTo(2);
        assertThat(report.summary()).isEqualTo("1 file, 6 rows read: 2 imported, 0 already stored, 4 skipped "
                + "(1 bad GLOBALEVENTID, 1 bad date, 1 unknown event code, 1 wrong column count); imported with codes "
                + "unread: 1 unknown actor country code (kept, no country), 1 unknown actor type code (kept, no role)");
        ImportedEvent kept = repo.imports().events("gdelt", null, 10).get(1);
        assertThat(kept.source().code()).isEqualTo("XQZGOV");
        assertThat(kept.source().country()).isNull();
        assertThat(kept.source().role()).isEqualTo(Role.GOV);
    }

    @Test
    void windowsLineEndingsAndARowTooLongAreReadAsTheRowByRowReaderReadsThem() throws IOException {
        Path file = Files.writeString(dir.resolve("crlf.csv"), String.join("\r\n",
                new GdeltRow(21, "20190305", "042").source("CANGOV", "CANADA", "CAN", "GOV").set(60, "https://example.org/c").line(),
                "",
                new GdeltRow(22, "20190305", "042").line() + "\textra",
                new GdeltRow(23, "20190306", "190").set(60, "https://example.org/d").line()) + "\r\n");
        ImportReport report = importing(file);
        assertThat(said).containsExactly(file + " line 3: skipped, wrong column count: 62 columns in a table of GDELT 2.0 events");
        assertThat(report.summary()).isEqualTo("1 file, 3 rows read: 2 imported, 0 already stored, 1 skipped (1 wrong column count)");
        assertThat(repo.imports().events("gdelt", null, 10)).extracting(ImportedEvent::url)
                .containsExactly("https://example.org/c", "https://example.org/d");
    }

    @Test
    void aFileThatIsNotUtf8IsReadAllTheSameItsBadBytesReplaced() throws IOException {
        byte[] name = "S\u00c3O TOM\u00c9".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String row = new GdeltRow(11, "20190305", "042").source("STPGOV", "@", "STP", "GOV").line() + "\n";
        int at = row.indexOf('@');
        byte[] utf8 = row.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[utf8.length - 1 + name.length];
        System.arraycopy(utf8, 0, bytes, 0, at);
        System.arraycopy(name, 0, bytes, at, name.length);
        System.arraycopy(utf8, at + 1, bytes, at + name.length, utf8.length - at - 1);
        Path file = Files.write(dir.resolve("latin1.csv"), bytes);
        ImportReport report = importing(file);
        assertThat(report.summary()).isEqualTo("1 file, 1 rows read: 1 imported, 0 already stored, 0 skipped");
        assertThat(repo.imports().events("gdelt", null, 10).get(0).source().name()).isEqualTo("S\uFFFDO TOM\uFFFD");
        assertThat(importing(file).rowsAlreadyStored()).isEqualTo(1);
    }

    @Test
    void anIdTwiceInOneFileIsStoredOnceAndTheFirstKept() throws IOException {
        Path file = Files.writeString(dir.resolve("twice.csv"), String.join("\n",
                new GdeltRow(9, "20190305", "042").source("CANGOV", "CANADA", "CAN", "GOV").line(),
                new GdeltRow(8, "20190305", "042").line(),
                new GdeltRow(9, "20190306", "190").line()) + "\n");
        ImportReport report = importing(file);
        assertThat(report.summary()).isEqualTo("1 file, 3 rows read: 2 imported, 1 already stored, 0 skipped");
        assertThat(repo.imports().events("gdelt", null, 10)).extracting(ImportedEvent::originId, ImportedEvent::cameo)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(9L, "042"),
                        org.assertj.core.groups.Tuple.tuple(8L, "042"));
    }

    @Test
    void zippedTablesAreReadEntryByEntryAndAFileOfNoKindFailsAloneLeavingTheStoreAsItWas() throws IOException {
        Path zip = dir.resolve("20190305.export.CSV.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("20190305.export.CSV"));
            z.write((new GdeltRow(7, "20190305", "0871").source("RUSGOV", "RUSSIA", "RUS", "GOV")
                    .target("UKRGOV", "UKRAINE", "UKR", "GOV").line() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path notGdelt = Files.writeString(dir.resolve("notes.csv"), "a\tb\tc\n");
        Path missing = dir.resolve("missing.csv");
        ImportReport report = importing(zip, notGdelt, missing);
        assertThat(said).containsExactly(
                "cannot import '" + missing + "': no such file or directory",
                "cannot import '" + notGdelt + "': line 1 has 3 tab-separated columns: GDELT 2.0 events have 61, "
                        + "1.0 events 57 or 58, mentions 16");
        assertThat(report.filesFailed()).isEqualTo(2);
        ImportedEvent ceasefire = repo.imports().events("gdelt", Dyad.ordered("RUS", "UKR"), 10).get(0);
        assertThat(ceasefire.type()).as("CAMEO2PLOVER: declaring a ceasefire is RETREAT").isEqualTo(PloverType.RETREAT);
        assertThat(ceasefire.mode()).isEqualTo("ceasefire");
    }
}
