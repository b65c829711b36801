package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad export}: relations of an ingested store as CSV, to stdout or a file replaced only when whole. */
class ExportCommandTest {

    @TempDir
    Path dir;

    private Path ingested() throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "Ottawa and Caracas cut ties in 2019.");
        Path store = dir.resolve("store");
        assertThat(new Cli().run("ingest", "--db", store.toString(), text.toString()).exit()).isZero();
        return store;
    }

    @Test
    void exportsTheStoredRecordsAsAskedAndCountsThem() throws IOException {
        Path store = ingested();
        Cli.Run run = new Cli().run("export", "--db", store.toString(), "--format", "csv", "--kind", "relation", "--dyad", "ven", "can");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).hasSize(2).first().asString().startsWith("id,doc,doc_title,state_a,state_b");
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).contains(",a.txt,,CAN,VEN,diplomatic_level,none,");
        assertThat(run.err()).isEqualTo("dyad: exported 1 record\n");
    }

    @Test
    void aBadRequestIsRefusedBeforeAnythingIsWrittenAndAFileIsReplacedOnlyWhenWhole() throws IOException {
        Path store = ingested();
        Path out = Files.writeString(dir.resolve("out.csv"), "kept\n");
        Cli.Run bad = new Cli().run("export", "--db", store.toString(), "--format", "plover", "--kind", "quote", "--out", out.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("dyad: --kind quote: the plover format carries events only");
        assertThat(Files.readString(out)).isEqualTo("kept\n");
        assertThat(new Cli().run("export", "--db", store.toString(), "--format", "xml").err())
                .startsWith("dyad: format must be one of [gdelt, plover, ftm, csv]: 'xml'");
        assertThat(new Cli().run("export", "--db", store.toString(), "--format", "csv", "--from", "2019-13-01").err())
                .contains("'2019-13-01' is not a date YYYY-MM-DD");

        Cli.Run good = new Cli().run("export", "--db", store.toString(), "--format", "csv", "--kind", "relation", "--out", out.toString());
        assertThat(good.exit()).isZero();
        assertThat(good.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("id,doc,doc_title,state_a");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }
}
