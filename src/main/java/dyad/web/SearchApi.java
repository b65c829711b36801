package dyad.web;

import dyad.index.SearchHit;
import dyad.index.SearchIndex;
import dyad.index.SearchQuery;
import dyad.store.PageRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code GET /api/search}: full-text hits with facet counts (kind, type, country, modality, year). */
final class SearchApi {

    private final SearchIndex index;

    SearchApi(SearchIndex index) {
        this.index = index;
    }

    void register(RouteTable routes) {
        routes.liveApi("/api/search", ctx -> {
            SearchQuery query = query(new Params(ctx));
            ctx.json(view(query, index.search(query)));
        });
    }

    record HitView(SearchQuery.Kind kind, String documentHash, String documentName, String recordKey, String title,
                   String snippet, int start, int end, float score, String link) {
        static HitView of(SearchHit h) {
            return new HitView(h.kind(), h.documentHash(), h.documentName(), h.recordKey(), h.title(), h.snippet(),
                    h.start(), h.end(), h.score(), SearchApi.link(h));
        }
    }

    record SearchView(List<HitView> items, int offset, int limit, boolean more, long total,
                      Map<String, Map<String, Long>> facets) {
    }

    static String link(SearchHit h) {
        return h.end() > h.start() ? Links.span(h.documentHash(), h.start(), h.end()) : Links.document(h.documentHash());
    }

    static SearchView view(SearchQuery q, dyad.index.SearchResult r) {
        return new SearchView(r.hits().stream().map(HitView::of).toList(), q.offset(), q.limit(),
                q.offset() + r.hits().size() < r.total(), r.total(), r.facets());
    }

    /** The query of the parameters q, kind, actor, country, type, modality, from, to, offset, limit. */
    static SearchQuery query(Params params) {
        Set<SearchQuery.Kind> kinds = EnumSet.noneOf(SearchQuery.Kind.class);
        String kindList = params.text("kind");
        if (kindList != null) {
            for (String k : kindList.split(",")) {
                try {
                    kinds.add(SearchQuery.Kind.valueOf(k.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw new BadParameter("kind", "unknown kind " + Shown.quoted(k.trim()) + "; one of document, event, quote");
                }
            }
        }
        LocalDate from = params.date("from");
        LocalDate to = params.date("to");
        Params.ordered("from", from, to);
        PageRequest page = params.page();
        return new SearchQuery(params.text("q"), kinds, params.text("actor"), params.country("country"),
                params.types("type"), params.modalities("modality"), from, to, page.offset(), page.limit());
    }
}
