package dyad.extract.stage;

import java.util.List;

/**
 * One step of a document's extraction: reads the slots it needs, which earlier stages made, and
 * fills the slots it makes. Built once with the models and lexicons it uses; safe to run on
 * several documents at once (per-document state lives in the {@link Work}, never in the stage).
 */
public abstract class Stage {

    private final String name;
    private final List<Slot<?>> needs;
    private final List<Slot<?>> makes;

    /** @param name what the stage does, as an error message should name it */
    protected Stage(String name, List<Slot<?>> needs, List<Slot<?>> makes) {
        this.name = name;
        this.needs = List.copyOf(needs);
        this.makes = List.copyOf(makes);
    }

    public final String name() {
        return name;
    }

    public final List<Slot<?>> needs() {
        return needs;
    }

    public final List<Slot<?>> makes() {
        return makes;
    }

    public abstract void run(Work work);
}
