package dyad.extract;

/**
 * The models, loaded once for the whole test JVM: loading CoreNLP takes seconds, and
 * every extraction test needs the same read-only instance.
 */
public final class SharedModels {
    private static Models models;

    private SharedModels() {
    }

    public static synchronized Models get() {
        if (models == null) {
            models = Models.load();
        }
        return models;
    }
}
