package dyad.web;

import dyad.model.Record;
import dyad.store.Repository;
import dyad.store.StoredDocument;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        int record = params.integer("record", -1, 0, Math.max(0, records.size() - 1));
        Optional<RecordSpans.RecordSpan> span = record < 0 ? Optional.empty() : RecordSpans.first(spans, record);
        int[] range = record >= 0 ? span.map(s -> new int[] {s.start(), s.end()}).orElse(null) : range(params, text.length());
        Marked marked = range == null ? new Marked(text, null, "", null)
                : new Marked(text.substring(0, range[0]), text.substring(range[0], range[1]), text.substring(range[1]),
                        span.map(RecordSpans.RecordSpan::label).orElse(null));
        Map<String, Object> model = new HashMap<>();
        model.put("title", doc.info().label());
        model.put("info", doc.info());
        model.put("date", doc.info().date().known() ? doc.info().date().value() : "undated");
        model.put("marked", marked);
        model.put("spans", spans);
        templates.page(ctx, "document", model);
    }

    /** Characters {@code ?start=&end=}, or null when neither is given. */
    private static int[] range(Params params, int length) {
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
}
