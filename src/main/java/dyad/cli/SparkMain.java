package dyad.cli;

import dyad.spark.ExtractorFactory;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The main class of {@code target/dyad-spark.jar}, for {@code spark-submit}: the {@code dyad}
 * command line with only its {@code spark} commands, whose classes that jar holds (the store,
 * the web server and the search index stay out of it). Arguments as for {@code bin/dyad}:
 * {@code spark extract --out DIR PATH…}.
 */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0", subcommands = SparkCommand.class,
        description = "Dyad's Spark jobs (docs/spark.md).")
public final class SparkMain implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The exit code of a run whose job failed (Spark, not a document: documents are error rows). */
    static final int JOB_FAILED = 3;

    public static void main(String[] args) {
        CommandLine cl = Main.configured(new CommandLine(new SparkMain(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == SparkExtractCommand.class
                        ? type.cast(new SparkExtractCommand(ExtractorFactory.MODELS, System.in))
                        : CommandLine.defaultFactory().create(type);
            }
        }));
        CommandLine.IExecutionExceptionHandler oneLine = cl.getExecutionExceptionHandler();
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            try {
                return oneLine.handleExecutionException(e, cmd, parsed);
            } catch (Exception failed) {
                failed.printStackTrace(cmd.getErr());
                return JOB_FAILED;
            }
        });
        cl.setOut(new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = cl.execute(args);
        cl.getOut().flush();
        cl.getErr().flush();
        // Exit 1 (some documents are error rows) is a finished job: a cluster manager told of a failure would
        // run the whole application again. A command line that could not run (2), or a job that failed (3), fail it.
        if (code > 1) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: spark extract");
    }
}
