package dyad.accountability;

import java.time.LocalDate;
import java.util.List;

/**
 * Every tracked letter as of a day (latest first), the replies that match no tracked letter, and
 * the decisions that could not follow their letter (or the record they link) to its file's new
 * version and need a person.
 */
public record Tracking(LocalDate asOf, List<TrackedLetter> letters, List<UnlinkedReply> unlinkedReplies,
                       List<StrandedDecision> stranded) {
    public Tracking {
        letters = List.copyOf(letters);
        unlinkedReplies = List.copyOf(unlinkedReplies);
        stranded = List.copyOf(stranded);
    }

    public Tracking(LocalDate asOf, List<TrackedLetter> letters, List<UnlinkedReply> unlinkedReplies) {
        this(asOf, letters, unlinkedReplies, List.of());
    }

    Tracking withStranded(List<StrandedDecision> decisions) {
        return new Tracking(asOf, letters, unlinkedReplies, decisions);
    }

    /** The stranded decisions whose letter's file now holds the letter {@code id}. */
    public List<StrandedDecision> strandedAt(String id) {
        return stranded.stream().filter(s -> s.candidates().contains(id)).toList();
    }
}
