package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Role;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * States referred to together: the lists a document names ("Brazil, Chile and Mexico"), and what
 * "they", "the four countries", "the two leaders" and "both sides" stand for — a list of that size,
 * the two states of the same sentence, or the document's pair of main states.
 */
final class StateGroups {

    private static final Set<String> PLURAL = Set.of("they", "them", "their", "governments", "countries", "nations",
            "sides", "parties", "neighbours", "neighbors");
    /** States listed together ("Brazil, Chile and Mexico, together with Spain") are this close. */
    private static final int LIST_GAP = 4;
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "the", "as", "well", "together", "with",
            "plus", "along", "nor", "both", "either", "neither");

    private final StateMemory states;
    private final CueOwner owners;
    private List<Actor> lastList = List.of();
    /** Every list of states named so far, the latest first: "the four countries" is the last list of four. */
    private final List<List<Actor>> lists = new ArrayList<>();

    StateGroups(StateMemory states, CueOwner owners) {
        this.states = states;
        this.owners = owners;
    }

    /**
     * The last list of two or more distinct states: names joined only by commas, "and", "or",
     * "as well as" ("Saudi Arabia, the UAE, Bahrain and Egypt have cut ties with Qatar" lists four,
     * not five — Qatar is the object, not in the list).
     */
    void rememberList(List<Mention> mentions, Sentence sentence) {
        List<Actor> best = listIn(mentions, sentence);
        if (best.size() > 1) {
            lastList = List.copyOf(best);
            lists.add(0, lastList);
        }
    }

    /** Pronouns that may stand for a list of their own sentence ("them" is too often someone else). */
    private static final Set<String> LIST_PRONOUNS = Set.of("they", "their");

    /** "Chile, Peru and Bolivia said they …": a plural pronoun after a list of its own sentence stands for that list. */
    List<Actor> listedHere(String cue, List<Mention> sentenceSoFar, Sentence sentence) {
        if (!LIST_PRONOUNS.contains(cue)) {
            return List.of();
        }
        List<Mention> states = sentenceSoFar.stream().filter(m -> m.actor().country() != null).toList();
        // a list joined by "and" or "or", not a venue before its sentence's subject ("In Beijing, Ghana …")
        boolean joined = states.size() > 1 && java.util.stream.IntStream.range(states.get(0).last() + 1, states.get(states.size() - 1).first())
                .mapToObj(t -> sentence.token(t).lemma().toLowerCase(java.util.Locale.ROOT)).anyMatch(w -> w.equals("and") || w.equals("or"));
        return joined ? listIn(sentenceSoFar, sentence) : List.of();
    }

    /** The last run of two or more distinct states among the mentions, or an empty list. */
    private static List<Actor> listIn(List<Mention> mentions, Sentence sentence) {
        List<Actor> run = new ArrayList<>();
        List<Actor> best = List.of();
        int lastToken = Integer.MIN_VALUE;
        for (Mention m : mentions) {
            Actor a = m.actor();
            if (a.country() == null || a.role() != Role.GOV || "pronoun".equals(m.office())) {
                continue;
            }
            if (m.first() - lastToken > LIST_GAP || !onlyGlue(sentence, lastToken + 1, m.first())) {
                run = new ArrayList<>();
            }
            if (run.stream().noneMatch(x -> x.country().equals(a.country()))) {
                run.add(a);
            }
            lastToken = m.last();
            if (run.size() > 1) {
                best = run;
            }
        }
        return best;
    }

    private static boolean onlyGlue(Sentence sentence, int from, int to) {
        for (int t = Math.max(from, 0); t < to; t++) {
            if (!LIST_GLUE.contains(sentence.token(t).lemma().toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "The two leaders", "both sides" after two states named earlier in the same sentence stand for those two
     * ("Morocco's king called Spain's prime minister, and the two leaders agreed …"), not the document's pair.
     */
    List<Actor> pairedHere(String cue, int groupSize, List<Mention> sentenceSoFar) {
        boolean paired = groupSize == 2 || cue.startsWith("the two ") || cue.startsWith("both ");
        if (!paired) {
            return List.of();
        }
        List<Actor> named = new ArrayList<>();
        for (int i = sentenceSoFar.size() - 1; i >= 0 && named.size() < 3; i--) {
            Actor a = sentenceSoFar.get(i).actor();
            if (a.country() != null && a.org() == null && named.stream().noneMatch(x -> x.country().equals(a.country()))) {
                named.add(a);
            }
        }
        return named.size() != 2 ? List.of() : Stream.of(named.get(1), named.get(0))
                .map(a -> owners.government(a.country())).toList();
    }

    /** The states a plural cue stands for: "they" after a list; "the two countries", "both leaders": the pair. */
    List<Actor> several(String cue) {
        String head = cue.substring(cue.lastIndexOf(' ') + 1);
        boolean paired = cue.startsWith("the two ") || cue.startsWith("both ") || cue.startsWith("each ") || cue.contains(" two ");
        if (lastList.size() > 1 && (PLURAL.contains(head) || paired)) {
            return paired && lastList.size() != 2 && states.pair().size() == 2 ? pairActors() : lastList;
        }
        return paired ? pairActors() : List.of();
    }

    /** "the four countries": the last list of four states; "these countries": the last list; else the pair. */
    List<Actor> group(int size) {
        if (size > 0) {
            for (List<Actor> list : lists) {
                if (list.size() == size) {
                    return list;
                }
            }
        }
        if (size == 0 && lastList.size() > 1) {
            return lastList;
        }
        return size == 2 || size == 0 ? pairActors() : List.of();
    }

    private List<Actor> pairActors() {
        return states.pair().stream()
                .map(owners::government).toList();
    }

}
