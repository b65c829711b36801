package dyad.cli;

import dyad.model.Json;
import static org.assertj.core.api.Assertions.assertThat;

import dyad.spark.StubExtractor;
import dyad.store.PageRequest;
import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
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
    void ingestParquetStoresWhatTheRunExtractedAsIngestStoresTheFolder() throws IOException {
        Path out = dir.resolve("out");
        run("spark", "extract", "--master", "local[2]", "--out", out.toString(), docs.toString());

        Cli.Run fromParquet = run("ingest", "--db", dir.resolve("a").toString(), "--parquet", out.toString());
        Cli.Run fromFolder = run("ingest", "--db", dir.resolve("b").toString(), docs.toString());

        // The documents the run could not read or extract are left out and counted as failed, as ingest does.
        assertThat(fromParquet.exit()).isEqualTo(fromFolder.exit()).isEqualTo(1);
        assertThat(fromParquet.errLines()).last().asString().endsWith(": 3 added, 0 replaced, 0 unchanged, 2 failed");
        assertThat(fromFolder.errLines()).last().asString().endsWith(": 3 added, 0 replaced, 0 unchanged, 2 failed");
        assertThat(stored(dir.resolve("a"))).isEqualTo(stored(dir.resolve("b"))).hasSize(3);
        assertThat(run("ingest", "--db", dir.resolve("a").toString(), "--parquet", out.toString()).errLines()).last()
                .asString().endsWith(": 0 added, 0 replaced, 3 unchanged, 2 failed");
    }

    /** Each stored document's id and date, and its records' lines. */
    private static List<String> stored(Path db) {
        try (Repository repo = Stores.open(StoreLocation.folder(db))) {
            return repo.documents(PageRequest.first(100)).items().stream()
                    .map(d -> d.name() + " " + d.date() + " " + repo.records(d.hash()).stream().map(Json::line).toList())
                    .sorted().toList();
        }
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
