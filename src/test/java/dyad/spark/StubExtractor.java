package dyad.spark;

import dyad.model.Document;
import dyad.model.Extraction;
import dyad.model.Relation;
import dyad.model.Span;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A stand-in for the models, fast and plain to check: one relation per document whose evidence is
 * its first (up to) 12 characters, dated as the document; a note when the text says NOTE; and a
 * failure for a document whose id starts with "bad".
 */
public final class StubExtractor implements ExtractorFactory {

    private static final long serialVersionUID = 1L;

    /** How many functions this JVM made: once per JVM, however many tasks. */
    public static final AtomicInteger MADE = new AtomicInteger();

    @Override
    public Function<Document, Extraction> create() {
        MADE.incrementAndGet();
        return StubExtractor::extract;
    }

    public static Extraction extract(Document doc) {
        if (doc.id().startsWith("bad")) {
            throw new IllegalStateException("the stub refuses " + doc.id());
        }
        Span evidence = Span.of(doc.text(), 0, Math.min(12, doc.text().length()));
        Relation relation = new Relation(doc.id(), List.of("CAN", "VEN"), Relation.SANCTIONS, "imposed", doc.date(), evidence);
        return new Extraction(List.of(relation), doc.text().contains("NOTE") ? List.of("a note on this text") : List.of());
    }
}
