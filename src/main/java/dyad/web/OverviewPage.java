package dyad.web;

import dyad.store.EventFilter;
import dyad.store.LetterFilter;
import dyad.store.PageRequest;
import dyad.store.Repository;
import io.javalin.http.Context;
import java.util.Map;

/** {@code GET /}: what the store holds, the latest events and letters, and the most active dyads. */
final class OverviewPage {

    private final Repository repository;
    private final Templates templates;

    OverviewPage(Repository repository, Templates templates) {
        this.repository = repository;
        this.templates = templates;
    }

    void register(RouteTable routes) {
        routes.page("/", this::show);
    }

    private void show(Context ctx) {
        templates.page(ctx, "overview", Map.of(
                "title", "Overview",
                "overview", repository.overview(),
                "events", EventRows.of(repository, repository.events(EventFilter.ALL, PageRequest.first(10)).items()),
                "letters", repository.letters(LetterFilter.ALL, PageRequest.first(5)).items().stream()
                        .map(LetterRows::of).toList()));
    }
}
