package dyad.web;

import dyad.index.SearchIndex;
import dyad.index.SearchQuery;
import dyad.store.Repository;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /search}: a search box, hits linking to their marked evidence, and facets that narrow the search. */
final class SearchPage {

    private final SearchIndex index;
    private final Repository repository;
    private final Templates templates;

    SearchPage(SearchIndex index, Repository repository, Templates templates) {
        this.index = index;
        this.repository = repository;
        this.templates = templates;
    }

    void register(RouteTable routes) {
        routes.livePage("/search", this::show);
    }

    record FacetValue(String value, long count, String link) {
    }

    record Facet(String name, List<FacetValue> values) {
    }

    /** Facet names and the query parameter each narrows. */
    private static final Map<String, String> PARAMETERS = Map.of("kind", "kind", "type", "type", "country", "country",
            "modality", "modality");

    private void show(Context ctx) {
        Params params = new Params(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("title", "Search");
        String q = params.text("q");
        model.put("q", q == null ? "" : q);
        SearchQuery query = SearchApi.query(params);
        boolean asked = !ctx.queryParamMap().isEmpty();
        SearchApi.SearchView result = asked ? SearchApi.view(repository, query, index.search(query)) : null;
        model.put("result", result);
        model.put("facets", result == null ? List.of() : facets(ctx, result));
        model.put("pager", result == null ? null
                : Pager.of(ctx, new dyad.store.PageRequest(query.offset(), query.limit()), result.more()));
        templates.page(ctx, "search", model);
    }

    private static List<Facet> facets(Context ctx, SearchApi.SearchView result) {
        List<Facet> out = new ArrayList<>();
        result.facets().forEach((name, values) -> {
            List<FacetValue> vs = new ArrayList<>();
            String parameter = PARAMETERS.get(name);
            values.forEach((value, count) -> vs.add(new FacetValue(value, count,
                    parameter == null ? null : narrow(ctx, parameter, value))));
            vs.sort((x, y) -> Long.compare(y.count(), x.count()));
            out.add(new Facet(name, vs));
        });
        out.sort((x, y) -> x.name().compareTo(y.name()));
        return out;
    }

    private static String narrow(Context ctx, String parameter, String value) {
        StringBuilder link = new StringBuilder("/search?");
        ctx.queryParamMap().forEach((k, vs) -> {
            if (!k.equals(parameter) && !k.equals("offset")) {
                vs.forEach(v -> link.append(encode(k)).append('=').append(encode(v)).append('&'));
            }
        });
        return link.append(encode(parameter)).append('=').append(encode(value)).toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
