package dyad.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "spark", mixinStandardHelpOptions = true, subcommands = SparkExtractCommand.class,
        description = "Run Dyad on Apache Spark: 'spark extract' extracts a folder of texts or a Parquet table of "
                + "documents into Parquet tables and records.jsonl (docs/spark.md).")
final class SparkCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "name a subcommand: extract");
    }
}
