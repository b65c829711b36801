package dyad.cli;

import dyad.pipeline.Extractors;
import dyad.eval.ScoreInputException;
import dyad.spark.ExtractorFactory;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The `dyad` command line: thin commands that parse, call and print.
 *
 * <p>Exit codes: 0 done; 1 some input file could not be read or extracted (each one reported on
 * stderr, the others still processed); 2 the command line is wrong, or an input `eval` cannot go
 * without (as score.py). Problems the user can fix are one line on stderr starting "dyad: ",
 * never a stack trace.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Evidence-backed events, quotes, letters and relation states from diplomatic texts.",
        subcommands = {ExtractCommand.class, EvalCommand.class, BenchCommand.class, IngestCommand.class, ImportCommand.class,
                ServeCommand.class, LettersCommand.class, IndexCommand.class, SearchCommand.class,
                LexiconsCommand.class, TokensCommand.class, SparkCommand.class, ExportCommand.class,
                WatchCommand.class, ClusterCommand.class})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cl = commandLine(Extractors.MODELS, System.in);
        // JSON Lines are UTF-8 whatever the platform's default charset; flushed by the commands.
        cl.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }

    /**
     * The command line, its commands built around {@code extractors} and reading {@code -} from
     * {@code stdin}; they print to the command line's out and err.
     */
    static CommandLine commandLine(Extractors extractors, InputStream stdin) {
        return commandLine(extractors, ExtractorFactory.MODELS, stdin);
    }

    /** As above; {@code spark extract} makes its per-document function on the executors from {@code sparkExtractors}. */
    static CommandLine commandLine(Extractors extractors, ExtractorFactory sparkExtractors, InputStream stdin) {
        return configured(new CommandLine(new Main(), factory(extractors, sparkExtractors, stdin)));
    }

    private static CommandLine.IFactory factory(Extractors extractors, ExtractorFactory sparkExtractors,
                                                InputStream stdin) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == ExtractCommand.class) {
                    return type.cast(new ExtractCommand(extractors, stdin));
                }
                if (type == EvalCommand.class) {
                    return type.cast(new EvalCommand(extractors, stdin));
                }
                if (type == ClusterEvalCommand.class) {
                    return type.cast(new ClusterEvalCommand(extractors));
                }
                if (type == IngestCommand.class) {
                    return type.cast(new IngestCommand(extractors, stdin));
                }
                if (type == WatchCommand.class) {
                    return type.cast(new WatchCommand(extractors, stdin));
                }
                if (type == ServeCommand.class) {
                    return type.cast(new ServeCommand(extractors, stdin));
                }
                if (type == SparkExtractCommand.class) {
                    return type.cast(new SparkExtractCommand(sparkExtractors, stdin));
                }
                return defaults.create(type);
            }
        };
    }

    /** One-line errors and their exit codes, for {@code cl} (also the spark-submit entry point, {@link SparkMain}). */
    static CommandLine configured(CommandLine cl) {
        cl.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("dyad: " + oneLine(e.getMessage())
                    + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            return cmd.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserError || e instanceof ScoreInputException) {
                cmd.getErr().println("dyad: " + oneLine(e.getMessage()));
                return 2;
            }
            throw e; // a bug: the stack trace is what its report needs
        });
        return cl;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** No command: the usage, and a usage error's exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return spec.exitCodeOnInvalidInput();
    }
}
