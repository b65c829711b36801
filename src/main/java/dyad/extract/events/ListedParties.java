package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.model.Role;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "A ban on imports from the United States, the EU, Canada and Norway": when the parse breaks a
 * list of states, the ones written after a party and joined to it by commas and a closing "and"
 * are parties too. Without that "and" a comma ends the party ("sanctions on Russia, the EU said"), and so
 * does a subject ("…, and Treasury has designated").
 */
final class ListedParties {

    private static final Set<String> GLUE = Set.of(",", "the");
    private static final Set<String> JOINS = Set.of("and", "or");
    private static final Set<Role> LISTED_ROLES = Set.of(Role.GOV, Role.IGO);

    private ListedParties() {
    }

    static List<Mention> withListed(Sentence s, List<Mention> parties, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(parties);
        for (Mention party : parties) {
            for (Mention listed : listedAfter(s, party, mentions)) {
                if (out.stream().noneMatch(m -> m.first() == listed.first() && m.actor().sameBody(listed.actor()))) {
                    out.add(listed);
                }
            }
        }
        return out;
    }

    private static List<Mention> listedAfter(Sentence s, Mention party, List<Mention> mentions) {
        List<Mention> run = new ArrayList<>();
        boolean joined = false;
        int t = party.last() + 1;
        while (t < s.tokens().size()) {
            String word = s.token(t).word().toLowerCase(Locale.ROOT);
            Optional<Mention> here = t == party.last() + 1 ? Optional.empty() : startingAt(t, mentions);
            if (here.isPresent() && opensClause(s, here.get())) { // "…, and Treasury has designated": a new clause
                break;
            }
            if (here.isPresent()) { // "the EU": a mention may open with the article
                run.add(here.get());
                t = here.get().last() + 1;
                if (joined) {
                    return run;
                }
                continue;
            }
            if (GLUE.contains(word)) {
                t++;
                continue;
            }
            if (JOINS.contains(word)) {
                joined = true;
                t++;
                continue;
            }
            break;
        }
        return List.of();
    }

    private static boolean opensClause(Sentence s, Mention m) {
        for (int t = m.first(); t <= m.last(); t++) {
            dyad.nlp.Arc up = s.head(t);
            if (up != null && up.relation().startsWith("nsubj") && (up.governor() < m.first() || up.governor() > m.last())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Mention> startingAt(int token, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.first() == token && m.actor() != null && LISTED_ROLES.contains(m.actor().role())
                && (m.actor().country() != null || m.actor().org() != null)).findFirst();
    }
}
