package dyad.cli;

import dyad.pipeline.Extractors;
import dyad.model.Json;
import dyad.pipeline.JsonLinesSink;
import dyad.pipeline.Pipeline;
import dyad.pipeline.RunReport;
import dyad.source.DocumentDates;
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

    private final Extractors extractors;
    private final InputStream stdin;

    ExtractCommand(Extractors extractors, InputStream stdin) {
        this.extractors = extractors;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        DocumentDates dates = texts.dates();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline.Summary summary = new Pipeline(extractors, texts.threads(), stdin)
                .run(texts.paths, dates, JsonLinesSink.to(spec.commandLine().getOut()), RunReport.printing(err));
        TextsOptions.reportUnused(dates, err);
        return summary.failures() > 0 ? 1 : 0;
    }
}
