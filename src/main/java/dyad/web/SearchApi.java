package dyad.web;

import dyad.index.SearchHit;
import dyad.index.SearchIndex;
import dyad.index.SearchQuery;
import dyad.store.Clusters;
import dyad.store.PageRequest;
import dyad.store.RecordKey;
import dyad.store.Repository;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/search}: full-text hits with facet counts (kind, type, country, modality, year);
 * an event's hit carries its cluster and the sources telling its act, as {@code /api/events} does.
 */
final class SearchApi {

    private final SearchIndex index;
    private final Repository repository;

    SearchApi(SearchIndex index, Repository repository) {
        this.index = index;
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.liveApi("/api/search", ctx -> {
            SearchQuery query = query(new Params(ctx));
            ctx.json(view(repository, query, index.search(query)));
        });
    }

    record HitView(SearchQuery.Kind kind, String documentHash, String documentName, String recordKey, String title,
                   String snippet, int start, int end, float score, String link, Long cluster, Told.SourcesView sources,
                   String clusterLink) {
        static HitView of(SearchHit h, Clusters.Sources c) {
            return new HitView(h.kind(), h.documentHash(), h.documentName(), h.recordKey(), h.title(), h.snippet(),
                    h.start(), h.end(), h.score(), SearchApi.link(h), c == null ? null : c.cluster(), Told.SourcesView.of(c),
                    c == null ? null : Links.cluster(c.cluster()));
        }
    }

    /** An event hit's record key, null for other hits (and for a key the index holds in another form). */
    private static RecordKey eventKey(SearchHit h) {
        if (h.kind() != SearchQuery.Kind.EVENT || h.recordKey() == null) {
            return null;
        }
        try {
            return RecordKey.parse(h.recordKey());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    record SearchView(List<HitView> items, int offset, int limit, boolean more, long total,
                      Map<String, Map<String, Long>> facets) {
    }

    static String link(SearchHit h) {
        return h.end() > h.start() ? Links.span(h.documentHash(), h.start(), h.end()) : Links.document(h.documentHash());
    }

    static SearchView view(Repository repository, SearchQuery q, dyad.index.SearchResult r) {
        Map<RecordKey, Clusters.Sources> clusters = Told.keys(repository,
                r.hits().stream().map(SearchApi::eventKey).filter(k -> k != null).toList());
        List<HitView> hits = r.hits().stream().map(h -> {
            RecordKey k = eventKey(h);
            return HitView.of(h, k == null ? null : clusters.get(k));
        }).toList();
        return new SearchView(hits, q.offset(), q.limit(),
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
