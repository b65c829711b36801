package dyad.spark;

import dyad.model.Json;
import dyad.source.DocumentDater;
import dyad.pipeline.Pipeline;
import dyad.source.IngestError;
import dyad.model.Document;
import dyad.model.Extraction;
import dyad.model.Record;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Runs on the executors: document rows in, result rows out ({@link ResultRows}), one document at
 * a time. Only the factory is shipped with the task; the function comes from
 * {@link LoadedExtractors}, made once per executor JVM. A document that cannot be read or
 * extracted becomes one error row naming it, as {@code dyad extract} words it on stderr, and
 * the partition goes on; a factory that cannot make the function fails the task (no document
 * is to blame for models that do not load).
 */
final class ExtractPartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final ExtractorFactory factory;

    ExtractPartition(ExtractorFactory factory) {
        this.factory = factory;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
        DocumentDater dater = new DocumentDater();
        // Lazy, so that a partition streams: one document's rows in memory at a time.
        return new Iterator<>() {
            private Function<Document, Extraction> extract;
            private Iterator<Row> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && documents.hasNext()) {
                    Row document = documents.next();
                    if (extract == null) {
                        extract = LoadedExtractors.of(factory);
                    }
                    current = results(document, dater, extract).iterator();
                }
                return current.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    static List<Row> results(Row row, DocumentDater dater, Function<Document, Extraction> extract) {
        long ord = DocumentRows.ord(row);
        Document doc;
        try {
            doc = DocumentRows.document(row, dater);
        } catch (IllegalArgumentException e) {
            String name = DocumentRows.name(row);
            return List.of(ResultRows.error(ord, name, new IngestError(name, e.getMessage()).message()));
        }
        List<Row> out = new ArrayList<>();
        try {
            Extraction extraction = extract.apply(doc);
            List<Record> records = extraction.records();
            for (int i = 0; i < records.size(); i++) {
                out.add(ResultRows.record(ord, doc.id(), records.get(i).kind(), i, Json.line(records.get(i))));
            }
            List<String> notes = extraction.notes();
            for (int i = 0; i < notes.size(); i++) {
                out.add(ResultRows.note(ord, doc.id(), i, notes.get(i)));
            }
        } catch (RuntimeException | StackOverflowError e) {
            // Worded by the pipeline, so that the errors table reads like extract's stderr.
            return List.of(ResultRows.error(ord, doc.id(), Pipeline.cannotExtract(IngestError.shown(doc.id()), e)));
        }
        return out;
    }
}
