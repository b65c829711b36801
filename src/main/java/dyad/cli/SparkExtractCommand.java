package dyad.cli;

import dyad.source.DocumentDates;
import dyad.model.EventDate;
import dyad.spark.DocumentSources;
import dyad.spark.ExtractorFactory;
import dyad.spark.JobInputException;
import dyad.spark.SparkExtraction;
import dyad.spark.SparkSessions;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract on Spark: one Parquet table per record kind (event, quote, letter, relation), notes, "
                + "errors and documents under --out, and records.jsonl there with the lines 'dyad extract' prints.",
                "A document that cannot be read or extracted is an error row naming it (and a line on stderr); "
                        + "the others go on; the exit code is then 1."})
final class SparkExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (local[N], spark://HOST:PORT, yarn, k8s://…); default: spark-submit's, else "
                    + SparkSessions.DEFAULT_MASTER + ".")
    String master;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder for the tables.")
    String out;

    @Option(names = "--parquet-in", paramLabel = "TABLE",
            description = "A Parquet table of documents (id, text; published, title, url if present) instead of PATHs.")
    String parquetIn;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Tasks the documents are spread over (default: " + DocumentSources.TASKS_PER_CORE + " per core of the cluster).")
    Integer partitions;

    @Option(names = "--doc-date", paramLabel = "DATE", converter = DocDateConverter.class,
            description = "Date the documents were written (YYYY, YYYY-MM or YYYY-MM-DD); default: found in each text.")
    EventDate docDate;

    @Option(names = "--doc-dates", paramLabel = "FILE",
            description = "Dates of listed files, as for 'dyad extract --doc-dates'.")
    Path docDatesFile;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (.txt, .md, .html), or - for stdin.")
    List<String> paths = List.of();

    private final ExtractorFactory extractors;
    private final InputStream stdin;

    SparkExtractCommand(ExtractorFactory extractors, InputStream stdin) {
        this.extractors = extractors;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if ((parquetIn == null) == paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give either PATHs or --parquet-in TABLE");
        }
        if (partitions != null && partitions < 1) {
            throw new ParameterException(spec.commandLine(), "--partitions must be at least 1: " + partitions);
        }
        DocumentDates dates = dates();
        PrintWriter err = spec.commandLine().getErr();
        SparkSession spark = SparkSessions.start(master, "dyad spark extract");
        try {
            int slices = partitions != null ? partitions : DocumentSources.defaultPartitions(spark);
            DocumentSources.Read read = parquetIn != null
                    ? new DocumentSources.Read(DocumentSources.parquet(spark, parquetIn, slices), List.of())
                    : DocumentSources.files(spark, paths, dates, stdin, slices);
            SparkExtraction.Summary summary = new SparkExtraction(spark, extractors).run(read.documents(), read.errors(), out);
            summary.errors().forEach(line -> err.println("dyad: " + line));
            summary.notes().forEach(line -> err.println("dyad: " + line));
            TextsOptions.reportUnused(dates, err);
            err.printf(Locale.ROOT, "dyad: %d documents, %d records, %d errors: tables and %s under %s%n",
                    summary.documents(), summary.records(), summary.errors().size(), "records.jsonl", out);
            err.flush();
            return summary.errors().isEmpty() ? 0 : 1;
        } catch (JobInputException e) {
            throw new UserError(e.getMessage());
        } finally {
            spark.stop();
        }
    }

    private DocumentDates dates() {
        if (docDatesFile == null) {
            return DocumentDates.every(docDate);
        }
        try {
            return DocumentDates.load(docDatesFile, docDate);
        } catch (JobInputException e) {
            throw new ParameterException(spec.commandLine(), "--doc-dates " + e.getMessage());
        }
    }
}
