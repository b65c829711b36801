package dyad.cli;

import dyad.index.IndexKeeper;
import dyad.index.LuceneSearchIndex;
import dyad.index.SearchIndexException;
import dyad.pipeline.RunReport;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Rebuild the search index from the store.",
                "The store is the truth; the index (a folder) can always be rebuilt, whatever state it is in "
                        + "(a damaged one is cleared first). Searches see the old index until the new one is complete; "
                        + "a failed rebuild leaves the old one."})
final class IndexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rebuild", required = true, description = "Index every stored document again, replacing the index.")
    boolean rebuild;

    @Mixin
    StoreOption store;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The index folder (default: index/ beside an embedded store, else ./dyad-data/index).")
    Path indexFolder;

    @Override
    public Integer call() {
        StoreLocation location = store.location();
        Path folder = indexFolder != null ? indexFolder : LuceneSearchIndex.folderFor(location);
        PrintWriter err = spec.commandLine().getErr();
        RunReport progress = RunReport.printing(err);
        long documents;
        try (Repository repository = Stores.open(location)) {
            documents = IndexKeeper.rebuild(repository, folder, done -> progress.documentDone(),
                    note -> err.println("dyad: " + note));
        } catch (StoreException | SearchIndexException e) {
            throw new UserError(e.getMessage());
        }
        progress.finish();
        err.printf(Locale.ROOT, "dyad: indexed %d document%s from %s into %s%n", documents, documents == 1 ? "" : "s",
                location.describe(), folder);
        err.flush();
        return 0;
    }
}
