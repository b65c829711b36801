package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Agents named in "by" phrases where the parse does not hang them on the act: a participle
 * read as a clause whose subject is the act ("the veto cast by X", "the support extended by
 * X to Y"), a participle whose subject is what it acts on ("most of them shot by police"),
 * a "by" phrase the parser tied to a date ("signed that May by A, B and C") and lists the
 * parse broke ("signed by A, President B and President C").
 */
final class ByAgents {

    /** How far after a participle its "by" may stand, in tokens. */
    private static final int REACH = 10;
    private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", "—", "–", "(", ")", "\"", "“", "”");

    private ByAgents() {
    }

    /**
     * Whether a "by" phrase names the agent of this trigger: on a noun or a participle, or on a
     * past form without a subject ("sanctions imposed by X" tagged as a past tense); a "by"
     * phrase on an active verb belongs to a noun the parser lost ("recognise a ruling by a court").
     */
    static boolean agentOf(Sentence s, int trigger, Arc a) {
        if (!Phrases.byPhrase(s, a)) {
            return false;
        }
        String pos = s.token(trigger).pos();
        return s.token(trigger).isNoun() || pos.equals("VBN")
                || pos.equals("VBD") && s.children(trigger).stream().noneMatch(c -> c.relation().startsWith("nsubj"));
    }

    /** A participle with no auxiliary: "shot by police", "the veto cast by X" (read as a clause). */
    static boolean bareParticiple(Sentence s, int verb) {
        return s.token(verb).pos().equals("VBN")
                && s.children(verb).stream().noneMatch(a -> a.relation().startsWith("aux"));
    }

    /** The agents in the participle's own "by" phrases ("by the Chilean side": its owner). */
    static List<Mention> under(Sentence s, int verb, List<Mention> mentions, TriggerLexicon lexicon) {
        List<Mention> out = new ArrayList<>();
        for (Arc a : s.children(verb)) {
            if (Phrases.byPhrase(s, a)) {
                out.addAll(Phrases.agentsOrOwner(s, a.dependent(), mentions, lexicon));
            }
        }
        return out;
    }

    /**
     * "the veto cast by X", "the support extended by X": the participle the parser made the
     * noun's clause, when the noun is its subject and it has no auxiliary; else -1. A participle
     * that is an act of its own ("truces brokered by X") keeps its agent.
     */
    static int participleOver(Sentence s, int noun, Set<Integer> triggers) {
        Arc head = s.head(noun);
        if (head == null || !s.token(noun).isNoun() || !head.relation().startsWith("nsubj")
                || !bareParticiple(s, head.governor()) || triggers.contains(head.governor())) {
            return -1;
        }
        return head.governor();
    }

    /**
     * "opposed a draft put forward by X", "condemned the attack carried out by X": the author a
     * participle names for the thing acted on, aimed at by the act (unless the participle is
     * the act itself: "citizens abducted by X").
     */
    static List<Mention> authorOf(Sentence s, int thing, int trigger, List<Mention> mentions, TriggerLexicon lexicon) {
        return authorOf(s, thing, trigger, mentions, lexicon, 0);
    }

    /** Down the thing's "of"/"on" phrases too: "a draft on the protection of civilians put forward by X". */
    private static List<Mention> authorOf(Sentence s, int thing, int trigger, List<Mention> mentions, TriggerLexicon lexicon,
                                          int depth) {
        List<Mention> out = new ArrayList<>();
        if (!s.token(thing).isNoun()) {
            return out;
        }
        for (Arc a : s.children(thing)) {
            if (a.relation().equals("acl") && a.dependent() != trigger && bareParticiple(s, a.dependent())) {
                out.addAll(under(s, a.dependent(), mentions, lexicon));
            }
        }
        for (Arc a : s.children(thing)) {
            if (out.isEmpty() && depth < 2 && a.baseRelation().equals("nmod") && Phrases.covering(a.dependent(), mentions).isEmpty()
                    && Set.of("of", "on").contains(Phrases.preposition(s, a.dependent()))) {
                out.addAll(authorOf(s, a.dependent(), trigger, mentions, lexicon, depth + 1));
            }
        }
        return out;
    }

    /**
     * "signed that May by A, B and C": the mentions right after a "by" that follows the
     * participle in its clause, when the parse tied the phrase elsewhere (a participle with an
     * object or a subject is an active verb: its "by" belongs to a noun).
     */
    static List<Mention> afterBy(Sentence s, int verb, List<Mention> mentions, Set<Integer> triggers) {
        if (!s.token(verb).pos().equals("VBN") || s.children(verb).stream()
                .anyMatch(a -> a.relation().equals("obj") || a.relation().equals("nsubj"))) { // "towns cancelled rallies by X"
            return List.of();
        }
        for (int i = verb + 1; i < s.tokens().size() && i - verb <= REACH; i++) {
            String w = s.token(i).word().toLowerCase(Locale.ROOT);
            if (CLAUSE_ENDS.contains(w) || s.token(i).isVerb() && !s.token(i).pos().equals("VBN")) {
                return List.of();
            }
            if (w.equals("by")) {
                Arc phrase = s.head(i) == null ? null : s.head(s.head(i).governor());
                if (phrase != null && triggers.contains(phrase.governor())) { // "killed in a strike by X": the strike's
                    return List.of();
                }
                int first = i + 1 < s.tokens().size() && s.token(i + 1).pos().equals("DT") ? i + 2 : i + 1;
                List<Mention> here = first < s.tokens().size() ? Phrases.covering(first, mentions) : List.of();
                return here.isEmpty() ? List.of() : ListedParties.withListed(s, here, mentions);
            }
        }
        return List.of();
    }

    /**
     * "signed by A, President B and President C": the others listed with a party named right
     * after "by", when the parse broke the list (only those not among the sources already).
     */
    static List<Mention> listedWith(Sentence s, List<Mention> sources, List<Mention> mentions) {
        List<Mention> byNamed = sources.stream().filter(m -> afterBy(s, m)).toList();
        if (byNamed.isEmpty()) {
            return List.of();
        }
        return ListedParties.withListed(s, byNamed, mentions).stream().filter(m -> !sources.contains(m)).toList();
    }

    private static boolean afterBy(Sentence s, Mention m) {
        int i = m.first() - 1;
        if (i >= 0 && s.token(i).pos().equals("DT")) {
            i--;
        }
        return i >= 0 && s.token(i).word().equalsIgnoreCase("by");
    }
}
