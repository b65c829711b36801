package dyad.pipeline;

import dyad.model.Document;
import dyad.model.Extraction;
import dyad.model.Json;
import dyad.model.Record;
import java.io.PrintWriter;
import java.util.function.Consumer;

/** {@code dyad extract}: each record as one line of JSON (shared/spec/records.md), flushed per document. */
public final class JsonLinesSink implements Sink {

    private final Consumer<Record> records;
    private final Runnable flush;

    private JsonLinesSink(Consumer<Record> records, Runnable flush) {
        this.records = records;
        this.flush = flush;
    }

    /** Lines to {@code out}, flushed after each document so a reader downstream sees it whole. */
    public static JsonLinesSink to(PrintWriter out) {
        return new JsonLinesSink(r -> out.println(Json.line(r)), out::flush);
    }

    /** Each record to {@code records} (the scorer's input, say). */
    public static JsonLinesSink each(Consumer<Record> records) {
        return new JsonLinesSink(records, () -> { });
    }

    @Override
    public void accept(Document document, String path, Extraction extraction) {
        extraction.records().forEach(records);
        flush.run();
    }
}
