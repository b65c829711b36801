package dyad.extract.events;

import dyad.extract.actors.Gazetteer;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.nlp.Sentence;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whom a protest that names no target is against. People take to the streets against a
 * government: the one the sentence names besides the protesters ("blocked roads to press their
 * demands on President X's government"), nearest after the act, else before it, a place where it
 * happens ("rioted at a jail in northern Israel") only when no other is named; failing that, the protesters' own ("thousands of Nicaraguans took to the
 * streets"). Not for states: a boycott by a government has no such default.
 */
final class ProtestTargets {


    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "across", "throughout", "outside");

    private final Gazetteer gazetteer;

    ProtestTargets(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Optional<Actor> of(Sentence s, int trigger, List<Mention> mentions, Mention protesters) {
        Actor source = protesters.actor();
        if (source.country() == null || source.role().actsForState()) {
            return Optional.empty();
        }
        List<Mention> governments = mentions.stream()
                .filter(m -> m != protesters && m.actor() != null && m.actor().role() == Role.GOV && m.actor().country() != null)
                .filter(m -> m.last() < protesters.first() || m.first() > protesters.last())
                .toList();
        List<Mention> addressed = governments.stream().filter(m -> !locative(s, m)).toList();
        Optional<Mention> named = nearest(addressed.isEmpty() ? governments : addressed, trigger);
        if (named.isPresent()) {
            return named.map(Mention::actor);
        }
        return Optional.of(gazetteer.government(source.country()));
    }

    /** Nearest after the act, else nearest before it. */
    private static Optional<Mention> nearest(List<Mention> governments, int trigger) {
        return governments.stream().filter(m -> m.first() > trigger).min(Comparator.comparingInt(Mention::first))
                .or(() -> governments.stream().filter(m -> m.last() < trigger).max(Comparator.comparingInt(Mention::first)));
    }

    /** "in Nairobi": where the protest happens, a weaker sign than the government it presses. */
    private static boolean locative(Sentence s, Mention m) {
        return m.first() > 0 && PLACE_PREPOSITIONS.contains(s.token(m.first() - 1).lemma());
    }
}
