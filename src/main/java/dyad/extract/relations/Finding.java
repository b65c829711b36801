package dyad.extract.relations;

/**
 * A state found by a rule: which way the pair runs (reversed: the event's target first), the
 * attribute and value, and the index of the word that states it (-1 when none), which dates it.
 */
record Finding(boolean reversed, String attribute, String value, int anchor) {
}
