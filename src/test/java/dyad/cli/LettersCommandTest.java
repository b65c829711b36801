package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.accountability.SeedLetters;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad letters`, `letters mark` and `letters export` over a store holding the sample letter. */
class LettersCommandTest {

    @TempDir
    Path folder;

    private String db;
    private final Cli cli = new Cli();

    @BeforeEach
    void store() {
        Path data = folder.resolve("dyad-data");
        try (Repository r = Stores.open(StoreLocation.folder(data))) {
            r.write(SeedLetters.january8());
        }
        db = data.toString();
    }

    @Test
    void listsLettersWithStatesDaysAndDemandsAsOfADay() {
        Cli.Run run = cli.run("letters", "--db", db, "--as-of", "2026-01-08");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("Letters as of 2026-01-08: 2");
        assertThat(run.outLines().get(2)).matches("1-\\d+ +2026-01-08 awaiting_reply +0 +0 +Mark Carney +1:open 2:open 3:open");
        assertThat(run.outLines().get(3)).matches("1-\\d+r0 +2025-11-13 overdue +56 +26 +Anita Anand, David McGuinty, .*"
                + "unanswered per 1-\\d+ on 2026-01-08");
        Cli.Run overdue = cli.run("letters", "--db", db, "--as-of", "2026-01-08", "--overdue");
        assertThat(overdue.outLines().get(0)).isEqualTo("Letters as of 2026-01-08: 1");
        assertThat(cli.loads.get()).isZero();
    }

    @Test
    void markRecordsACorrectionThatTheListShowsAsSetByHand() {
        String id = cli.run("letters", "--db", db, "--as-of", "2026-01-08").outLines().get(3).split(" ")[0];
        Cli.Run mark = cli.run("letters", "mark", id, "--state", "replied", "--by", "Ana", "--why", "reply on file",
                "--on", "2026-01-09", "--db", db);
        assertThat(mark.err()).isEmpty();
        assertThat(mark.exit()).isZero();
        assertThat(mark.out()).startsWith("decision 1: letter " + id + " letter_state = replied from 2026-01-09, by Ana");
        assertThat(cli.run("letters", "--db", db, "--as-of", "2026-01-09").outLines().get(3)).contains(" replied* ");
        assertThat(cli.run("letters", "--db", db, "--as-of", "2026-01-08").outLines().get(3)).contains(" overdue ");
    }

    @Test
    void badCorrectionsAreOneLineErrors() {
        Cli.Run none = cli.run("letters", "mark", "1-0", "--by", "Ana", "--why", "x", "--db", db);
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).startsWith("dyad: give exactly one of --state");
        Cli.Run unknown = cli.run("letters", "mark", "9-9", "--state", "replied", "--by", "Ana", "--why", "x", "--db", db);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.errLines()).containsExactly("dyad: no tracked letter '9-9' (see 'dyad letters' for ids)");
        Cli.Run date = cli.run("letters", "--db", db, "--as-of", "8 Jan");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("'8 Jan' is not a day YYYY-MM-DD");
    }

    @Test
    void aBadSettingsFileFailsNamingTheSetting() throws Exception {
        Path settings = folder.resolve("mine.json");
        Files.writeString(settings, "{\"veryOverdueFactor\": 99}");
        Cli.Run run = cli.run("letters", "--db", db, "--config", settings.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dyad: " + settings + ": veryOverdueFactor must be 2..20, got 99");
    }

    @Test
    void showPrintsDemandsAndTheTimeline() {
        String id = cli.run("letters", "--db", db, "--as-of", "2026-01-08").outLines().get(3).split(" ")[0];
        String january = id.substring(0, id.indexOf('r'));
        Cli.Run run = cli.run("letters", "show", january, "--db", db, "--as-of", "2026-01-08");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines()).contains("Letter " + january + ", 2026-01-08: awaiting_reply", "  to: Mark Carney",
                "Timeline:", "  2026-01-08 sent               to Mark Carney");
        assertThat(run.out()).contains("Demand 2: open [suspend_cooperation, halt_arms_exports]");
        Cli.Run cited = cli.run("letters", "show", id, "--db", db, "--as-of", "2026-01-08");
        assertThat(cited.outLines()).contains("  2025-12-14 overdue            no answer within 30 days",
                "  2026-01-08 no_reply_reported  [" + january + "] letter " + january + " reports no answer yet");
        Cli.Run unknown = cli.run("letters", "show", "7-7", "--db", db);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("dyad: no tracked letter '7-7'");
    }

    @Test
    void exportPrintsCsv() {
        Cli.Run run = cli.run("letters", "export", "--csv", "--db", db, "--as-of", "2026-01-08");
        assertThat(run.exit()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("id,sent,state,set_by_hand,recipients,signatories,reply_window_days,"
                + "days_waiting,days_overdue,answers,conflicting,demands");
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(2)).contains(",overdue,false,\"Anita Anand, David McGuinty, Maninder Sidhu\",");
    }
}
