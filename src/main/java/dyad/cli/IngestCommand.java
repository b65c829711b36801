package dyad.cli;

import dyad.accountability.JdbcDecisionLog;
import dyad.accountability.LetterService;
import dyad.accountability.TrackingConfig;
import dyad.index.IndexKeeper;
import dyad.index.LuceneSearchIndex;
import dyad.index.SearchIndexException;
import dyad.ingest.DocumentDates;
import dyad.store.Ingestion;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.WriteOutcome;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
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

    private final ExtractorSource extractors;
    private final InputStream stdin;

    IngestCommand() {
        this(ExtractorSource.MODELS, System.in);
    }

    IngestCommand(ExtractorSource extractors, InputStream stdin) {
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
        int threads = texts.threads();
        Ingestion.Summary summary = ingestInto(store.location(), texts.paths, texts.dates(), threads,
                spec.commandLine().getErr());
        return summary.failed() > 0 ? 1 : 0;
    }

    /**
     * Ingests {@code paths} into the store at {@code location} and keeps its search index in step;
     * prints progress, one line per failed file and a summary on {@code err}. Also the first step
     * of {@code dyad serve --ingest}.
     *
     * @throws UserError if the store cannot be opened, or its index is in use or refused by the file system
     *                   (a damaged index is cleared and rebuilt from the store)
     */
    Ingestion.Summary ingestInto(StoreLocation location, List<String> paths, DocumentDates dates, int threads,
                                 PrintWriter err) {
        Progress progress = new Progress(err);
        Ingestion.Summary summary;
        try (Repository repo = Stores.open(location);
             IndexKeeper index = IndexKeeper.open(repo, LuceneSearchIndex.folderFor(location), note -> err.println("dyad: " + note))) {
            Set<String> read = new HashSet<>();
            summary = new Ingestion(repo, extractors, threads, stdin).onStored((document, records) -> {
                if (document.info().path() != null) {
                    read.add(document.info().path());
                }
                index.put(document, records);
            }).onRemoved(index::remove)
                    .run(paths, dates, (WriteOutcome outcome) -> progress.documentDone(), problem -> err.println("dyad: " + problem));
            if (summary.added() + summary.replaced() > 0) {
                repo.optimize();
            }
            index.catchUp();
            if (summary.replaced() > 0) {
                reportDecisions(location, repo, read, err);
            }
        } catch (StoreException | SearchIndexException e) {
            throw new UserError(e.getMessage());
        }
        progress.finish(summary.documents());
        TextsOptions.reportUnused(dates, err);
        err.printf(Locale.ROOT, "dyad: ingested into %s: %d added, %d replaced, %d unchanged, %d failed%n",
                location.describe(), summary.added(), summary.replaced(), summary.unchanged(), summary.failed());
        err.flush();
        return summary;
    }

    /**
     * Letter decisions name letters by content hash: on the files this run stored a new version of,
     * they follow their letter to it or need a person. Says which, one line each.
     */
    private static void reportDecisions(StoreLocation location, Repository repo, Set<String> paths, PrintWriter err) {
        if (location.kind() == StoreLocation.Kind.EMBEDDED && location.embeddedFile() == null) {
            return; // an in-memory store keeps no decisions
        }
        try (JdbcDecisionLog log = JdbcDecisionLog.open(location)) {
            LetterService.of(repo, log, TrackingConfig.defaults(), Clock.systemUTC()).followReport(paths)
                    .forEach(line -> err.println("dyad: " + line));
        }
    }
}
