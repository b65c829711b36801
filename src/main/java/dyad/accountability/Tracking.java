package dyad.accountability;

import java.time.LocalDate;
import java.util.List;

/** Every tracked letter as of a day (latest first), and the replies that match no tracked letter. */
public record Tracking(LocalDate asOf, List<TrackedLetter> letters, List<UnlinkedReply> unlinkedReplies) {
    public Tracking {
        letters = List.copyOf(letters);
        unlinkedReplies = List.copyOf(unlinkedReplies);
    }
}
