package dyad.extract.events;

import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import java.util.Locale;
import java.util.Set;

/** When an act is told: in the present (it happens as the text is written) or as a re-mention. */
public final class EventTense {

    private EventTense() {
    }

    /**
     * "the attack", "Russia's invasion", "this agreement": a noun that refers back. A bare plural ("will lead
     * follow-up talks", "have resumed trading fire") is new, as is "a meeting … is planned".
     */
    static boolean isDefiniteNoun(Sentence s, int token) {
        return s.token(token).isNoun() && s.children(token).stream().anyMatch(a -> a.relation().equals("nmod:poss")
                || a.relation().equals("det") && DEFINITE.contains(s.token(a.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    /**
     * "we share our alarm about the attack on January 3", "are condemning the operation of
     * January 3", "overtures are occurring": the act itself is told in the present, so it happens
     * as the text is written, whatever dates its objects carry.
     */
    public static boolean happeningNow(Sentence s, int trigger) {
        int verb = trigger;
        Arc head = s.head(trigger);
        if (s.token(trigger).isNoun() && head != null && head.relation().equals("nsubj")
                && s.token(head.governor()).isVerb()) {
            verb = head.governor();
        }
        return presentForm(s, verb);
    }

    /** "expelled", "had expelled", "was expelled": told as over (a noun event takes its verb's tense). */
    public static boolean past(Sentence s, int trigger) {
        int verb = trigger;
        Arc head = s.head(trigger);
        if (s.token(trigger).isNoun() && head != null && s.token(head.governor()).isVerb()) {
            verb = head.governor();
        }
        Token t = s.token(verb);
        if (t.pos().equals("VBD")) {
            return true;
        }
        return t.pos().equals("VBN") && s.children(verb).stream().anyMatch(a -> a.baseRelation().equals("aux")
                && Set.of("had", "was", "were").contains(s.token(a.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * The past verb that reports a trigger not itself told as over ("said it would ease the ban", "agreed to
     * reopen"), up a chain of complements; -1 when there is none.
     */
    public static int pastReporter(Sentence s, int trigger) {
        int verb = trigger;
        for (int depth = 0; depth < 3; depth++) {
            Arc head = s.head(verb);
            if (head == null || !Set.of("ccomp", "xcomp").contains(head.baseRelation())) {
                return -1;
            }
            verb = head.governor();
            if (past(s, verb)) {
                return verb;
            }
        }
        return -1;
    }

    /** "They called for unity": a sentence whose subject, first, is a pronoun goes on telling the sentence before. */
    public static boolean opensWithPronoun(Sentence s) {
        for (Token t : s.tokens()) {
            if (t.pos().equals("PRP")) {
                Arc head = s.head(t.index());
                return head != null && head.baseRelation().equals("nsubj");
            }
            if (!t.pos().matches("``|''|-LRB-|\\p{Punct}+")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "expelled", "was expelled", "talks were held", but not "had expelled", nor a noun the verb acts on ("welcomed
     * the agreement", which may be older): told in the simple past, as the story's own news.
     */
    public static boolean simplePast(Sentence s, int trigger) {
        int verb = trigger;
        Arc head = s.head(trigger);
        if (s.token(trigger).isNoun()) {
            if (head == null || !head.baseRelation().equals("nsubj") || !s.token(head.governor()).isVerb()) {
                return false;
            }
            verb = head.governor();
        }
        return past(s, trigger) && s.children(verb).stream().noneMatch(a -> a.baseRelation().equals("aux")
                && s.token(a.dependent()).lemma().equals("have"));
    }

    /** "maintains contact", "is holding talks": verbs that only carry the act their object names. */
    private static final Set<String> LIGHT_VERBS = Set.of("maintain", "hold", "keep", "conduct", "pursue", "continue");

    /** Present tense or progressive on the trigger or the verbs it is embedded under; not the perfect. */
    static boolean present(Sentence s, int trigger) {
        int node = trigger;
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            if (presentForm(s, node)) {
                return true;
            }
            Arc head = s.head(node);
            boolean carried = head != null && s.token(node).isNoun() && head.relation().equals("obj")
                    && LIGHT_VERBS.contains(s.token(head.governor()).lemma());
            if (head == null || !head.baseRelation().equals("xcomp") && !carried) {
                return false;
            }
            node = head.governor();
        }
        return false;
    }

    /**
     * "condemns", "condemn", "are condemning": present or present progressive, not the perfect — except
     * where the perfect tells how things stand as the text is written: going on ("has been trying to
     * mediate") or still not done ("has not apologised", "has never recognised").
     */
    private static boolean presentForm(Sentence s, int verb) {
        Token t = s.token(verb);
        boolean perfect = s.children(verb).stream()
                .anyMatch(a -> a.baseRelation().equals("aux") && s.token(a.dependent()).lemma().equals("have"));
        boolean presentAux = s.children(verb).stream()
                .anyMatch(a -> a.baseRelation().equals("aux") && s.token(a.dependent()).isPresentTense());
        if (perfect) {
            boolean presentPerfect = s.children(verb).stream().anyMatch(a -> a.baseRelation().equals("aux")
                    && s.token(a.dependent()).lemma().equals("have") && s.token(a.dependent()).isPresentTense());
            boolean ongoing = t.pos().equals("VBG");
            boolean stillNot = t.pos().equals("VBN") && s.children(verb).stream().anyMatch(a -> (a.relation().equals("advmod")
                    || a.baseRelation().equals("neg")) && STILL_NOT.contains(s.token(a.dependent()).word().toLowerCase(Locale.ROOT)));
            return presentPerfect && (ongoing || stillNot);
        }
        return t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("VBG") && presentAux
                || finiteBase(s, verb);
    }

    private static final Set<String> STILL_NOT = Set.of("not", "n't", "never");

    /**
     * "Peru and Chile restore ties": a headline's root verb with a subject and no auxiliary, tagged as a
     * base form, is in the present (a subjunctive "demanded that France withdraw" is no root).
     */
    private static boolean finiteBase(Sentence s, int verb) {
        return s.token(verb).pos().equals("VB") && s.head(verb) == null
                && s.children(verb).stream().anyMatch(a -> a.relation().equals("nsubj"))
                && s.children(verb).stream().noneMatch(a -> a.baseRelation().equals("aux") || a.relation().equals("mark"));
    }
}
