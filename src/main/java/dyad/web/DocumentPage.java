package dyad.web;

import dyad.model.Record;
import dyad.store.Repository;
import dyad.store.StoredDocument;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /docs/{id}}: a stored document's text with one piece marked and scrolled to: record
 * {@code ?record=N}'s evidence (its quote, or its first demand), or characters {@code ?start=&end=}.
 * Beside it, every record of the document, each linking to its own mark.
 */
final class DocumentPage {

    private final Repository repository;
    private final Templates templates;

    DocumentPage(Repository repository, Templates templates) {
        this.repository = repository;
        this.templates = templates;
    }

    void register(RouteTable routes) {
        routes.page("/docs/{id}", this::show);
    }

    /** The text cut around the mark; the template escapes each part. */
    record Marked(String before, String mark, String after, String label) {
    }

    private void show(Context ctx) {
        StoredDocument doc = Documents.find(repository, ctx.pathParam("id"));
        List<Record> records = repository.records(doc.info().hash());
        List<RecordSpans.RecordSpan> spans = RecordSpans.of(doc, records);
        Params params = new Params(ctx);
        String text = doc.text();
        int[] range = range(params, spans, text.length(), records.size());
        Marked marked = range == null ? new Marked(text, null, "", null)
                : new Marked(text.substring(0, range[0]), text.substring(range[0], range[1]), text.substring(range[1]),
                        label(spans, params));
        Map<String, Object> model = new HashMap<>();
        model.put("title", doc.info().name());
        model.put("info", doc.info());
        model.put("date", doc.info().date().known() ? doc.info().date().value() : "undated");
        model.put("marked", marked);
        model.put("spans", spans);
        templates.page(ctx, "document", model);
    }

    private static int[] range(Params params, List<RecordSpans.RecordSpan> spans, int length, int records) {
        int n = params.integer("record", -1, 0, Math.max(0, records - 1));
        if (n >= 0) {
            return RecordSpans.first(spans, n).map(s -> new int[] {s.start(), s.end()}).orElse(null);
        }
        int start = params.integer("start", -1, 0, length);
        int end = params.integer("end", -1, 0, length);
        if (start < 0 && end < 0) {
            return null;
        }
        if (start < 0 || end < 0) {
            throw new BadParameter(start < 0 ? "start" : "end", "start and end come together");
        }
        if (end < start) {
            throw new BadParameter("end", "must not be before start " + start + ", got " + end);
        }
        return new int[] {start, end};
    }

    private static String label(List<RecordSpans.RecordSpan> spans, Params params) {
        int n = params.integer("record", -1, 0, Integer.MAX_VALUE);
        return n < 0 ? null : RecordSpans.first(spans, n).map(RecordSpans.RecordSpan::label).orElse(null);
    }
}
