package dyad.web;

import dyad.model.Event;
import dyad.model.Record;
import dyad.store.Clusters;
import dyad.store.DocumentInfo;
import dyad.store.RecordKey;
import dyad.store.Repository;
import dyad.store.StoredDocument;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/docs}: stored documents; {@code GET /api/docs/{id}}: one document's text, records
 * and their spans, and for each event (by its place {@code n} among the records) its cluster and
 * the sources telling its act.
 */
final class DocumentsApi {

    private final Repository repository;

    DocumentsApi(Repository repository) {
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.api("/api/docs", ctx -> ctx.json(Views.PageView.of(repository.documents(new Params(ctx).page()), d -> d, null)));
        routes.api("/api/docs/{id}", this::one);
    }

    record DocumentView(DocumentInfo info, String text, List<RecordSpans.RecordSpan> spans, List<Record> records,
                        List<ClusterRef> clusters) {
    }

    /** Event {@code n}'s cluster, its page and the sources telling its act. */
    record ClusterRef(int n, long cluster, Told.SourcesView sources, String clusterLink) {
    }

    private void one(Context ctx) {
        StoredDocument doc = Documents.find(repository, ctx.pathParam("id"));
        List<Record> records = repository.records(doc.info().hash());
        List<RecordKey> events = new ArrayList<>();
        for (int n = 0; n < records.size(); n++) {
            if (records.get(n) instanceof Event) {
                events.add(new RecordKey(doc.info().id(), n));
            }
        }
        Map<RecordKey, Clusters.Sources> of = Told.keys(repository, events);
        List<ClusterRef> clusters = events.stream().filter(of::containsKey).map(k -> {
            Clusters.Sources c = of.get(k);
            return new ClusterRef(k.n(), c.cluster(), Told.SourcesView.of(c), Links.cluster(c.cluster()));
        }).toList();
        ctx.json(new DocumentView(doc.info(), doc.text(), RecordSpans.of(doc, records), records, clusters));
    }
}
