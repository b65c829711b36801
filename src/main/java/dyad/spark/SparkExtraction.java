package dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;

import dyad.source.IngestError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code dyad spark extract}: extracts documents on the executors and writes, under one folder,
 * a Parquet table per kind of record ({@code event}, {@code quote}, {@code letter},
 * {@code relation}), the {@code notes} and {@code errors} tables, the {@code documents} table
 * (what {@code dyad ingest --parquet} stores), and {@code records.jsonl}, the lines
 * {@code dyad extract} prints for the same documents, in the same order. Tables and schemas:
 * docs/spark.md.
 *
 * <p>Extraction runs once: its rows are kept (memory, then disk) while the tables are written
 * from them.
 */
public final class SparkExtraction {

    /** What a run wrote: documents, records, and one line per error and per note, in input order. */
    public record Summary(long documents, long records, List<String> errors, List<String> notes) {
    }

    /** Rows per Parquet file of a record table, roughly. */
    private static final long ROWS_PER_FILE = 200_000;

    private static final StructType ERRORS = new StructType()
            .add("doc", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false);

    private final SparkSession spark;
    private final ExtractorFactory factory;

    public SparkExtraction(SparkSession spark, ExtractorFactory factory) {
        if (spark == null || factory == null) {
            throw new IllegalArgumentException("a Spark session and an extractor factory are required");
        }
        this.spark = spark;
        this.factory = factory;
    }

    /**
     * @param documents  rows as {@link DocumentSources} makes them
     * @param readErrors sources that could not be read into documents (they go to the errors table first)
     * @param out        a new or empty folder
     * @throws JobInputException if {@code out} holds anything
     */
    public Summary run(Dataset<Row> documents, List<IngestError> readErrors, String out) {
        OutputFolder folder = OutputFolder.at(spark, out);
        Dataset<Row> results = documents
                .mapPartitions(new ExtractPartition(factory), Encoders.row(ResultRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<String, Long> counts = countsByKind(results); // the one pass that extracts
            List<Runnable> writes = new ArrayList<>();
            writes.add(() -> documents.write().parquet(folder.table("documents")));
            long records = 0;
            for (String kind : ResultRows.RECORD_KINDS) {
                long n = counts.getOrDefault(kind, 0L);
                records += n;
                writes.add(() -> recordTable(results, kind).coalesce(files(n)).write().parquet(folder.table(kind)));
            }
            writes.add(() -> ofKind(results, ResultRows.NOTE).select(col("doc"), col("seq"), col("line").as("note"))
                    .coalesce(1).write().parquet(folder.table("notes")));
            Dataset<Row> errors = errorsTable(readErrors);
            writes.add(() -> errors.union(ofKind(results, ResultRows.ERROR).select(col("doc"), col("line").as("message")))
                    .coalesce(1).write().parquet(folder.table("errors")));
            writes.add(() -> folder.writeJsonl(results.filter(col("kind").isin(ResultRows.RECORD_KINDS.toArray()))
                    .orderBy("ord", "seq").select("line").as(Encoders.STRING()).toLocalIterator()));
            Concurrently.run(writes);
            return summary(documents.count(), records, readErrors, results);
        } finally {
            results.unpersist();
        }
    }

    private static Map<String, Long> countsByKind(Dataset<Row> results) {
        Map<String, Long> counts = new HashMap<>();
        results.groupBy("kind").count().collectAsList().forEach(r -> counts.put(r.getString(0), r.getLong(1)));
        return counts;
    }

    private static int files(long rows) {
        return (int) Math.max(1, (rows + ROWS_PER_FILE - 1) / ROWS_PER_FILE);
    }

    private static Dataset<Row> ofKind(Dataset<Row> results, String kind) {
        return results.filter(col("kind").equalTo(lit(kind)));
    }

    /** doc, seq, the record's fields as columns, and json: the line itself. */
    private static Dataset<Row> recordTable(Dataset<Row> results, String kind) {
        return ofKind(results, kind)
                .select(col("doc"), col("seq"),
                        from_json(col("line"), RecordSchemas.BY_KIND.get(kind), Map.of("mode", "FAILFAST")).as("r"),
                        col("line").as("json"))
                .select(col("doc"), col("seq"), col("r.*"), col("json"));
    }

    private Dataset<Row> errorsTable(List<IngestError> readErrors) {
        List<Row> rows = readErrors.stream().map(e -> RowFactory.create(e.path(), e.message())).toList();
        return spark.createDataFrame(rows, ERRORS);
    }

    private static Summary summary(long documents, long records, List<IngestError> readErrors, Dataset<Row> results) {
        List<String> errors = new ArrayList<>(readErrors.stream().map(IngestError::message).toList());
        List<String> notes = new ArrayList<>();
        results.filter(col("kind").isin(ResultRows.NOTE, ResultRows.ERROR)).orderBy("ord", "seq").collectAsList()
                .forEach(r -> {
                    if (r.getString(2).equals(ResultRows.ERROR)) {
                        errors.add(r.getString(4));
                    } else {
                        notes.add("'" + r.getString(1) + "': " + r.getString(4));
                    }
                });
        return new Summary(documents, records, errors, notes);
    }
}
