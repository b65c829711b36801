package dyad.web;

import dyad.model.Event;
import dyad.store.Repository;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /clusters/{id}}: one act and every report telling it — the canonical telling, each
 * telling's evidence sentence linking to its place in its document, and where sources disagree.
 */
final class ClusterPage {

    private final Repository repository;
    private final Templates templates;

    ClusterPage(Repository repository, Templates templates) {
        this.repository = repository;
        this.templates = templates;
    }

    void register(RouteTable routes) {
        routes.page("/clusters/{id}", this::show);
    }

    private void show(Context ctx) {
        ClusterViews.ClusterView c = ClusterViews.of(ClusterViews.find(repository, ctx.pathParam("id")));
        Event e = c.canonical().record();
        Map<String, Object> model = new HashMap<>();
        String source = RecordSpans.name(e.source());
        String target = RecordSpans.name(e.target());
        model.put("title", source + " " + e.type() + " " + target);
        model.put("c", c);
        model.put("canonicalSource", source);
        model.put("canonicalTarget", target);
        model.put("canonicalDate", e.date().known() ? e.date().value() : "undated");
        // conflicts name each telling by its outlet (else its title), linking to it below
        Map<String, String> names = new HashMap<>();
        c.members().forEach(t -> names.put(t.key(), t.publisher() != null ? t.publisher() : t.title()));
        model.put("names", names);
        templates.page(ctx, "cluster", model);
    }
}
