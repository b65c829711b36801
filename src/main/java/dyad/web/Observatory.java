package dyad.web;

import dyad.index.SearchIndex;
import dyad.store.Repository;
import dyad.timeline.Timelines;

/**
 * Everything the web server reads: the store, the dyad timelines built from it and the search
 * index. The one place where the server's collaborators meet; {@code dyad serve} builds it in
 * {@link dyad.cli.ServeCommand} and tests build it from fakes.
 */
public record Observatory(Repository repository, Timelines timelines, SearchIndex search) {

    public Observatory {
        if (repository == null || timelines == null || search == null) {
            throw new IllegalArgumentException("the web server needs a repository, timelines and a search index");
        }
    }

    public static Observatory of(Repository repository, Timelines timelines, SearchIndex search) {
        return new Observatory(repository, timelines, search);
    }
}
