package dyad.extract.relations;

import dyad.extract.relations.RelationCues.Match;
import dyad.model.Event;
import java.util.List;
import java.util.Optional;

/** Where an event's actor stands among the words of its sentence, and which cue lies nearest it. */
final class CueSearch {

    private CueSearch() {
    }

    /** The word index of the actor's mention (the target's when the actor is implicit), or -1. */
    static int actorPosition(Event e, Words words) {
        Integer at = e.source().start() != null ? e.source().start() : e.target().start();
        return at == null ? -1 : words.indexAt(at);
    }

    /** The match nearest word {@code position}, ties going to the later; the first one when the position is unknown. */
    static Optional<Match> nearest(List<Match> matches, int position) {
        Match best = null;
        for (Match m : matches) {
            if (best == null) {
                best = m;
            } else if (position < 0) {
                best = m.first() < best.first() ? m : best;
            } else {
                int dm = Math.abs(m.first() - position);
                int db = Math.abs(best.first() - position);
                best = dm < db || dm == db && m.first() > best.first() ? m : best;
            }
        }
        return Optional.ofNullable(best);
    }
}
