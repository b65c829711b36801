package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.spark.StubExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `dyad spark extract` at local[2] on a folder, with a stub extractor: the lines of records.jsonl
 * and the one-line errors are those `dyad extract` gives for the same folder, and the exit code too.
 */
class SparkExtractCommandTest {

    @TempDir
    Path dir;

    private Path docs;

    @BeforeEach
    void writeAFolder() throws IOException {
        docs = dir.resolve("docs");
        write("a.txt", "Canada imposed sanctions on Venezuela.");
        write("letters/b.md", "January 8, 2026\n\nDear Minister, we urge Ghana to restore ties.");
        write("bad.txt", "A text the stub refuses.");
        write("c.txt", "Peru and Chile met. NOTE");
        write("empty.txt", "");
        write("catalog.csv", "file,published,precision,publisher,genre,title\na.txt,2019-05-02,day,Pub,news,A title\n");
    }

    private void write(String name, String text) throws IOException {
        Path file = docs.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static Cli.Run run(String... args) {
        CommandLine cl = Main.commandLine(() -> StubExtractor::extract, new StubExtractor(),
                new ByteArrayInputStream(new byte[0]));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli.Run(exit, out.toString(), err.toString());
    }

    @Test
    void aFolderGivesTheLinesAndErrorsThatExtractGives() throws IOException {
        Cli.Run extract = run("extract", docs.toString());
        Path out = dir.resolve("out");

        Cli.Run spark = run("spark", "extract", "--master", "local[2]", "--out", out.toString(), docs.toString());

        assertThat(extract.exit()).isEqualTo(1);
        assertThat(spark.exit()).isEqualTo(extract.exit());
        assertThat(Files.readAllLines(out.resolve("records.jsonl"))).isEqualTo(extract.outLines()).hasSize(3);
        assertThat(extract.errLines()).contains("dyad: cannot extract 'bad.txt': IllegalStateException: the stub refuses bad.txt",
                "dyad: cannot read '" + docs.resolve("empty.txt") + "': empty file", "dyad: 'c.txt': a note on this text");
        assertThat(spark.errLines()).containsAll(extract.errLines())
                .last().asString().startsWith("dyad: 4 documents, 3 records, 2 errors");
        assertThat(spark.out()).isEmpty();
    }

    @Test
    void itTakesPathsOrATableNotBothNorNeither() {
        Cli.Run neither = run("spark", "extract", "--out", dir.resolve("out").toString());
        Cli.Run both = run("spark", "extract", "--out", dir.resolve("out").toString(), "--parquet-in", "t", docs.toString());

        assertThat(List.of(neither.exit(), both.exit())).containsOnly(2);
        assertThat(neither.err()).startsWith("dyad: give either PATHs or --parquet-in TABLE");
        assertThat(both.err()).startsWith("dyad: give either PATHs or --parquet-in TABLE");
    }

    @Test
    void anOutputFolderInUseIsAUsageErrorInOneLine() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");

        Cli.Run spark = run("spark", "extract", "--master", "local[1]", "--out", out.toString(), docs.toString());

        assertThat(spark.exit()).isEqualTo(2);
        assertThat(spark.errLines()).containsExactly(
                "dyad: --out '" + out + "' exists and is not an empty folder: name a new one");
    }
}
