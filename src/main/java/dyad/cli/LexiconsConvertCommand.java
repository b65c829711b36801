package dyad.cli;

import dyad.lexicon.LexiconConverter;
import dyad.lexicon.SourceException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert the PETRARCH2 dictionaries (CAMEO verbs, Phoenix actors and agents) into Dyad's TSV "
                + "lexicons: triggers.tsv, places.tsv, people.tsv, organizations.tsv, agents.tsv.",
                "Prints the rows written and what was left out; warnings (skipped source lines) go to stderr. "
                        + "A source line that cannot be read stops it with the file and line (exit 2)."})
final class LexiconsConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "../shared/lexicon-sources/petrarch2",
            description = "The PETRARCH2 dictionaries (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--cameo2plover", paramLabel = "FILE", defaultValue = "../shared/bench/cameo2plover.tsv",
            description = "CAMEO -> PLOVER table; cameo_country_codes.tsv is read beside it (default: ${DEFAULT-VALUE}).")
    Path cameo2plover;

    @Option(names = "--to", paramLabel = "DIR", defaultValue = "src/main/resources/dyad/lexicon/petrarch2",
            description = "Where the converted files go (default: ${DEFAULT-VALUE}).")
    Path to;

    @Override
    public Integer call() {
        if (!Files.isDirectory(from)) {
            throw new UserError("cannot read '" + from + "': not a folder");
        }
        if (!Files.isRegularFile(cameo2plover)) {
            throw new UserError("cannot read '" + cameo2plover + "': no such file");
        }
        LexiconConverter.Report report;
        try {
            report = LexiconConverter.convert(from, cameo2plover, to);
        } catch (SourceException | UncheckedIOException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        report.warnings().forEach(w -> err.println("dyad: warning: " + w));
        report.rows().forEach((file, n) -> out.printf("wrote %s: %,d rows%n", to.resolve(file), n));
        report.dropped().forEach((why, n) -> out.printf("left out %,d: %s%n", n, why));
        out.flush();
        return 0;
    }
}
