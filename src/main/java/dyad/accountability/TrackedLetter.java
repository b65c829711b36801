package dyad.accountability;

import dyad.model.Actor;
import dyad.model.Letter;
import java.time.LocalDate;
import java.util.List;

/**
 * A letter's standing as of a day.
 *
 * @param id             its id for URLs and the command line: the record key ({@code 12-0}), or for
 *                       an earlier letter known only from a citation, the citing key and position ({@code 12-0r0})
 * @param letter         the letter (for a cited letter: the citing letter's authors, the cited date and recipients)
 * @param sent           its date, null when unknown
 * @param daysWaiting    days from sending to the answer, or to the as-of day while unanswered; null when undated
 * @param daysOverdue    days past the reply window while unanswered (0 when within it); null when answered or undated
 * @param conflicting    whether accepted answers disagree (different kinds, or a "no reply" report after a reply):
 *                       all are listed, none merged
 * @param decisions      the decisions people made about it, oldest first
 */
public record TrackedLetter(String id, LetterRef ref, Letter letter, LocalDate sent, LetterState state, boolean setByHand,
                            int replyWindowDays, Integer daysWaiting, Integer daysOverdue, List<ReplyLink> replies,
                            List<NoReplyClaim> noReplyClaims, boolean conflicting, List<TrackedDemand> demands,
                            List<Decision> decisions) {

    public TrackedLetter {
        replies = List.copyOf(replies);
        noReplyClaims = List.copyOf(noReplyClaims);
        demands = List.copyOf(demands);
        decisions = List.copyOf(decisions);
    }

    public boolean cited() {
        return ref.cited();
    }

    public List<Actor> recipients() {
        return letter.recipients();
    }

    public List<Actor> signatories() {
        return letter.authors();
    }
}
