package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.gdelt.GdeltRow;
import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.model.Role;
import dyad.model.Span;
import dyad.store.ImportedEvent;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad import gdelt} and {@code dyad import plover}: what they print, their exit codes, the PLOVER round trip. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void gdeltImportTellsBadRowsWithFileAndLineAndEndsWithASummary() throws IOException {
        Path file = Files.writeString(dir.resolve("events.csv"), new GdeltRow(5, "20200101", "042").line() + "\n"
                + new GdeltRow(6, "20200132", "042").line() + "\n");
        String store = dir.resolve("store").toString();
        Cli.Run run = new Cli().run("import", "gdelt", "--db", store, file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).containsExactly(
                "dyad: " + file + " line 2: skipped, bad date: SQLDATE '20200132'",
                "dyad: import gdelt: 1 file, 2 rows read: 1 imported, 0 already stored, 1 skipped (1 bad date)");
        Cli.Run missing = new Cli().run("import", "gdelt", "--db", store, dir.resolve("none.csv").toString(), file.toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.errLines()).containsExactly(
                "dyad: cannot import '" + dir.resolve("none.csv") + "': no such file or directory",
                "dyad: " + file + " line 2: skipped, bad date: SQLDATE '20200132'",
                "dyad: import gdelt: 1 file, 2 rows read: 0 imported, 1 already stored, 1 skipped (1 bad date); 1 file not imported");
        assertThat(new Cli().run("import", "--db", store).exit()).isEqualTo(2);
    }

    @Test
    void ploverExportedThenImportedGivesBackTheAssertedEvents() throws IOException {
        String text = "Kenya and India talked; Peru did not strike Chile; Canada sanctioned Venezuela.";
        Path doc = Files.writeString(dir.resolve("news.txt"), text);
        Cli cli = new Cli(d -> List.<Record>of(
                event(d, PloverType.CONSULT, "visit", "KEN", "IND", EventDate.day(LocalDate.of(2021, 3, 4)), Modality.ASSERTED),
                event(d, PloverType.ASSAULT, null, "PER", "CHL", EventDate.day(LocalDate.of(2021, 3, 5)), Modality.NEGATED),
                event(d, PloverType.SANCTION, "sanction", "CAN", "VEN", EventDate.day(LocalDate.of(2021, 3, 6)), Modality.ASSERTED)));
        String store = dir.resolve("store").toString();
        assertThat(cli.run("ingest", "--db", store, doc.toString()).exit()).isZero();
        Path plover = dir.resolve("events.jsonl");
        assertThat(new Cli().run("export", "--db", store, "--format", "plover", "--out", plover.toString()).exit()).isZero();

        Cli.Run run = new Cli().run("import", "plover", "--db", store, plover.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).matches("dyad: .*events.jsonl line \\d: skipped, not asserted: dyad_modality 'negated'");
        assertThat(run.errLines().get(1))
                .isEqualTo("dyad: import plover: 1 file, 3 rows read: 2 imported, 0 already stored, 1 skipped (1 not asserted)");
        assertThat(new Cli().run("import", "plover", "--db", store, plover.toString()).errLines().get(1))
                .contains("0 imported, 2 already stored");
        try (Repository repo = Stores.open(StoreLocation.folder(Path.of(store)))) {
            List<ImportedEvent> back = repo.imports().events("plover", null, 10);
            assertThat(back).extracting(e -> e.type() + " " + e.mode() + " " + e.day() + " " + e.source().country() + " "
                    + e.target().country() + " " + e.source().role())
                    .containsExactly("CONSULT visit 2021-03-04 KEN IND GOV", "SANCTION sanction 2021-03-06 CAN VEN GOV");
            assertThat(repo.imports().countEvents("gdelt")).isZero();
        }
    }

    private static Event event(Document d, PloverType type, String mode, String a, String b, EventDate date, Modality modality) {
        String text = d.text();
        return new Event(d.id(), type, mode, new Actor(a, 0, 3, "Government of " + a, a, null, Role.GOV),
                new Actor(b, 4, 7, "Government of " + b, b, null, Role.GOV), date, modality, Span.of(text, 0, text.length()));
    }
}
