package dyad.cli;

import dyad.index.SearchIndexException;
import dyad.pipeline.Extractors;
import dyad.pipeline.Pipeline;
import dyad.pipeline.RunReport;
import dyad.pipeline.StoreIngest;
import dyad.source.DocumentDates;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, modelTransformer = IngestCommand.PathsOrParquet.class,
        description = {"Extract texts into the store: each document with its records in one transaction.",
                "Texts already stored (same SHA-256) are skipped before extraction; a file whose text changed "
                        + "replaces its old records. Safe to interrupt and run again."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    TextsOptions texts;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Store what a 'dyad spark extract' run wrote under DIR (no PATHs, no extraction).")
    String parquet;

    /** With --parquet, no PATH: the paths the mixin requires become optional, and call() asks for them itself. */
    static final class PathsOrParquet implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            PositionalParamSpec paths = spec.positionalParameters().get(0);
            spec.remove(paths);
            spec.add(paths.toBuilder().arity("0..*").required(false).build());
            return spec;
        }
    }

    private final Extractors extractors;
    private final InputStream stdin;

    IngestCommand() {
        this(Extractors.MODELS, System.in);
    }

    IngestCommand(Extractors extractors, InputStream stdin) {
        this.extractors = extractors;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (parquet != null) {
            if (texts.paths != null && !texts.paths.isEmpty()) {
                throw new ParameterException(spec.commandLine(), "give either PATHs or --parquet DIR");
            }
            return ParquetIngest.run(store.location(), parquet, spec.commandLine().getErr());
        }
        if (texts.paths == null || texts.paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'PATH'");
        }
        DocumentDates dates = texts.dates();
        PrintWriter err = spec.commandLine().getErr();
        StoreIngest.Summary summary = ingest(store.location(), texts.paths, dates, new Pipeline(extractors, texts.threads(), stdin), err);
        TextsOptions.reportUnused(dates, err);
        return summary.failed() > 0 ? 1 : 0;
    }

    /** The store and index errors a user can act on, as their one line. */
    static StoreIngest.Summary ingest(StoreLocation location, List<String> paths, DocumentDates dates, Pipeline pipeline,
                                      PrintWriter err) {
        try {
            return StoreIngest.into(location, paths, dates, pipeline, RunReport.printing(err));
        } catch (StoreException | SearchIndexException e) {
            throw new UserError(e.getMessage());
        }
    }
}
