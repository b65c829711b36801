package dyad.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.eval.ClusterEval;
import dyad.eval.ClusterScores;
import dyad.model.Json;
import dyad.pipeline.Extractors;
import dyad.pipeline.Pipeline;
import dyad.pipeline.RunReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score copies and event clusters on a clustering test set (docs/ with catalog.csv, acts.tsv, "
                + "tellings.tsv, copies.tsv): its documents are ingested into a new in-memory store, each stored event "
                + "takes the act of the gold sentence its evidence overlaps (same type), and pairwise and B-cubed "
                + "precision/recall/F1, copies found and false copies are printed.",
                "Targets: B-cubed F1 >= 0.85; copies found >= 0.95 with no false copy."})
final class ClusterEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The test set's folder.")
    Path corpus;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--explain", description = "Also count why tellings of one act were kept apart, by cause, with examples.")
    boolean explain;

    @Option(names = "--threads", description = "Extraction threads (default: ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    private final Extractors extractors;

    ClusterEvalCommand(Extractors extractors) {
        this.extractors = extractors;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClusterEval.Result r = ClusterEval.run(corpus, new Pipeline(extractors, threads, System.in), RunReport.printing(err), explain);
        ClusterScores s = r.scores();
        if (json) {
            ObjectNode node = Json.MAPPER.valueToTree(s);
            node.put("copyRecall", s.copyRecall());
            if (explain) {
                node.set("missed", Json.MAPPER.valueToTree(r.missed().causes()));
            }
            out.println(node.toString());
        } else {
            out.println(s.format());
        }
        if (explain && !json) {
            out.println(r.missed().format());
        }
        out.flush();
        return r.failures() > 0 ? 1 : 0;
    }
}
