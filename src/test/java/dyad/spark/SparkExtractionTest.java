package dyad.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.Json;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Precision;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job at local[2] on a Parquet table of documents, with a stub extractor: its tables and its error rows. */
class SparkExtractionTest {

    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSessions.start("local[2]", "SparkExtractionTest");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static final StructType INPUT = new StructType()
            .add("id", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("url", DataTypes.StringType);

    private String table(Row... rows) {
        String path = dir.resolve("in").toString();
        spark.createDataFrame(Arrays.asList(rows), INPUT).coalesce(1).write().parquet(path);
        return path;
    }

    private SparkExtraction.Summary extract(String table, String out) {
        return new SparkExtraction(spark, new StubExtractor()).run(DocumentSources.parquet(spark, table, 3), List.of(), out);
    }

    private List<Row> read(String out, String name) {
        return spark.read().parquet(out + "/" + name).collectAsList();
    }

    @Test
    void aDocumentThatFailsIsAnErrorRowNamingItAndTheOthersGoOn() throws IOException {
        String in = table(
                RowFactory.create("ottawa.txt", "Ottawa imposed sanctions on Caracas.", "2017-09-22", "https://example.org/1"),
                RowFactory.create("bad-lima.txt", "Lima recalled its ambassador.", "2018", null),
                RowFactory.create("accra.txt", "Accra wrote to Abuja. NOTE", null, null),
                RowFactory.create("undated.txt", "Hanoi and Manila met.", "last spring", null),
                RowFactory.create("empty.txt", null, null, null));
        String out = dir.resolve("out").toString();

        SparkExtraction.Summary summary = extract(in, out);

        assertThat(summary.documents()).isEqualTo(5);
        assertThat(summary.records()).isEqualTo(2);
        assertThat(summary.errors()).containsExactly(
                "cannot extract 'bad-lima.txt': IllegalStateException: the stub refuses bad-lima.txt",
                "cannot read 'undated.txt': published 'last spring' is not YYYY, YYYY-MM or YYYY-MM-DD",
                "cannot read 'empty.txt': no text");
        assertThat(summary.notes()).containsExactly("'accra.txt': a note on this text");
        assertThat(read(out, "errors")).extracting(r -> r.getString(0))
                .containsExactlyInAnyOrder("bad-lima.txt", "undated.txt", "empty.txt");
        assertThat(read(out, "notes")).extracting(r -> r.getString(0) + " " + r.getInt(1) + " " + r.getString(2))
                .containsExactly("accra.txt 0 a note on this text");
        // The lines extract prints, in the table's order; a document with no published date is dated from its text.
        assertThat(Files.readAllLines(Path.of(out, OutputFolder.JSONL))).containsExactly(
                Json.line(StubExtractor.extract(new Document("ottawa.txt", "Ottawa imposed sanctions on Caracas.",
                        new EventDate("2017-09-22", Precision.DAY))).records().get(0)),
                Json.line(StubExtractor.extract(new Document("accra.txt", "Accra wrote to Abuja. NOTE",
                        EventDate.UNKNOWN)).records().get(0)));
    }

    @Test
    void eachRecordKindHasItsTableWithTheRecordFieldsAsColumns() {
        String in = table(RowFactory.create("ottawa.txt", "Ottawa imposed sanctions on Caracas.", "2017-09", null));
        String out = dir.resolve("out").toString();

        extract(in, out);

        Dataset<Row> relations = spark.read().parquet(out + "/relation");
        assertThat(relations.columns()).containsExactly("doc", "seq", "pair", "attribute", "value", "date", "evidence", "json");
        Row r = relations.first();
        assertThat(r.getList(r.fieldIndex("pair"))).containsExactly("CAN", "VEN");
        assertThat(r.getStruct(r.fieldIndex("date")).getString(0)).isEqualTo("2017-09");
        assertThat(r.getStruct(r.fieldIndex("evidence")).getString(0)).isEqualTo("Ottawa impos");
        assertThat(spark.read().parquet(out + "/event").columns()).containsExactly(
                "doc", "seq", "type", "mode", "source", "target", "date", "modality", "evidence", "json");
        assertThat(spark.read().parquet(out + "/quote").columns()).containsExactly(
                "doc", "seq", "speaker", "verb", "text", "start", "end", "json");
        assertThat(spark.read().parquet(out + "/letter").columns()).containsExactly(
                "doc", "seq", "date", "authors", "recipients", "demands", "references", "json");
        assertThat(spark.read().parquet(out + "/documents").columns()).containsExactly(
                "ord", "id", "text", "published", "title", "url");
        assertThat(read(out, "documents")).extracting(d -> d.getString(1) + " " + d.getString(3))
                .containsExactly("ottawa.txt 2017-09");
    }

    @Test
    void theFunctionIsMadeOncePerJvmWhateverTheTasks() {
        String in = table(RowFactory.create("a.txt", "One.", null, null), RowFactory.create("b.txt", "Two.", null, null),
                RowFactory.create("c.txt", "Three.", null, null));

        extract(in, dir.resolve("out1").toString());
        extract(in, dir.resolve("out2").toString());

        // Local mode: the executor is this JVM, so whatever ran here before, the stub was made once.
        assertThat(StubExtractor.MADE.get()).isEqualTo(1);
    }

    @Test
    void anOutputFolderInUseIsRefused() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        String in = table(RowFactory.create("a.txt", "One.", null, null));

        assertThatThrownBy(() -> extract(in, out.toString())).isInstanceOf(JobInputException.class)
                .hasMessageContaining("exists and is not an empty folder");
        assertThat(out.resolve("keep.txt")).hasContent("mine");
    }

    @Test
    void aTableWithoutTextIsRefusedNamingTheColumn() {
        String path = dir.resolve("notext").toString();
        spark.createDataFrame(List.of(RowFactory.create("a.txt")), new StructType().add("id", DataTypes.StringType))
                .write().parquet(path);

        assertThatThrownBy(() -> DocumentSources.parquet(spark, path, 2)).isInstanceOf(JobInputException.class)
                .hasMessageContaining("has no 'text' column");
        assertThatThrownBy(() -> DocumentSources.parquet(spark, dir.resolve("nothing").toString(), 2))
                .isInstanceOf(JobInputException.class).hasMessageContaining("nothing");
    }
}
