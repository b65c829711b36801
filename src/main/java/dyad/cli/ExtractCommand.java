package dyad.cli;

import dyad.extract.CorpusRunner;
import dyad.ingest.DocumentDates;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract events, quotes, letters and relations as JSON Lines (shared/spec/records.md) to stdout.",
                "A file that cannot be read (missing, empty, binary, not UTF-8, too large) is reported "
                        + "on stderr in one line and skipped; the exit code is then 1."})
final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    TextsOptions texts;

    private final ExtractorSource extractors;
    private final InputStream stdin;

    ExtractCommand(ExtractorSource extractors, InputStream stdin) {
        this.extractors = extractors;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        int threads = texts.threads();
        DocumentDates dates = texts.dates();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err);
        CorpusRunner.Outcome outcome = new CorpusRunner(extractors, threads, stdin).run(texts.paths, dates, records -> {
            records.forEach(r -> out.println(Json.line(r)));
            out.flush();
            progress.documentDone();
        }, problem -> err.println("dyad: " + problem));
        progress.finish(outcome.documents());
        TextsOptions.reportUnused(dates, err);
        return outcome.failures() > 0 ? 1 : 0;
    }
}
