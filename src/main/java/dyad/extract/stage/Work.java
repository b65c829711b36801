package dyad.extract.stage;

import dyad.model.Document;
import java.util.IdentityHashMap;
import java.util.Map;

/** One document on its way through the stages: the document, and what each stage has made of it so far. */
public final class Work {

    private final Document document;
    private final Map<Slot<?>, Object> made = new IdentityHashMap<>();

    public Work(Document document) {
        if (document == null) {
            throw new IllegalArgumentException("a document is required");
        }
        this.document = document;
    }

    public Document document() {
        return document;
    }

    /** What an earlier stage put in {@code slot}; a stage asking for what no one made yet is a wiring fault. */
    @SuppressWarnings("unchecked")
    public <T> T get(Slot<T> slot) {
        if (!made.containsKey(slot)) {
            throw new IllegalStateException("nothing in '" + slot + "' yet");
        }
        return (T) made.get(slot);
    }

    public <T> void put(Slot<T> slot, T value) {
        if (value == null) {
            throw new IllegalArgumentException("'" + slot + "' cannot hold null");
        }
        made.put(slot, value);
    }

    boolean has(Slot<?> slot) {
        return made.containsKey(slot);
    }
}
