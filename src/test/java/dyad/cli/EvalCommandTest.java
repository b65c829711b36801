package dyad.cli;

import dyad.model.Json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad eval` on good and bad input: unusable gold stops the run before any extraction (exit 2, as score.py). */
class EvalCommandTest {

    /** What {@link Cli#echo} gives for good.txt below. */
    private static final String RELATION = "{\"kind\": \"relation\", \"doc\": \"good.txt\", \"pair\": [\"CAN\", \"VEN\"],"
            + " \"attribute\": \"diplomatic_level\", \"value\": \"none\", \"date\": {\"value\": null, \"precision\": \"unknown\"},"
            + " \"evidence\": {\"text\": \"Canada and V\", \"start\": 0, \"end\": 12}}";

    @TempDir
    Path dir;

    private final Cli cli = new Cli();
    private Path text;
    private Path gold;

    @BeforeEach
    void writeATextAndItsGold() throws IOException {
        text = Files.writeString(dir.resolve("good.txt"), "Canada and Venezuela have no ambassadors.");
        gold = Files.writeString(dir.resolve("gold.jsonl"), RELATION + "\n");
    }

    private static JsonNode json(String s) throws IOException {
        return Json.MAPPER.readTree(s);
    }

    @Test
    void scoresExtractionOfTheGivenTexts() throws IOException {
        Cli.Run run = cli.run("eval", "--json", "--gold", gold.toString(), text.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode report = json(run.out());
        assertThat(report.at("/summary/relations_f1").asDouble()).isEqualTo(1.0);
        assertThat(report.at("/summary/invalid_lines").asInt()).isZero();
    }

    @Test
    void aMissingGoldFileStopsTheRunBeforeTheModelsLoad() {
        Path missing = dir.resolve("nope.jsonl");
        Cli.Run run = cli.run("eval", "--gold", missing.toString(), text.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dyad: cannot read " + missing + ": no such file");
        assertThat(run.out()).isEmpty();
        assertThat(cli.loads).hasValue(0);
    }

    @Test
    void aMalformedGoldLineIsNamedByFileAndLineBeforeAnythingIsExtracted() throws IOException {
        Files.writeString(gold, RELATION + "\n\n{\"kind\": \"event\", oops}\n");
        Cli.Run run = cli.run("eval", "--gold", gold.toString(), text.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("dyad: " + gold + " line 3: not JSON: ");
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(cli.loads).hasValue(0);
    }

    @Test
    void aGoldRecordScoringCannotUseIsNamedByLine() throws IOException {
        Files.writeString(gold, "{\"kind\": \"event\", \"doc\": \"good.txt\"}\n");
        Cli.Run run = cli.run("eval", "--gold", gold.toString(), "--system", gold.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("dyad: " + gold + " line 1: gold record: ");
    }

    @Test
    void aMissingSystemFileIsAnInputError() {
        Path missing = dir.resolve("system.jsonl");
        Cli.Run run = cli.run("eval", "--gold", gold.toString(), "--system", missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("dyad: cannot read " + missing + ": no such file");
    }

    @Test
    void badSystemLinesAreCountedNotFatal() throws IOException {
        Path system = Files.writeString(dir.resolve("system.jsonl"), "{oops\n" + RELATION + "\n[1]\n");
        Cli.Run run = cli.run("eval", "--json", "--gold", gold.toString(), "--system", system.toString());
        assertThat(run.exit()).isZero();
        JsonNode report = json(run.out());
        assertThat(report.at("/summary/invalid_lines").asInt()).isEqualTo(2);
        assertThat(report.at("/summary/relations_f1").asDouble()).isEqualTo(1.0);
        assertThat(cli.loads).hasValue(0);
    }

    @Test
    void anUnreadableTextIsReportedAndTheRestScoredWithExitCodeOne() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Cli.Run run = cli.run("eval", "--json", "--gold", gold.toString(), empty.toString(), text.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("dyad: cannot read '" + empty + "': empty file");
        assertThat(json(run.out()).at("/summary/relations_f1").asDouble()).isEqualTo(1.0);
    }

    @Test
    void usageErrorsExitTwo() {
        Cli.Run neither = cli.run("eval", "--gold", gold.toString());
        assertThat(neither.exit()).isEqualTo(2);
        assertThat(neither.errLines()).singleElement().asString().startsWith("dyad: ").endsWith("(see 'dyad eval --help')");

        Cli.Run noGold = cli.run("eval", text.toString());
        assertThat(noGold.exit()).isEqualTo(2);
        assertThat(noGold.errLines()).containsExactly(
                "dyad: Missing required option: '--gold=FILE' (see 'dyad eval --help')");

        Cli.Run badDate = cli.run("eval", "--gold", gold.toString(), "--doc-date", "soon", text.toString());
        assertThat(badDate.exit()).isEqualTo(2);
        assertThat(badDate.errLines()).containsExactly("dyad: Invalid value for option '--doc-date': 'soon' is not"
                + " YYYY, YYYY-MM or YYYY-MM-DD (see 'dyad eval --help')");
        assertThat(cli.loads).hasValue(0);
    }
}
