package dyad.spark;

import dyad.model.Document;
import dyad.model.Extraction;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * The per-document functions made in this JVM, one per factory class. Static because a Spark
 * executor gives a task nothing that outlives it: this class, loaded once per executor JVM, is
 * the only place where the models (seconds to load, a gigabyte of heap) can be kept between the
 * tasks that share it. The first task to ask loads them; the executor's other tasks wait for
 * that load instead of starting their own.
 */
public final class LoadedExtractors {

    private static final ConcurrentMap<Class<?>, Function<Document, Extraction>> LOADED = new ConcurrentHashMap<>();

    private LoadedExtractors() {
    }

    /** The function this JVM's tasks use (made now if none has asked yet); also a benchmark's baseline. */
    public static Function<Document, Extraction> of(ExtractorFactory factory) {
        return LOADED.computeIfAbsent(factory.getClass(), type -> factory.create());
    }
}
