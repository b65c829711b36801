package dyad.accountability;

import dyad.model.Demand;
import java.util.List;

/** A demand with its action classes, its state and the evidence behind the state. */
public record TrackedDemand(Demand demand, List<String> actionClasses, DemandState state, boolean setByHand,
                            List<DemandEvidence> evidence) {
    public TrackedDemand {
        actionClasses = List.copyOf(actionClasses);
        evidence = List.copyOf(evidence);
    }
}
