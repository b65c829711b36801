package dyad.cli;

import dyad.pipeline.Extractors;
import dyad.model.Json;
import com.fasterxml.jackson.databind.JsonNode;
import dyad.eval.Mode;
import dyad.eval.Report;
import dyad.eval.ScoreInputs;
import dyad.eval.Scorer;
import dyad.pipeline.JsonLinesSink;
import dyad.pipeline.Pipeline;
import dyad.source.DocumentDates;
import dyad.model.EventDate;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Scores extraction against gold. A gold or system file that cannot be read, or a malformed gold
 * line, stops the run with one line naming the file (and line) and exit code 2, as score.py does;
 * gold is checked before any text is extracted. Texts that cannot be read are reported and skipped
 * (exit code 1 once the report is printed), as in {@code extract}.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against a gold file (records.md format or a bench items.jsonl): "
                + "P/R/F1 for events, quotes, letters and relations; date and modality accuracy.")
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSONL.")
    Path gold;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--doc-date", paramLabel = "DATE", converter = DocDateConverter.class,
            description = "Date the documents were written (YYYY, YYYY-MM or YYYY-MM-DD).")
    EventDate docDate;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--system", paramLabel = "FILE", description = "Score this extract output instead of extracting.")
        Path system;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Texts to extract and score.")
        List<String> paths;
    }

    private final Extractors extractors;
    private final InputStream stdin;

    EvalCommand(Extractors extractors, InputStream stdin) {
        this.extractors = extractors;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScoreInputs goldInputs = ScoreInputs.read(gold);
        Scorer.checkGold(goldInputs, Mode.AUTO);
        int failures = 0;
        ScoreInputs systemInputs;
        if (input.system != null) {
            systemInputs = ScoreInputs.read(input.system);
        } else {
            List<JsonNode> systemLines = new ArrayList<>();
            Pipeline.Summary o = new Pipeline(extractors, Runtime.getRuntime().availableProcessors(), stdin)
                    .run(input.paths, DocumentDates.every(docDate), JsonLinesSink.each(r -> systemLines.add(Json.MAPPER.valueToTree(r))),
                            dyad.pipeline.RunReport.printing(err));
            failures = o.failures();
            systemInputs = ScoreInputs.of("extract", systemLines);
        }
        Report report = Scorer.score(goldInputs, systemInputs, Mode.AUTO);
        out.println(json ? report.toJson() : report.format());
        out.flush();
        return failures > 0 ? 1 : 0;
    }
}
