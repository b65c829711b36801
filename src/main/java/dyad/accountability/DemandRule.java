package dyad.accountability;

import dyad.model.PloverType;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One action class of demands (condemn, suspend cooperation, …) and the government acts that meet it.
 *
 * @param namedParty whether the act's target must be named in the demand for full confidence
 */
public record DemandRule(String actionClass, Pattern cue, Set<PloverType> eventTypes, boolean namedParty,
                         double confidence) {

    public DemandRule {
        if (actionClass == null || !actionClass.matches("[a-z][a-z_]*")) {
            throw new IllegalArgumentException("action class must be lowercase words joined by _: '" + actionClass + "'");
        }
        if (cue == null) {
            throw new IllegalArgumentException("action class " + actionClass + " needs a cue");
        }
        eventTypes = Set.copyOf(eventTypes);
        if (eventTypes.isEmpty()) {
            throw new IllegalArgumentException("action class " + actionClass + " needs at least one event type");
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("action class " + actionClass + ": confidence must be in (0, 1], got "
                    + confidence);
        }
    }

    /** Whether a demand with this text asks for this kind of act. */
    public boolean asksFor(String demandText) {
        return cue.matcher(demandText).find();
    }
}
