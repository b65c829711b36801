package dyad.extract.events;

import dyad.model.PloverType;
import java.util.Set;

/**
 * One lexicon row: a trigger lemma of a part of speech (V, N or A) that codes a PLOVER type
 * and mode, optionally only when one of {@code requires} stands within two dependency hops
 * ("impose" + sanction, "restore" + ties).
 */
public record TriggerRule(PloverType type, String mode, char pos, String trigger, Set<String> requires) {

    public TriggerRule {
        if ("VNA".indexOf(pos) < 0) {
            throw new IllegalArgumentException("trigger part of speech must be V, N or A: " + pos);
        }
        requires = Set.copyOf(requires);
    }

    public boolean fitsTag(String pennTag) {
        return switch (pos) {
            case 'V' -> pennTag.startsWith("VB");
            case 'N' -> pennTag.startsWith("NN");
            default -> pennTag.startsWith("JJ") || pennTag.equals("VBN");
        };
    }
}
