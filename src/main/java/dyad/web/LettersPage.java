package dyad.web;

import dyad.model.Letter;
import dyad.store.LetterFilter;
import dyad.store.Page;
import dyad.store.PageRequest;
import dyad.store.Repository;
import dyad.store.Stored;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/** {@code GET /letters}: open letters with their demands, each demand opening its place in the letter. */
final class LettersPage {

    private final Repository repository;
    private final Templates templates;

    LettersPage(Repository repository, Templates templates) {
        this.repository = repository;
        this.templates = templates;
    }

    void register(RouteTable routes) {
        routes.page("/letters", this::show);
    }

    private void show(Context ctx) {
        Params params = new Params(ctx);
        String country = params.country("country");
        PageRequest page = params.page();
        Page<Stored<Letter>> letters = repository.letters(new LetterFilter(country), page);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Letters");
        model.put("letters", letters.items().stream().map(LetterRows::of).toList());
        model.put("country", country == null ? "" : country);
        model.put("pager", Pager.of(ctx, page, letters.more()));
        templates.page(ctx, "letters", model);
    }
}
