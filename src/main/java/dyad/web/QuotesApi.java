package dyad.web;

import dyad.store.QuoteFilter;
import dyad.store.Repository;
import io.javalin.http.Context;

/** {@code GET /api/quotes}: quotes, latest document first, by the speaker's country and text. */
final class QuotesApi {

    private final Repository repository;

    QuotesApi(Repository repository) {
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.api("/api/quotes", this::list);
    }

    private void list(Context ctx) {
        Params params = new Params(ctx);
        QuoteFilter filter = filter(params);
        ctx.json(Views.PageView.of(repository.quotes(filter, params.page()), Views.StoredView::of, null));
    }

    static QuoteFilter filter(Params params) {
        return new QuoteFilter(params.country("country"), params.text("q"));
    }
}
