package dyad.web;

import dyad.store.LetterFilter;
import dyad.store.Repository;
import io.javalin.http.Context;

/** {@code GET /api/letters}: open letters, latest first, with demands and references. */
final class LettersApi {

    private final Repository repository;

    LettersApi(Repository repository) {
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.api("/api/letters", this::list);
    }

    private void list(Context ctx) {
        Params params = new Params(ctx);
        LetterFilter filter = new LetterFilter(params.country("country"));
        ctx.json(Views.PageView.of(repository.letters(filter, params.page()), Views.StoredView::of, null));
    }
}
