package dyad.accountability;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision that could not follow what it names to a new version of its file: the letter (or
 * the reply or event it links) is no longer stored, and the file now holds no record that is the
 * same one. Kept and listed until a person settles it, never dropped.
 *
 * @param reason     why it cannot follow, for the user
 * @param candidates ids of the letters the file holds now, where the person is likely to look
 * @param since      the day the file's new version was stored, or null when unknown
 */
public record StrandedDecision(Decision decision, String reason, List<String> candidates, LocalDate since) {

    public StrandedDecision {
        candidates = List.copyOf(candidates);
    }

    /** One line: the decision and why it needs a person. */
    public String describe() {
        Decision d = decision;
        return "decision " + d.id() + " (" + d.action().code() + (d.demand() == null ? "" : " demand " + d.demand())
                + " = " + d.value() + " by " + d.who() + " on " + d.effective() + ": " + d.why() + "): " + reason;
    }
}
