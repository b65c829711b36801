package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.extract.SharedModels;
import dyad.model.Document;
import dyad.model.Extraction;
import dyad.spark.ExtractorFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The sample texts (with their catalog.csv) at local[2] give, in records.jsonl, the very lines `dyad extract` prints. */
@Tag("models")
class SparkSeedsTest {

    /** The test JVM's models: at local[2] the executor is this JVM. */
    static final class SharedModelsExtractor implements ExtractorFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public Function<Document, Extraction> create() {
            return SharedModels.get().extractor()::extractWithNotes;
        }
    }

    @TempDir
    Path dir;

    private static Cli.Run run(String... args) {
        CommandLine cl = Main.commandLine(() -> SharedModels.get().extractor()::extractWithNotes,
                new SharedModelsExtractor(), new ByteArrayInputStream(new byte[0]));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Cli.Run(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void theSampleTextsGiveTheLinesExtractPrints() throws IOException {
        Path seeds = Path.of(System.getProperty("dyad.shared", "../shared"), "corpus", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "no sample texts at " + seeds);
        Path out = dir.resolve("out");

        Cli.Run extract = run("extract", seeds.toString());
        Cli.Run spark = run("spark", "extract", "--master", "local[2]", "--out", out.toString(), seeds.toString());

        assertThat(spark.exit()).as(spark.err()).isZero();
        assertThat(extract.outLines()).hasSizeGreaterThan(100);
        List<String> lines = Files.readAllLines(out.resolve("records.jsonl"));
        assertThat(lines).isEqualTo(extract.outLines());
    }
}
