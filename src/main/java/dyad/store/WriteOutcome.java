package dyad.store;

/** What writing one document did. */
public enum WriteOutcome {
    /** A new text: the document and its records were stored. */
    ADDED,
    /** A new text at a path that held another one: the old document and its records were removed. */
    REPLACED,
    /** The text was already stored: nothing but the path link changed; the given records were ignored. */
    UNCHANGED
}
