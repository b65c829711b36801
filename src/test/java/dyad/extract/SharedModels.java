package dyad.extract;

import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Precision;
import java.util.List;

/**
 * The models, loaded once for the whole test JVM: loading CoreNLP takes seconds, and
 * every extraction test needs the same read-only instance.
 */
public final class SharedModels {
    private static Models models;

    private SharedModels() {
    }

    /** The records of one kind extracted from {@code text} as one document written on {@code day} (YYYY-MM-DD). */
    public static <T> List<T> records(String text, String day, Class<T> kind) {
        Document doc = new Document("t.txt", text, new EventDate(day, Precision.DAY));
        return get().extractor().extract(doc).stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public static synchronized Models get() {
        if (models == null) {
            models = Models.load();
        }
        return models;
    }
}
