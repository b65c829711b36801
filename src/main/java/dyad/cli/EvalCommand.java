package dyad.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.eval.Mode;
import dyad.eval.Report;
import dyad.eval.ScoreInputs;
import dyad.eval.Scorer;
import dyad.extract.CorpusRunner;
import dyad.extract.Models;
import dyad.ingest.DocumentDater;
import dyad.model.EventDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction against a gold file (records.md format or a bench items.jsonl): "
                + "P/R/F1 for events, quotes, letters and relations; date and modality accuracy.")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold JSONL.")
    Path gold;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--doc-date", paramLabel = "DATE", description = "Date the documents were written.")
    String docDate;

    @ArgGroup(multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--system", paramLabel = "FILE", description = "Score this extract output instead of extracting.")
        Path system;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Texts to extract and score.")
        List<String> paths;
    }

    @Override
    public Integer call() {
        ScoreInputs goldInputs = ScoreInputs.read(gold);
        List<JsonNode> systemLines = new ArrayList<>();
        int failures = 0;
        ScoreInputs systemInputs;
        if (input.system != null) {
            systemInputs = ScoreInputs.read(input.system);
        } else {
            EventDate date = docDate == null ? null : DocumentDater.parseUserDate(docDate);
            CorpusRunner.Outcome o = new CorpusRunner(Models.load().extractor(), Runtime.getRuntime().availableProcessors())
                    .run(input.paths, date, records -> records.forEach(r -> systemLines.add(Json.MAPPER.valueToTree(r))),
                            System.err::println);
            failures = o.failures();
            systemInputs = ScoreInputs.of("extract", systemLines);
        }
        Report report = Scorer.score(goldInputs, systemInputs, Mode.AUTO);
        System.out.println(json ? report.toJson() : report.format());
        return failures > 0 ? 1 : 0;
    }
}
