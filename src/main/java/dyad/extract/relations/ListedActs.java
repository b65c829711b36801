package dyad.extract.relations;

import dyad.extract.relations.RelationCues.Kind;
import dyad.extract.relations.RelationCues.Match;
import dyad.model.Actor;
import dyad.model.EventDate;
import dyad.model.Relation;
import dyad.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Acts on ties, envoys and trade told of lists of states, read from the sentence where the events
 * path may have missed some of them: the states listed just before the act cue act on those listed
 * after its preposition — "Kuwait and Qatar recalled their ambassadors from Tehran" (each a
 * chargé), "Bahrain and Sudan broke off relations with Iran" (none), "a ban on food imports from
 * the United States, the EU and Norway" (sanctions imposed on each state). Kept only for pairs
 * the events of the sentence give no state of that attribute ({@link RelationDeriver}).
 */
final class ListedActs {

    /** Words before a cue within which the acting list ends ("Moscow answered in August with a ban"). */
    private static final int ACTOR_REACH = 6;
    /** Words after a cue within which the list acted on begins. */
    private static final int TARGET_REACH = 6;
    /** Words after a cut or recall cue where the ties or the head of mission are named. */
    private static final int OBJECT_REACH = 4;
    /** Words before a cue where a threat, intention or denial makes it no act. */
    private static final int HEDGE_REACH = 3;
    private static final Set<String> JOINS = Set.of("and", "or", "the", "as", "well");
    /** The actor's own, not a target, right after the cue ("recalled their ambassadors"). */
    private static final Set<String> POSSESSIVES = Set.of("its", "their", "his", "her", "our", "my");
    private static final Set<String> TOWARDS = Set.of("with", "from", "to", "in", "on", "against", "of");

    private record Act(Match cue, String attribute, String value) {
    }

    private final RelationCues cues;
    private final StateDating dating;

    ListedActs(RelationCues cues, StateDating dating) {
        this.cues = cues;
        this.dating = dating;
    }

    List<Relation> read(String doc, Span sentence, List<Actor> actors, StateClock clock) {
        Words words = Words.of(sentence);
        List<Named> named = Named.of(words, actors);
        List<Relation> out = new ArrayList<>();
        for (Act act : acts(words)) {
            Match c = act.cue();
            List<Named> actorsList = listBefore(words, named, c.first());
            List<Named> targets = listAfter(words, named, c);
            if (actorsList.isEmpty() || targets.isEmpty() || hedged(words, c, actorsList.get(0).first())) {
                continue;
            }
            int actorEnd = actorsList.get(actorsList.size() - 1).last();
            boolean present = dating.toldInPresent(words, c.first(), actorEnd + 1) && !dating.pastFrame(words);
            EventDate date = clock.at(words.get(c.first()).start(), present);
            for (Named a : actorsList) {
                for (Named t : targets) {
                    if (a.state() && t.state() && !a.country().equals(t.country())) {
                        out.add(new Relation(doc, List.of(a.country(), t.country()), act.attribute(), act.value(), date, sentence));
                    }
                }
            }
        }
        return out;
    }

    private List<Act> acts(Words words) {
        List<Act> out = new ArrayList<>();
        for (Match m : cues.find(Kind.CUT, words)) {
            if (cues.anyWithin(Kind.DIPLOMATIC_WORD, words, m.last() + 1, m.last() + OBJECT_REACH)
                    && !DiplomaticActs.pastOrPartial(cues, words, m)) {
                out.add(new Act(m, Relation.DIPLOMATIC_LEVEL, "none"));
            }
        }
        for (Match m : cues.find(Kind.RECALL, words)) {
            if (cues.anyWithin(Kind.HEAD, words, m.first(), m.last() + OBJECT_REACH)) {
                out.add(new Act(m, Relation.DIPLOMATIC_LEVEL, "chargé"));
            }
        }
        for (Match m : cues.find(Kind.DOWNGRADE, words)) {
            out.add(new Act(m, Relation.DIPLOMATIC_LEVEL, "chargé"));
        }
        for (Match m : cues.find(Kind.TRADE_MEASURE, words)) {
            out.add(new Act(m, Relation.SANCTIONS, "imposed"));
        }
        return out;
    }

    /** The states listed just before word {@code cue}: the nearest named, then those joined to it. */
    private static List<Named> listBefore(Words words, List<Named> named, int cue) {
        Optional<Named> last = named.stream()
                .filter(n -> n.last() < cue && cue - n.last() <= ACTOR_REACH && !broken(words, n.last() + 1, cue))
                .reduce((a, b) -> b);
        if (last.isEmpty()) {
            return List.of();
        }
        List<Named> out = new ArrayList<>(List.of(last.get()));
        for (int i = named.indexOf(last.get()) - 1; i >= 0; i--) {
            Named n = named.get(i);
            if (n.last() >= out.get(0).first() || !joined(words, n.last() + 1, out.get(0).first() - 1)) {
                break;
            }
            out.add(0, n);
        }
        return out;
    }

    /**
     * The states listed after the cue, from the first one a preposition introduces or that follows
     * the cue at once ("barred Qatari flights"); or the one named inside it ("closed Qatar's border").
     */
    private static List<Named> listAfter(Words words, List<Named> named, Match c) {
        int cue = c.last();
        List<Named> inside = named.stream().filter(n -> n.first() > c.first() && n.last() < c.last()).toList();
        if (!inside.isEmpty()) {
            return inside;
        }
        List<Named> out = new ArrayList<>();
        for (Named n : named) {
            if (n.first() <= cue) {
                continue;
            }
            if (out.isEmpty()) {
                if (n.first() - cue > TARGET_REACH || broken(words, cue + 1, n.first())
                        || !(n.first() == cue + 1 && !POSSESSIVES.contains(words.get(n.first()).folded()))
                        && !introduced(words, n.first())) {
                    continue;
                }
                out.add(n);
            } else if (n.first() > out.get(out.size() - 1).last() && joined(words, out.get(out.size() - 1).last() + 1, n.first() - 1)) {
                out.add(n);
            } else if (n.first() > out.get(out.size() - 1).last()) {
                break;
            }
        }
        return out;
    }

    /** A preposition right before word {@code i}, or before "the" there. */
    private static boolean introduced(Words words, int i) {
        int p = i - 1;
        if (p >= 0 && words.get(p).folded().equals("the")) {
            p--;
        }
        return p >= 0 && TOWARDS.contains(words.get(p).folded());
    }

    private static boolean joined(Words words, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!JOINS.contains(words.get(i).folded()) || words.get(i).breakBefore()) {
                return false;
            }
        }
        return to + 1 >= words.size() || !words.get(to + 1).breakBefore();
    }

    /** A clause break before any word in [from, to]. */
    private static boolean broken(Words words, int from, int to) {
        for (int i = Math.max(from, 0); i <= to && i < words.size(); i++) {
            if (words.get(i).breakBefore()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A threat, intention, demand or denial just before the acting list or the cue ("demanded that
     * Lithuania recall its ambassador"), or an infinitive ("calling on it to suspend relations").
     */
    private boolean hedged(Words words, Match c, int actorsFirst) {
        int from = Math.min(actorsFirst, c.first()) - HEDGE_REACH;
        int to = c.first() - 1;
        return cues.anyWithin(Kind.HEDGE, words, from, to) || cues.anyWithin(Kind.INTENT, words, from, to)
                || cues.anyWithin(Kind.NEGATION, words, from, to)
                || c.first() > 0 && words.get(c.first() - 1).folded().equals("to");
    }
}
