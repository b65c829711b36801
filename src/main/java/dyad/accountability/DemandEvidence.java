package dyad.accountability;

import dyad.model.Event;

/**
 * A government act linked to a demand as evidence of how it was met; never silent: it carries
 * its confidence and the sentence that states the act ({@code event.evidence()}).
 *
 * @param actionClass the demand class it meets ({@code by_hand} for links made by hand)
 * @param outcome     MET (asserted act), PARTIALLY_MET (announced) or REJECTED (refused)
 * @param accepted    whether it counts towards the demand's state
 */
public record DemandEvidence(String id, RecordRef ref, Event event, String actionClass, DemandState outcome,
                             double confidence, boolean accepted, boolean byHand) {
}
