package dyad.web;

import dyad.coverage.DyadCoverage;
import dyad.store.CoverageCounts;
import dyad.store.Repository;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code GET /dyads/{a}/{b}/coverage}: how much a pair is written about, month by month (a chart drawn
 * in the browser from the coverage API), whose side is heard, and who is quoted by country and group.
 */
final class CoveragePage {

    private final Repository repository;
    private final Templates templates;

    CoveragePage(Repository repository, Templates templates) {
        this.repository = repository;
        this.templates = templates;
    }

    void register(RouteTable routes) {
        routes.page("/dyads/{a}/{b}/coverage", this::show);
    }

    private void show(Context ctx) {
        DyadCoverage c = CoverageApi.coverage(repository, ctx);
        String months = (c.from() == null ? "" : "&from=" + c.from()) + (c.to() == null ? "" : "&to=" + c.to());
        String query = months.isEmpty() ? "" : "?" + months.substring(1);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Coverage of " + c.a() + " and " + c.b());
        model.put("a", c.a());
        model.put("b", c.b());
        model.put("coverage", c);
        model.put("near", CoverageCounts.NEAR);
        model.put("api", Links.coverageApi(c.a(), c.b()) + query);
        model.put("csv", Links.coverageApi(c.a(), c.b()) + ".csv" + query);
        model.put("dyadLink", Links.dyad(c.a(), c.b()) + "?either=true");
        templates.page(ctx, "coverage", model);
    }
}
