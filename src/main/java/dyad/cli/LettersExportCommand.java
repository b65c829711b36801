package dyad.cli;

import dyad.accountability.LetterQuery;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Print every tracked letter as CSV: id, sent, state, recipients, signatories, days, answers, demands.")
final class LettersExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LetterDesk desk;

    @Option(names = "--csv", required = true, description = "CSV (the only format so far).")
    boolean csv;

    @Mixin
    AsOfOption asOf;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (LetterDesk.Open open = desk.open()) {
            open.service().exportCsv(new LetterQuery(null, Set.of(), null), asOf.day, out);
        }
        out.flush();
        return 0;
    }
}
