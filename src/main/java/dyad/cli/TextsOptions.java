package dyad.cli;

import dyad.model.EventDate;
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

    @Option(names = "--threads", description = "Documents extracted in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (.txt, .md, .html), or - for stdin.")
    List<String> paths;

    /** Documents extracted in parallel, checked: at least 1. */
    int threads() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
        }
        return threads;
    }
}
