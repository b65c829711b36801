package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a verb's subject is: its own, or the one it shares with the clause it hangs from ("agreed
 * to resume talks", "urged Chile to resume talks", "a US-led effort to install", "expelled two
 * diplomats, accusing them of spying").
 */
final class Subjects {

    private static final Set<String> SUBJECT_CLIMB = Set.of("xcomp", "conj", "advcl", "acl");
    private static final Set<String> GERUND_MARKERS = Set.of("of", "for");

    private Subjects() {
    }

    /** The subject of a verb, its own or inherited. */
    static List<Mention> of(Sentence s, int verb, List<Mention> mentions, TriggerLexicon lexicon) {
        for (Arc a : s.children(verb)) {
            if (a.relation().equals("nsubj")) {
                return Phrases.agentsOrOwner(s, a.dependent(), mentions, lexicon);
            }
        }
        return withoutOwn(s, verb, mentions, lexicon);
    }

    /** The subject of a verb the parse gave none: the actor right after a day ("On Friday Kiir announced"), else inherited. */
    static List<Mention> withoutOwn(Sentence s, int verb, List<Mention> mentions, TriggerLexicon lexicon) {
        List<Mention> dated = subjectAfterDate(s, verb, mentions);
        return !dated.isEmpty() ? dated : inherited(s, verb, verb, mentions, lexicon, 0);
    }

    /**
     * "On Friday Kiir announced", "On Monday police arrested": with no comma after the day, the
     * parser reads the day and the actor after it as one phrase hanging from the verb; the actor
     * right before the verb is its subject.
     */
    private static List<Mention> subjectAfterDate(Sentence s, int verb, List<Mention> mentions) {
        if (s.children(verb).stream().anyMatch(a -> a.relation().startsWith("nsubj"))) {
            return List.of();
        }
        for (Arc a : s.children(verb)) {
            int head = a.dependent();
            boolean dated = s.children(head).stream().anyMatch(c -> c.relation().equals("compound") && c.dependent() < head
                    && isCalendarName(s.token(c.dependent()).word()));
            if (a.baseRelation().equals("obl") && head == verb - 1 && dated) {
                return Phrases.covering(head, mentions);
            }
        }
        return List.of();
    }

    private static boolean isCalendarName(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        return java.util.Arrays.stream(java.time.DayOfWeek.values()).anyMatch(d -> d.name().equals(w))
                || java.util.Arrays.stream(java.time.Month.values()).anyMatch(m -> m.name().equals(w));
    }

    /** The subject a verb shares with the clause it hangs from, when it has none of its own. */
    static List<Mention> inherited(Sentence s, int token, List<Mention> mentions, TriggerLexicon lexicon) {
        return inherited(s, token, token, mentions, lexicon, 0);
    }

    /** "expelled two diplomats, accusing them of spying": a participle left loosely attached shares its clause's subject. */
    private static boolean freeParticiple(Sentence s, int token, Arc head) {
        return head.relation().equals("dep") && s.token(token).pos().equals("VBG") && s.token(head.governor()).isVerb();
    }

    /**
     * "recalled its envoy to Chile, accusing President Boric of …": a participle after a comma that the
     * parse hung as a modifier on the noun after it is the clause's own adjunct; returns the clause's
     * verb, or -1.
     */
    private static int commaParticipleClause(Sentence s, int token, Arc head) {
        if (!(head.relation().equals("amod") || head.relation().equals("acl")) || !s.token(token).pos().equals("VBG")
                || token == 0 || !s.token(token - 1).word().equals(",")) {
            return -1;
        }
        Arc nounHead = s.head(head.governor());
        while (nounHead != null && (nounHead.relation().equals("compound") || nounHead.relation().equals("flat"))) {
            nounHead = s.head(nounHead.governor()); // "accusing President Boric": the name's head
        }
        return nounHead != null && s.token(nounHead.governor()).isVerb() && nounHead.governor() < token ? nounHead.governor() : -1;
    }

    /**
     * "accused Iran of arming the rebels", "blamed Chad for sheltering them": a gerund whose "of" or
     * "for" follows the verb's object right away is the object's act.
     */
    private static boolean gerundOfObject(Sentence s, int token, Arc head) {
        if (!(head.baseRelation().equals("advcl") || head.baseRelation().equals("obl")) || !s.token(token).pos().equals("VBG")
                || !s.token(head.governor()).isVerb()) {
            return false;
        }
        int marker = s.children(token).stream().filter(a -> a.relation().equals("mark") || a.relation().equals("case"))
                .mapToInt(Arc::dependent).filter(m -> GERUND_MARKERS.contains(s.token(m).word().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(-1);
        return marker > 0 && s.children(head.governor()).stream().anyMatch(a -> a.relation().equals("obj")
                && s.subtree(a.dependent()).stream().mapToInt(Integer::intValue).max().orElse(-2) == marker - 1);
    }

    /** Subjects shared through the enhanced graph or up a chain of xcomp/conj/advcl/acl heads. */
    private static List<Mention> inherited(Sentence s, int start, int token, List<Mention> mentions, TriggerLexicon lexicon,
                                           int depth) {
        for (Arc a : s.graphChildren(token)) {
            if (a.relation().startsWith("nsubj") && !a.relation().equals("nsubj:pass")) {
                List<Mention> found = Phrases.agentsOrOwner(s, a.dependent(), mentions, lexicon);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        Arc head = s.head(token);
        int clause = head == null ? -1 : commaParticipleClause(s, token, head);
        if (clause >= 0 && depth == 0) {
            return inherited(s, start, clause, mentions, lexicon, depth + 1);
        }
        // only a gerund's own chain ("of shelling … and of fighting"), not a verb misparsed as its conjunct
        boolean objectsAct = s.token(start).pos().equals("VBG") && head != null && gerundOfObject(s, token, head);
        if (head == null || depth > 3 || !SUBJECT_CLIMB.contains(head.baseRelation()) && !freeParticiple(s, token, head)
                && !objectsAct) {
            return List.of();
        }
        int gov = head.governor();
        if (head.baseRelation().equals("xcomp") || objectsAct) { // object control: "urged Chile to resume talks" — Chile talks
            for (Arc a : s.children(gov)) {
                if (a.relation().equals("obj") || a.relation().equals("iobj")) {
                    List<Mention> controller = Phrases.agentsUnder(s, a.dependent(), mentions);
                    if (controller.isEmpty()) { // "seen Washington move to restore": the verb read as a noun
                        controller = s.children(a.dependent()).stream().filter(c -> c.relation().equals("compound"))
                                .flatMap(c -> Phrases.covering(c.dependent(), mentions).stream()).toList();
                    }
                    if (!controller.isEmpty()) {
                        return controller;
                    }
                }
            }
        }
        if (s.token(gov).isNoun()) { // "a US-led effort to install": the effort's owner acts
            for (Arc a : s.children(gov)) {
                if (Set.of("nmod:poss", "amod", "compound").contains(a.relation())) {
                    List<Mention> found = Phrases.agentsUnder(s, a.dependent(), mentions);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            List<Mention> premodifiers = Phrases.premodifiers(s, gov, mentions);
            if (!premodifiers.isEmpty()) {
                return premodifiers;
            }
        }
        for (Arc a : s.children(gov)) {
            if (a.relation().equals("nsubj")) { // "Indian jets crossed the line and struck": the jets' owner
                return Phrases.agentsOrOwner(s, a.dependent(), mentions, lexicon);
            }
        }
        return inherited(s, start, gov, mentions, lexicon, depth + 1);
    }
}
