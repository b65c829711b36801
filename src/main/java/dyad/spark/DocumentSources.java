package dyad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import dyad.source.DocumentDater;
import dyad.source.DocumentDates;
import dyad.source.IngestError;
import dyad.source.SourceReader;
import dyad.source.TextDecoder;
import dyad.model.Document;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;

/**
 * Where the job's documents come from, as rows of {@link DocumentRows#SCHEMA} spread over
 * {@code partitions} partitions (a partition is a task: more of them than cores keeps every
 * core busy while documents differ in length).
 */
public final class DocumentSources {

    /** The documents, and the sources that could not be read. */
    public record Read(Dataset<Row> documents, List<IngestError> errors) {
    }

    /**
     * Tasks per core when none are asked for. Many small tasks, because a document costs about
     * 0.2 s where a task costs milliseconds: the last tasks of a run leave cores idle for at most
     * a few documents' time, whatever the documents' lengths.
     */
    public static final int TASKS_PER_CORE = 16;

    private DocumentSources() {
    }

    /** {@link #TASKS_PER_CORE} per core of the session's cluster. */
    public static int defaultPartitions(SparkSession spark) {
        return TASKS_PER_CORE * spark.sparkContext().defaultParallelism();
    }

    /**
     * Files and folders read on the driver exactly as {@code dyad extract} reads them (the same
     * readers, {@code catalog.csv} dates, {@code --doc-date(s)}, limits and document ids), then
     * handed to the executors. For corpora larger than the driver's memory, use a Parquet table.
     */
    public static Read files(SparkSession spark, List<String> paths, DocumentDates dates, InputStream stdin,
                             int partitions) {
        List<Row> rows = new ArrayList<>();
        List<IngestError> errors = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        new SourceReader(new TextDecoder(), new DocumentDater(), dates, stdin).read(paths, docs::add, errors::add);
        return new Read(of(spark, docs, partitions), List.copyOf(errors));
    }

    /** Documents made on the driver, in this order. */
    public static Dataset<Row> of(SparkSession spark, List<Document> docs, int partitions) {
        List<Row> rows = new ArrayList<>();
        docs.forEach(doc -> rows.add(DocumentRows.row(rows.size(), doc)));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int slices = Math.max(1, Math.min(rows.size(), partitions));
        return spark.createDataFrame(jsc.parallelize(rows, slices), DocumentRows.SCHEMA);
    }

    /**
     * A Parquet table of documents: {@code id} and {@code text} (strings) are required;
     * {@code published} (a YYYY, YYYY-MM or YYYY-MM-DD string, or a date), {@code title} and
     * {@code url} are kept when present. Documents keep the table's order.
     *
     * @throws JobInputException if the table cannot be read, or a required column is missing or not a string
     */
    public static Dataset<Row> parquet(SparkSession spark, String table, int partitions) {
        Dataset<Row> in;
        try {
            in = spark.read().parquet(table);
        } catch (Exception e) {
            if (e instanceof AnalysisException) { // no such path, or no Parquet there
                throw new JobInputException("--parquet-in '" + table + "': " + e.getMessage(), e);
            }
            throw e;
        }
        List<String> columns = Arrays.asList(in.columns());
        for (String required : List.of("id", "text")) {
            if (!columns.contains(required)) {
                throw new JobInputException("--parquet-in '" + table + "' has no '" + required + "' column (it has "
                        + String.join(", ", columns) + ")");
            }
            if (!type(in, required).equals(DataTypes.StringType)) {
                throw new JobInputException("--parquet-in '" + table + "': column '" + required + "' is "
                        + type(in, required).simpleString() + ", not a string");
            }
        }
        // The order is taken before the rows are spread out, so that records.jsonl follows the table.
        return in.select(monotonically_increasing_id().as("ord"), col("id"), col("text"),
                        published(in, columns), optional(columns, "title"), optional(columns, "url"))
                .repartition(partitions);
    }

    private static DataType type(Dataset<Row> in, String column) {
        return in.schema().apply(column).dataType();
    }

    private static Column published(Dataset<Row> in, List<String> columns) {
        if (!columns.contains("published")) {
            return lit(null).cast(DataTypes.StringType).as("published");
        }
        DataType type = type(in, "published");
        Column c = type.equals(DataTypes.DateType) || type.equals(DataTypes.TimestampType)
                ? date_format(col("published"), "yyyy-MM-dd") : col("published").cast(DataTypes.StringType);
        return c.as("published");
    }

    private static Column optional(List<String> columns, String name) {
        return (columns.contains(name) ? col(name).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType)).as(name);
    }
}
