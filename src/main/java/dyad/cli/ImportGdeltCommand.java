package dyad.cli;

import dyad.gdelt.CameoTables;
import dyad.gdelt.GdeltImport;
import dyad.gdelt.ImportReport;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "gdelt", mixinStandardHelpOptions = true,
        description = {"Import GDELT 2.0 events (61 columns), GDELT 1.0 events (57/58) and GDELT 2.0 mentions (16), "
                + "tab-separated, plain or zipped, into the store, apart from Dyad's own events and keyed by "
                + "GLOBALEVENTID (a re-import adds nothing). CAMEO event codes become PLOVER types and modes, actor "
                + "codes countries and roles.",
                "A bad row is skipped and said on stderr with file and line; a summary line ends the run. "
                        + "Exit 1 when a file could not be imported (the others are), 0 otherwise. docs/import.md."})
final class ImportGdeltCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "GDELT files (.csv, .CSV.zip …) or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report = new ImportReport(line -> err.println("dyad: " + line));
        GdeltImport importer = new GdeltImport(CameoTables.load());
        try (Repository repository = Stores.open(store.location())) {
            importer.run(paths, repository.imports(), report);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        err.println("dyad: import gdelt: " + report.summary());
        err.flush();
        return report.filesFailed() > 0 ? 1 : 0;
    }
}
