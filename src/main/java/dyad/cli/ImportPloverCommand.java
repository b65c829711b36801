package dyad.cli;

import dyad.gdelt.CameoTables;
import dyad.gdelt.ImportReport;
import dyad.plover.PloverImport;
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

@Command(name = "plover", mixinStandardHelpOptions = true,
        description = {"Import PLOVER JSON Lines (as 'dyad export --format plover' writes them) into the store, apart "
                + "from Dyad's own events (origin 'plover', keyed by a hash of each record's id: a re-import adds nothing).",
                "A bad line is skipped and said on stderr with file and line; a summary line ends the run. docs/import.md."})
final class ImportPloverCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "PLOVER JSON Lines files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ImportReport report = new ImportReport(line -> err.println("dyad: " + line));
        try (Repository repository = Stores.open(store.location())) {
            new PloverImport(CameoTables.load()).run(files, repository.imports(), report);
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        err.println("dyad: import plover: " + report.summary());
        err.flush();
        return report.filesFailed() > 0 ? 1 : 0;
    }
}
