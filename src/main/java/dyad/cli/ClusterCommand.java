package dyad.cli;

import dyad.store.Clusters;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.Stores;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "cluster", mixinStandardHelpOptions = true, subcommands = ClusterEvalCommand.class,
        description = {"Recompute every copy link and event cluster of the store (ingest keeps them in step as it "
                + "writes; a bulk load such as 'bench store' leaves them to this): prints documents, events, clusters, "
                + "copies and the time taken.",
                "'cluster eval --corpus DIR' scores clustering on a test set instead. See docs/clusters.md."})
final class ClusterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--rebuild", description = "Cluster every stored document anew.")
    boolean rebuild;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        if (!rebuild) {
            throw new ParameterException(spec.commandLine(), "say what to do: --rebuild, or 'cluster eval --corpus DIR'");
        }
        Clusters.Rebuilt r;
        try (Repository repository = Stores.open(store.location())) {
            r = repository.clusters().rebuild();
        } catch (StoreException e) {
            throw new UserError(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "documents  %,d%nevents     %,d%nclusters   %,d%ncopies     %,d%ntime       %.1f s (%,.0f events/s)%n",
                r.documents(), r.events(), r.clusters(), r.copies(), r.seconds(), r.events() / Math.max(r.seconds(), 1e-9));
        out.flush();
        return 0;
    }
}
