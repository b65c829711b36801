package dyad.extract.relations;

import dyad.extract.relations.RelationCues.Kind;
import dyad.extract.relations.RelationCues.Match;
import dyad.model.Event;
import dyad.model.Relation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sanctions imposed or eased, or, when the cue nearest the actor says so, reimposed or lifted
 * ("imposed sanctions and threatened to reimpose more" stays imposed). A lift of "some" or a
 * "temporary" lift is an easing; a reimposition or lift just after a threat or modal is not one.
 */
final class SanctionActs {

    /** Words before a reimpose or lift cue that make it a threat or a possibility. */
    private static final int HEDGE_REACH = 3;
    /** Words around a lift cue that make it partial ("lifted some", "temporarily lifted"). */
    private static final int PARTIAL_REACH = 3;

    private final RelationCues cues;

    SanctionActs(RelationCues cues) {
        this.cues = cues;
    }

    Finding imposed(Event e, Words words) {
        return act(e, words, Kind.REIMPOSE, "reimposed", Kind.IMPOSE, "imposed");
    }

    /** Eased or lifted; but a trade privilege withdrawn ("revoked its most-favoured-nation status") is imposed. */
    Finding eased(Event e, Words words) {
        Optional<Match> withdrawn = cues.first(Kind.PRIVILEGE, words);
        if (withdrawn.isPresent()) {
            return new Finding(false, Relation.SANCTIONS, "imposed", withdrawn.get().first());
        }
        return act(e, words, Kind.LIFT, "lifted", Kind.EASE, "eased");
    }

    private Finding act(Event e, Words words, Kind special, String specialValue, Kind plain, String plainValue) {
        List<Match> acts = new ArrayList<>();
        for (Match c : cues.find(special, words)) {
            boolean hedged = cues.anyWithin(Kind.HEDGE, words, c.first() - HEDGE_REACH, c.first() - 1);
            boolean partial = special == Kind.LIFT
                    && cues.anyWithin(Kind.PARTIAL, words, c.first() - PARTIAL_REACH, c.last() + PARTIAL_REACH);
            if (!hedged && !partial) {
                acts.add(c);
            }
        }
        acts.addAll(cues.find(plain, words));
        Optional<Match> act = CueSearch.nearest(acts, CueSearch.actorPosition(e, words));
        if (act.isEmpty()) {
            int anchor = cues.first(Kind.SANCTIONS_WORD, words).map(Match::first).orElse(-1);
            return new Finding(false, Relation.SANCTIONS, plainValue, anchor);
        }
        String value = act.get().kind() == special ? specialValue : plainValue;
        return new Finding(false, Relation.SANCTIONS, value, act.get().first());
    }
}
