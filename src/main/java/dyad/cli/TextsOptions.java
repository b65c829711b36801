package dyad.cli;

import dyad.source.DocumentDates;
import dyad.model.EventDate;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The texts to read and how: for {@code extract} and {@code ingest} (a picocli mixin). */
final class TextsOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--doc-date", paramLabel = "DATE", converter = DocDateConverter.class,
            description = "Date the documents were written (YYYY, YYYY-MM or YYYY-MM-DD); default: found in each text.")
    EventDate docDate;

    @Option(names = "--doc-dates", paramLabel = "FILE",
            description = "Dates of listed files: per line a path (relative to FILE's folder), a tab and a date as for "
                    + "--doc-date; they win over --doc-date and over the dates found in the texts.")
    Path docDatesFile;

    @Option(names = "--threads", description = "Documents extracted in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (.txt, .md, .html), or - for stdin.")
    List<String> paths;

    /** The dates given on the command line; a bad list is a usage error naming its file and line. */
    DocumentDates dates() {
        if (docDatesFile == null) {
            return DocumentDates.every(docDate);
        }
        try {
            return DocumentDates.load(docDatesFile, docDate);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--doc-dates " + e.getMessage());
        }
    }

    /** Says on stderr which listed files were not among the documents read (a typo in the list, most likely). */
    static void reportUnused(DocumentDates dates, PrintWriter err) {
        dates.unused().forEach(line -> err.println("dyad: --doc-dates " + line));
    }

    /** Documents extracted in parallel, checked: at least 1. */
    int threads() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        return threads;
    }
}
