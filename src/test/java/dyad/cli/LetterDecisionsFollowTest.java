package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.Precision;
import dyad.model.Record;
import dyad.model.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision made by hand about a letter follows the letter when its file changes and is
 * ingested again (same date, authors and recipients: the same letter); when the new version has
 * no such letter, the ingest says so and the decision is listed as needing a person until one
 * settles it. Through the command line, with a stub extractor that reads "From:", "To:", "Date:"
 * lines and numbered demands.
 */
class LetterDecisionsFollowTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli(LetterDecisionsFollowTest::letterOf);
    private Path file;
    private String db;

    /** The letter a text spells out in "From: X", "To: Y", "Date: YYYY-MM-DD" lines and "N. demand" lines. */
    static List<Record> letterOf(Document doc) {
        String t = doc.text();
        List<Demand> demands = new ArrayList<>();
        for (String line : t.lines().toList()) {
            if (line.matches("\\d\\. .*")) {
                int at = t.indexOf(line);
                demands.add(new Demand(line.charAt(0) - '0', line.substring(3), null, line, at, at + line.length()));
            }
        }
        return List.of(new Letter(doc.id(), new EventDate(field(t, "Date: "), Precision.DAY), List.of(actor(t, "From: ")),
                List.of(actor(t, "To: ")), demands, List.of()));
    }

    private static String field(String t, String label) {
        int at = t.indexOf(label) + label.length();
        return t.substring(at, t.indexOf('\n', at));
    }

    private static Actor actor(String t, String label) {
        String name = field(t, label);
        int at = t.indexOf(label) + label.length();
        return new Actor(name, at, at + name.length(), name, "GHA", null, Role.CSO);
    }

    @BeforeEach
    void aMarkedLetter() throws IOException {
        file = dir.resolve("letters/forum.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                From: Accra Civic Forum
                To: Minister Ama Mensah
                Date: 2025-02-03

                1. Release the detained journalists.
                2. Publish the border agreement with Togo.
                """);
        db = dir.resolve("dyad-data").toString();
        assertThat(ingest().exit()).isZero();
        Cli.Run mark = cli.run("letters", "mark", onlyLetterId(), "--state", "replied", "--by", "Ana", "--why",
                "answered by phone", "--on", "2025-02-10", "--db", db);
        assertThat(mark.exit()).as(mark.err()).isZero();
        Cli.Run demand = cli.run("letters", "mark", onlyLetterId(), "--demand", "2", "--state", "met", "--by", "Kofi",
                "--why", "published in the gazette", "--on", "2025-02-20", "--db", db);
        assertThat(demand.exit()).as(demand.err()).isZero();
    }

    private Cli.Run ingest() {
        return cli.run("ingest", "--db", db, dir.resolve("letters").toString());
    }

    private List<String> letterLines() {
        return cli.run("letters", "--db", db, "--as-of", "2025-06-01").outLines().stream()
                .filter(l -> l.matches("\\d+-\\d+ .*")).toList();
    }

    private String onlyLetterId() {
        assertThat(letterLines()).hasSize(1);
        return letterLines().get(0).split(" ")[0];
    }

    @Test
    void aDecisionFollowsItsLetterWhenTheFileChangesAndIsIngestedAgain() throws IOException {
        String before = onlyLetterId();
        Files.writeString(file, "\nCopied to the press.\n", StandardOpenOption.APPEND);

        Cli.Run again = ingest();

        assertThat(again.exit()).isZero();
        assertThat(again.err()).contains("0 added, 1 replaced");
        assertThat(again.errLines()).contains("dyad: 2 letter decisions follow their letter to the new version of '"
                + file + "'");
        String after = onlyLetterId();
        assertThat(after).isNotEqualTo(before);
        assertThat(letterLines().get(0)).contains(" replied* ").contains("2:met*");
        Cli.Run list = cli.run("letters", "--db", db, "--as-of", "2025-06-01");
        assertThat(list.out()).doesNotContain("needing a person");
        Cli.Run show = cli.run("letters", "show", after, "--db", db, "--as-of", "2025-06-01");
        assertThat(show.out()).contains("letter_state = replied by Ana").contains("demand_state demand 2 = met by Kofi");

        Files.writeString(file, "And to the radio.\n", StandardOpenOption.APPEND); // and again: the decisions go on following
        assertThat(ingest().errLines()).contains("dyad: 2 letter decisions follow their letter to the new version of '"
                + file + "'");
        assertThat(onlyLetterId()).isNotEqualTo(after);
        assertThat(letterLines().get(0)).contains(" replied* ").contains("2:met*");
    }

    @Test
    void aDecisionThatCannotFollowIsReportedAndListedUntilAPersonSettlesIt() throws IOException {
        Files.writeString(file, Files.readString(file).replace("To: Minister Ama Mensah", "To: Minister Kwame Boateng"));

        Cli.Run again = ingest();

        assertThat(again.exit()).isZero();
        assertThat(again.errLines()).contains("dyad: 2 letter decisions need a person: the new version of '" + file
                + "' has no letter of the same date, authors and recipients; see 'dyad letters'");
        String after = onlyLetterId();
        assertThat(letterLines().get(0)).doesNotContain("*");
        Cli.Run list = cli.run("letters", "--db", db, "--as-of", "2025-06-01");
        assertThat(list.outLines()).contains("Decisions needing a person: 2");
        assertThat(list.out()).contains("decision 1 (letter_state = replied by Ana on 2025-02-10")
                .contains("its file now holds " + after);
        Cli.Run show = cli.run("letters", "show", after, "--db", db, "--as-of", "2025-06-01");
        assertThat(show.out()).contains("Decisions needing a person").contains("decision 2 (demand_state demand 2 = met");

        Cli.Run settle1 = cli.run("letters", "mark", after, "--settle", "1", "--by", "Ana", "--why",
                "the letter went to the new minister; no answer yet", "--db", db);
        assertThat(settle1.exit()).as(settle1.err()).isZero();
        Cli.Run again2 = cli.run("letters", "mark", after, "--demand", "2", "--state", "met", "--by", "Kofi", "--why",
                "still published", "--on", "2025-02-20", "--db", db);
        assertThat(again2.exit()).as(again2.err()).isZero();
        assertThat(cli.run("letters", "mark", after, "--settle", "2", "--by", "Kofi", "--why", "re-marked", "--db", db)
                .exit()).isZero();

        assertThat(cli.run("letters", "--db", db, "--as-of", "2025-06-01").out()).doesNotContain("needing a person");
        assertThat(letterLines().get(0)).contains("2:met*");
        Cli.Run bad = cli.run("letters", "mark", after, "--settle", "99", "--by", "Ana", "--why", "x", "--db", db);
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.errLines()).containsExactly("dyad: decision 99 does not need a person (see 'dyad letters')");
    }
}
