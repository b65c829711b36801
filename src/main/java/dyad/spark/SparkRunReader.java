package dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;

import dyad.model.Json;
import dyad.source.DocumentDater;
import dyad.model.Document;
import dyad.model.Record;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the folder a {@code spark extract} run wrote back into documents with their records and
 * notes, in input order: what {@code dyad ingest --parquet} stores. Each record is rebuilt from
 * its {@code json} column, and must write back to the very same line, so that nothing is stored
 * that the run did not extract.
 */
public final class SparkRunReader {

    /** One document of the run, with what extraction made of it. */
    public record Extracted(Document document, List<Record> records, List<String> notes) {
    }

    private final SparkSession spark;

    public SparkRunReader(SparkSession spark) {
        this.spark = spark;
    }

    /**
     * Hands over each document the run extracted; a document the run could not extract (an error
     * row names it) is left out, as {@code ingest} leaves out a file it cannot extract.
     *
     * @return the run's error messages (sources it could not read, documents it could not extract)
     * @throws JobInputException if {@code dir} holds no such run, or a record line does not read back as itself
     */
    public List<String> read(String dir, Consumer<Extracted> sink) {
        Dataset<Row> errors = table(dir, "errors");
        Dataset<Row> documents = table(dir, "documents");
        documents = documents.join(errors, documents.col("id").equalTo(errors.col("doc")), "left_anti");
        Dataset<Row> lines = null;
        for (String kind : ResultRows.RECORD_KINDS) {
            Dataset<Row> t = table(dir, kind).select(col("doc"), col("seq"), col("json").as("line"));
            lines = lines == null ? t : lines.union(t);
        }
        Dataset<Row> records = perDocument(lines, "records");
        Dataset<Row> notes = perDocument(table(dir, "notes").select(col("doc"), col("seq"), col("note").as("line")), "notes");
        Dataset<Row> joined = documents
                .join(records, documents.col("id").equalTo(records.col("doc")), "left").drop("doc")
                .join(notes, documents.col("id").equalTo(notes.col("doc")), "left").drop("doc")
                .orderBy("ord");
        DocumentDater dater = new DocumentDater();
        Iterator<Row> rows = joined.toLocalIterator();
        while (rows.hasNext()) {
            Row row = rows.next();
            Document doc = DocumentRows.document(row, dater);
            sink.accept(new Extracted(doc, lines(row, "records").stream().map(SparkRunReader::record).toList(),
                    lines(row, "notes")));
        }
        return errors.select("message").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    }

    private Dataset<Row> table(String dir, String name) {
        try {
            return spark.read().parquet(dir + "/" + name);
        } catch (Exception e) {
            if (e instanceof org.apache.spark.sql.AnalysisException) {
                throw new JobInputException("--parquet '" + dir + "' holds no '" + name + "' table of a 'dyad spark extract' run", e);
            }
            throw e;
        }
    }

    /** doc, and its lines in order as an array of (seq, line) structs named {@code name}. */
    private static Dataset<Row> perDocument(Dataset<Row> lines, String name) {
        return lines.groupBy("doc").agg(sort_array(collect_list(struct(col("seq"), col("line")))).as(name));
    }

    private static List<String> lines(Row row, String name) {
        int i = row.fieldIndex(name);
        List<String> out = new ArrayList<>();
        if (!row.isNullAt(i)) {
            row.<Row>getList(i).forEach(r -> out.add(r.getString(1)));
        }
        return out;
    }

    static Record record(String line) {
        Record record;
        try {
            record = Json.record(line);
        } catch (IllegalArgumentException e) {
            throw new JobInputException("cannot read a record (" + e.getMessage() + "): " + line, e);
        }
        if (!Json.line(record).equals(line)) {
            throw new JobInputException("a record does not read back as written: " + line);
        }
        return record;
    }
}
