package dyad.extract.events;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Actors inside phrases of a parse: at a phrase's head or one step below (agents), anywhere
 * under it but not through clauses (patients), right before a noun ("U.S. and Canadian
 * efforts"); the preposition a phrase takes; one mention per party.
 */
final class Phrases {

    private static final Set<String> NOT_INTO = Set.of("acl:relcl", "advcl", "ccomp", "parataxis", "punct", "case",
            "det", "cc", "mark", "aux", "cop", "dep", "csubj", "xcomp", "acl");
    /** Modifiers of a noun that is no actor name a thing's owner or kind, not a participant. */
    private static final Set<String> MODIFIERS = Set.of("compound", "amod");

    private Phrases() {
    }

    /**
     * "U.S. and Canadian efforts" when the parse lost the modifiers: the states named right
     * before the noun, joined only by "and", "or" and commas.
     */
    static List<Mention> premodifiers(Sentence s, int noun, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (int i = noun - 1; i >= 0; i--) {
            int token = i;
            List<Mention> here = covering(token, mentions);
            if (!here.isEmpty()) {
                out.addAll(0, here);
                i = here.get(0).first();
            } else if (!(s.token(token).pos().equals("CC") || s.token(token).word().equals(","))) {
                break;
            }
        }
        return out;
    }

    /**
     * Agents are named at the head of their phrase or one step below it ("the leaders of
     * Brazil"), never deep inside it: in "the flareup of tensions between Venezuela and
     * Guyana threatens…" no state is the one threatening.
     */
    private static final Set<String> OWNER_MODIFIERS = Set.of("amod", "compound", "nmod:poss");

    static List<Mention> agentsUnder(Sentence s, int head, List<Mention> mentions) {
        List<Integer> near = new ArrayList<>(List.of(head));
        s.children(head).forEach(a -> near.add(a.dependent()));
        for (Arc a : s.children(head)) { // "fifteen governments including France, Germany and Canada"
            if (Set.of("including", "include", "like", "notably").contains(preposition(s, a.dependent()))) {
                near.addAll(s.subtree(a.dependent()));
            }
        }
        List<Mention> named = namedOwners(s, head, mentions);
        if (!named.isEmpty()) {
            return named;
        }
        return actorsUnder(s, head, mentions).stream()
                .filter(m -> near.stream().anyMatch(m::covers) || conjunctOf(s, head, m)).toList();
    }

    private static final Set<EntryKind> NAMES = Set.of(EntryKind.COUNTRY, EntryKind.CAPITAL, EntryKind.ORGANIZATION);

    /**
     * "leaders of the African Union", "the authorities of Chad": a bare office word stands for the
     * state or body its "of" phrase names, whoever the discourse took the word for.
     */
    private static List<Mention> namedOwners(Sentence s, int head, List<Mention> mentions) {
        List<Mention> at = covering(head, mentions);
        if (at.isEmpty() || !at.stream().allMatch(m -> m.kind() == EntryKind.ROLE_CUE && m.first() == m.last()
                && m.actor().role() == dyad.model.Role.GOV)) {
            return List.of();
        }
        for (Arc a : s.children(head)) {
            if (a.baseRelation().equals("nmod") && "of".equals(preposition(s, a.dependent()))) {
                List<Mention> owners = actorsUnder(s, a.dependent(), mentions).stream()
                        .filter(m -> NAMES.contains(m.kind()) && (m.covers(a.dependent()) || conjunctOf(s, a.dependent(), m)))
                        .toList();
                if (!owners.isEmpty()) {
                    return owners;
                }
            }
        }
        return List.of();
    }

    /** The actors a phrase names as agents, else the owner of a body or craft ("Indonesian navy ships"). */
    static List<Mention> agentsOrOwner(Sentence s, int head, List<Mention> mentions, TriggerLexicon lexicon) {
        List<Mention> agents = agentsUnder(s, head, mentions);
        return agents.isEmpty() && lexicon.isActingBody(s.token(head).lemma()) ? ownerOf(s, head, mentions) : agents;
    }

    /** "Indonesian navy ships", "the UN Group of Experts": a body or craft acts for the actor its modifiers name. */
    private static List<Mention> ownerOf(Sentence s, int head, List<Mention> mentions) {
        if (!s.token(head).isNoun()) {
            return List.of();
        }
        return s.children(head).stream().filter(a -> OWNER_MODIFIERS.contains(a.relation()))
                .flatMap(a -> covering(a.dependent(), mentions).stream()).distinct().toList();
    }

    static boolean conjunctOf(Sentence s, int head, Mention m) {
        for (Arc a : s.children(head)) {
            if ((a.relation().equals("conj") || a.relation().equals("appos")) && m.covers(a.dependent())) {
                return true;
            }
            if ((a.relation().equals("conj") || a.relation().equals("appos")) && conjunctOf(s, a.dependent(), m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actors a phrase headed by {@code head} names: the mention at its head and its
     * conjuncts, else the nearest mentions below it (an apposition beats a possessor:
     * "Canada's partners Brazil and Chile" are Brazil and Chile).
     */
    static List<Mention> actorsUnder(Sentence s, int head, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        List<Mention> at = covering(head, mentions);
        if (!at.isEmpty()) {
            out.addAll(at);
            for (Arc a : s.children(head)) {
                if (a.relation().equals("conj") || a.relation().equals("appos")) {
                    out.addAll(actorsUnder(s, a.dependent(), mentions));
                }
            }
            return out;
        }
        List<Mention> appos = new ArrayList<>();
        for (Arc a : s.children(head)) {
            if (NOT_INTO.contains(a.relation()) || MODIFIERS.contains(a.relation())) {
                continue;
            }
            List<Mention> below = actorsUnder(s, a.dependent(), mentions);
            (a.relation().equals("appos") || a.relation().equals("conj") ? appos : out).addAll(below);
        }
        if (!appos.isEmpty()) {
            return appos;
        }
        return out;
    }

    /**
     * The noun a relative or participial clause describes, when {@code verb} heads that clause:
     * "the duties Beijing slapped on barley", "sanctions imposed by the U.S."; else -1.
     */
    static int relativizedNoun(Sentence s, int verb) {
        Arc head = s.head(verb);
        if (head == null || !s.token(verb).isVerb() || !(head.relation().equals("acl:relcl") || head.relation().equals("acl"))
                || !s.token(head.governor()).isNoun()) {
            return -1;
        }
        return head.governor();
    }

    /** Whether a relative clause's own subject is missing, so that the noun it describes is that subject ("the state that expelled…"). */
    static boolean relativizedSubject(Sentence s, int verb) {
        Arc head = s.head(verb);
        if (head == null || !head.relation().equals("acl:relcl")) {
            return false;
        }
        for (Arc a : s.children(verb)) {
            if (a.relation().startsWith("nsubj")) {
                String w = s.token(a.dependent()).word().toLowerCase(java.util.Locale.ROOT);
                return Set.of("that", "which", "who").contains(w) && !a.relation().equals("nsubj:pass");
            }
        }
        return true;
    }

    /**
     * States named only by an adjective on a patient noun: "duties on Australian barley",
     * "attacked Ethiopian positions". They name whom the act is aimed at, never who acts.
     */
    static List<Mention> adjectivesOn(Sentence s, int noun, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        collectAdjectives(s, noun, mentions, out, 0);
        return out;
    }

    private static void collectAdjectives(Sentence s, int token, List<Mention> mentions, List<Mention> out, int depth) {
        for (Arc a : s.children(token)) {
            if (MODIFIERS.contains(a.relation())) {
                for (Mention m : covering(a.dependent(), mentions)) {
                    if (m.kind() == dyad.extract.actors.EntryKind.ADJECTIVE && !out.contains(m)) {
                        out.add(m);
                    }
                }
            } else if (depth < 1 && (a.relation().equals("conj") || a.baseRelation().equals("nmod"))) {
                collectAdjectives(s, a.dependent(), mentions, out, depth + 1);
            }
        }
    }

    /** Every resolved mention on the token: "they" may stand for several states. */
    static List<Mention> covering(int token, List<Mention> mentions) {
        return mentions.stream().filter(m -> m.covers(token) && m.resolved()).toList();
    }

    static boolean byPhrase(Sentence s, Arc a) {
        return (a.baseRelation().equals("obl") || a.baseRelation().equals("nmod")) && "by".equals(preposition(s, a.dependent()));
    }

    static String preposition(Sentence s, int token) {
        List<String> words = s.children(token).stream().filter(a -> a.relation().equals("case"))
                .map(a -> s.token(a.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)).toList();
        if (words.size() > 1 && words.get(0).equals("out") && words.get(1).equals("of")) {
            return "from"; // "pulled out of Goma" is withdrawing from it
        }
        return words.isEmpty() ? "" : words.get(0);
    }

    /** One mention per party (country, else org, else name), in order of appearance. */
    static List<Mention> parties(List<Mention> mentions) {
        Map<String, Mention> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.partyKey() != null) {
                byKey.putIfAbsent(m.partyKey(), m);
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
