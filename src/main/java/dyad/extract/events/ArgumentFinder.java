package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds who acts and who is acted on for a trigger, from the dependency tree: subject and
 * object for active verbs, the reverse for passives ("was ousted by the opposition"),
 * possessors and modifiers for nouns ("the U.S. attack", "Canada's recognition"), and
 * prepositional objects ("sanctions on", "talks with", "the abduction of").
 */
final class ArgumentFinder {

    record Frame(List<Mention> sources, List<Mention> targets) {
    }

    private static final Set<String> TARGET_PREPS = Set.of("with", "to", "on", "against", "toward", "towards",
            "into", "at", "over", "of", "in", "upon", "from", "for");
    private static final Set<String> SUBJECT_CLIMB = Set.of("xcomp", "conj", "advcl", "acl");
    private static final Set<String> NOT_INTO = Set.of("acl:relcl", "advcl", "ccomp", "parataxis", "punct", "case",
            "det", "cc", "mark", "aux", "cop", "dep", "csubj", "xcomp", "acl");

    Frame find(Sentence s, int trigger, Set<Integer> consumed, List<Mention> mentions) {
        boolean noun = s.token(trigger).isNoun();
        List<Mention> sources = new ArrayList<>();
        List<Mention> targets = new ArrayList<>();
        for (Arc a : s.children(trigger)) {
            String rel = a.relation();
            int d = a.dependent();
            if (rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("nmod:agent") || byPhrase(s, a)
                    || noun && (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound"))) {
                sources.addAll(actorsUnder(s, d, mentions));
            } else if (rel.equals("nsubj:pass") || rel.equals("obj") || rel.equals("iobj")) {
                targets.addAll(actorsUnder(s, d, mentions));
            }
        }
        if (targets.isEmpty()) {
            for (Arc a : s.children(trigger)) {
                if ((a.baseRelation().equals("obl") || a.baseRelation().equals("nmod")) && !byPhrase(s, a)
                        && TARGET_PREPS.contains(preposition(s, a.dependent()))) {
                    targets.addAll(actorsUnder(s, a.dependent(), mentions));
                }
            }
        }
        if (targets.isEmpty()) {
            for (int c : consumed) { // "restore ties with X": the target hangs off the required word
                for (Arc a : s.children(c)) {
                    if (TARGET_PREPS.contains(preposition(s, a.dependent())) || a.relation().equals("nmod:poss")) {
                        targets.addAll(actorsUnder(s, a.dependent(), mentions));
                    }
                }
            }
        }
        if (sources.isEmpty()) {
            sources.addAll(inheritedSubject(s, trigger, mentions, 0));
        }
        targets.removeIf(t -> sources.stream().anyMatch(src -> src.first() == t.first()));
        return new Frame(parties(sources), parties(targets));
    }

    /** Subjects shared through the enhanced graph or up a chain of xcomp/conj/advcl/acl heads. */
    private List<Mention> inheritedSubject(Sentence s, int token, List<Mention> mentions, int depth) {
        for (Arc a : s.graphChildren(token)) {
            if (a.relation().startsWith("nsubj") && !a.relation().equals("nsubj:pass")) {
                List<Mention> found = actorsUnder(s, a.dependent(), mentions);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        Arc head = s.head(token);
        if (head == null || depth > 3 || !SUBJECT_CLIMB.contains(head.baseRelation())) {
            return List.of();
        }
        int gov = head.governor();
        if (s.token(gov).isNoun()) { // "a US-led effort to install": the effort's owner acts
            for (Arc a : s.children(gov)) {
                if (Set.of("nmod:poss", "amod", "compound").contains(a.relation())) {
                    List<Mention> found = actorsUnder(s, a.dependent(), mentions);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        for (Arc a : s.children(gov)) {
            if (a.relation().equals("nsubj")) {
                return actorsUnder(s, a.dependent(), mentions);
            }
        }
        return inheritedSubject(s, gov, mentions, depth + 1);
    }

    /**
     * The actors a phrase headed by {@code head} names: the mention at its head and its
     * conjuncts, else the nearest mentions below it (an apposition beats a possessor:
     * "Canada's partners Brazil and Chile" are Brazil and Chile).
     */
    static List<Mention> actorsUnder(Sentence s, int head, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        Mention at = covering(head, mentions);
        if (at != null) {
            out.add(at);
            for (Arc a : s.children(head)) {
                if (a.relation().equals("conj") || a.relation().equals("appos")) {
                    out.addAll(actorsUnder(s, a.dependent(), mentions));
                }
            }
            return out;
        }
        List<Mention> appos = new ArrayList<>();
        for (Arc a : s.children(head)) {
            if (NOT_INTO.contains(a.relation())) {
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

    private static Mention covering(int token, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.covers(token) && m.resolved()) {
                return m;
            }
        }
        return null;
    }

    private static boolean byPhrase(Sentence s, Arc a) {
        return (a.baseRelation().equals("obl") || a.baseRelation().equals("nmod")) && "by".equals(preposition(s, a.dependent()));
    }

    static String preposition(Sentence s, int token) {
        for (Arc a : s.children(token)) {
            if (a.relation().equals("case")) {
                return s.token(a.dependent()).lemma().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return "";
    }

    /** One mention per party (country, else org, else name), in order of appearance. */
    private static List<Mention> parties(List<Mention> mentions) {
        Map<String, Mention> byKey = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.partyKey() != null) {
                byKey.putIfAbsent(m.partyKey(), m);
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
