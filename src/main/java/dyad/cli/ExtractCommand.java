package dyad.cli;

import dyad.extract.CorpusRunner;
import dyad.extract.Models;
import dyad.ingest.DocumentDater;
import dyad.model.EventDate;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract events, quotes, letters and relations as JSON Lines (shared/spec/records.md) to stdout.")
final class ExtractCommand implements Callable<Integer> {

    @Option(names = "--doc-date", paramLabel = "DATE",
            description = "Date the documents were written (YYYY, YYYY-MM or YYYY-MM-DD); default: found in each text.")
    String docDate;

    @Option(names = "--threads", description = "Documents extracted in parallel (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (.txt, .md, .html), or - for stdin.")
    List<String> paths;

    @Override
    public Integer call() {
        EventDate date = docDate == null ? null : DocumentDater.parseUserDate(docDate);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
        Progress progress = new Progress();
        CorpusRunner.Outcome outcome = new CorpusRunner(Models.load().extractor(), threads).run(paths, date, records -> {
            records.forEach(r -> out.println(Json.line(r)));
            out.flush();
            progress.documentDone();
        }, System.err::println);
        progress.finish(outcome.documents());
        return outcome.failures() > 0 ? 1 : 0;
    }
}
