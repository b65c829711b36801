package dyad.web;

import dyad.model.Record;
import dyad.store.DocumentInfo;
import dyad.store.Repository;
import dyad.store.StoredDocument;
import io.javalin.http.Context;
import java.util.List;

/** {@code GET /api/docs}: stored documents; {@code GET /api/docs/{id}}: one document's text, records and their spans. */
final class DocumentsApi {

    private final Repository repository;

    DocumentsApi(Repository repository) {
        this.repository = repository;
    }

    void register(RouteTable routes) {
        routes.api("/api/docs", ctx -> ctx.json(Views.PageView.of(repository.documents(new Params(ctx).page()), d -> d, null)));
        routes.api("/api/docs/{id}", this::one);
    }

    record DocumentView(DocumentInfo info, String text, List<RecordSpans.RecordSpan> spans, List<Record> records) {
    }

    private void one(Context ctx) {
        StoredDocument doc = Documents.find(repository, ctx.pathParam("id"));
        List<Record> records = repository.records(doc.info().hash());
        ctx.json(new DocumentView(doc.info(), doc.text(), RecordSpans.of(doc, records), records));
    }
}
