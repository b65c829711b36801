package dyad.extract.stage;

import java.util.List;

/**
 * One step of a document's extraction: reads the slots it needs, which earlier stages made, and
 * fills the slots it makes. Built once with the models and lexicons it uses; safe to run on
 * several documents at once (per-document state lives in the {@link Work}, never in the stage).
 */
public interface Stage {

    /** What the stage does, as an error message should name it. */
    String name();

    List<Slot<?>> needs();

    List<Slot<?>> makes();

    void run(Work work);
}
