package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Role;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The other state a sentence names as a party, for an act of that sentence that names no target
 * ("Vietnam accused China of …, and Hanoi demanded compensation": China). Only states told as
 * parties count: not a venue ("talks in Beijing"), an adjective ("Ukrainian ports"), one of the
 * doers' own list ("Canada, Britain and the EU imposed …"), an alternative ("rather than Oman") or a
 * pronoun ("we coordinate with Canada, which imposed sanctions").
 */
final class NamedBeside {

    private static final Set<String> VENUE_CASES = Set.of("in", "at", "than", "like", "including", "via", "through");

    private NamedBeside() {
    }

    static Optional<Actor> otherState(Sentence s, int trigger, List<Mention> mentions, List<Mention> doers) {
        return mentions.stream()
                .filter(m -> m.actor().country() != null && m.actor().role() == Role.GOV && m.resolved())
                .filter(m -> doers.stream().noneMatch(d -> overlaps(d, m) || m.actor().country().equals(d.actor().country())))
                .filter(m -> toldAsParty(s, m, doers))
                .min(Comparator.comparingInt(m -> Math.abs(m.first() - trigger)))
                .map(m -> m.actor().implicit());
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }

    private static boolean toldAsParty(Sentence s, Mention m, List<Mention> doers) {
        int head = headOf(s, m);
        Arc up = s.head(head);
        if (up != null && (up.relation().equals("amod") || up.relation().startsWith("compound"))
                || s.token(head).pos().startsWith("PRP")) {
            return false;
        }
        if (s.children(head).stream().anyMatch(a -> a.relation().equals("case")
                && VENUE_CASES.contains(s.token(a.dependent()).word().toLowerCase(java.util.Locale.ROOT)))) {
            return false;
        }
        return up == null || !up.relation().equals("conj") && !up.relation().equals("appos")
                || doers.stream().noneMatch(d -> d.first() <= up.governor() && up.governor() <= d.last());
    }

    private static int headOf(Sentence s, Mention m) {
        for (int i = m.last(); i >= m.first(); i--) {
            Arc up = s.head(i);
            if (up == null || up.governor() < m.first() || up.governor() > m.last()) {
                return i;
            }
        }
        return m.last();
    }
}
