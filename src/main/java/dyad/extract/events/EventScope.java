package dyad.extract.events;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.PloverType;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.List;
import java.util.Set;

/**
 * What a fired trigger names that is not an event: the content of a request or threat, an act
 * a modal demands, a danger ("threats to peace"), an opinion ("would think that …"), a word of
 * a body's name. Each rule is one small predicate.
 */
final class EventScope {

    private static final Set<String> CONTENT_RELATIONS = Set.of("xcomp", "acl", "ccomp");
    private static final Set<String> DEMAND_CHAIN = Set.of("xcomp", "advcl", "ccomp", "conj");

    private final TriggerLexicon lexicon;

    EventScope(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Whether the trigger at {@code f} names no event of its own. */
    boolean excludes(Sentence s, TriggerMatcher.Fired f, List<TriggerMatcher.Fired> fired, List<Mention> mentions) {
        return isContentOfRequestOrThreat(s, f.token(), fired) || isDemanded(s, f.token()) || isDanger(s, f, mentions)
                || isBelief(s, f.token()) || isPurposeOfSameAct(s, f, fired) || isChargeOfAccusation(s, f, fired);
    }

    /** "accused Quito of violating the convention": the wrong charged is what the accusation says, not a second one. */
    static boolean isChargeOfAccusation(Sentence s, TriggerMatcher.Fired f, List<TriggerMatcher.Fired> fired) {
        Arc head = s.head(f.token());
        return f.rule().type() == PloverType.ACCUSE && head != null
                && (s.token(f.token()).pos().equals("VBG") || s.token(f.token()).isNoun())
                && (head.baseRelation().equals("advcl") || head.baseRelation().equals("obl"))
                && fired.stream().anyMatch(o -> o.token() == head.governor() && o.rule().type() == PloverType.ACCUSE);
    }

    /**
     * "urged Chile to resume talks", "threats to send troops", "X and Y agreed to reopen embassies": what
     * is asked for, threatened or jointly agreed has not happened; the request, threat or deal is the event.
     */
    static boolean isContentOfRequestOrThreat(Sentence s, int token, List<TriggerMatcher.Fired> fired) {
        int node = token;
        for (int hop = 0; hop < 2; hop++) {
            Arc head = s.head(node);
            while (head != null && head.baseRelation().equals("conj")) { // "demanded that China return … and pay …"
                node = head.governor();
                head = s.head(node);
            }
            if (head == null || !CONTENT_RELATIONS.contains(head.baseRelation()) && !infinitiveClause(s, node, head)) {
                return false;
            }
            node = head.governor();
            for (TriggerMatcher.Fired f : fired) {
                if (f.token() == node && (f.rule().type() == PloverType.REQUEST || f.rule().type() == PloverType.THREATEN
                        || f.rule().type() == PloverType.AGREE && jointSubject(s, node))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Gabon and Cameroon agreed to reopen embassies", "the two governments agreed to …": the terms of a
     * deal between its subjects are the deal; one state's promise ("Obama agreed to lift the sanctions")
     * is its own act, intended.
     */
    private static boolean jointSubject(Sentence s, int verb) {
        return s.children(verb).stream().filter(a -> a.baseRelation().startsWith("nsubj")).anyMatch(a -> {
            String pos = s.token(a.dependent()).pos();
            return pos.equals("NNS") || pos.equals("NNPS") || s.token(a.dependent()).word().equalsIgnoreCase("they")
                    || s.children(a.dependent()).stream().anyMatch(c -> c.baseRelation().equals("conj"));
        });
    }

    /**
     * An adverbial clause in the infinitive ("to suspend …", "to restore dialogue"): what a call asks for
     * when the parse hangs it as an adverbial clause ("called on the EU to suspend …"), or a purpose.
     */
    private static boolean infinitiveClause(Sentence s, int node, Arc head) {
        return head.baseRelation().equals("advcl") && s.children(node).stream()
                .anyMatch(a -> a.relation().equals("mark") && s.token(a.dependent()).word().equalsIgnoreCase("to"));
    }

    /**
     * "Ottawa sent diplomats to Caracas to restore dialogue": the purpose ("to …") of an act of
     * the same type is that act again, not a second one.
     */
    static boolean isPurposeOfSameAct(Sentence s, TriggerMatcher.Fired f, List<TriggerMatcher.Fired> fired) {
        int clause = f.token();
        Arc head = s.head(clause);
        if (s.token(clause).isNoun() && head != null && head.baseRelation().equals("obj")) {
            clause = head.governor();
            head = s.head(clause);
        }
        boolean purpose = head != null && infinitiveClause(s, clause, head);
        int governor = purpose ? head.governor() : -1;
        return purpose && fired.stream().anyMatch(g -> g.token() == governor && g.rule().type() == f.rule().type());
    }

    /**
     * "Canada must take action to oppose …": the act a modal demands has not happened (the
     * demand itself is a REQUEST, see {@link DemandEvents}); the acts it presupposes, as nouns, have.
     */
    static boolean isDemanded(Sentence s, int token) {
        if (!s.token(token).isVerb()) {
            return false;
        }
        int node = token;
        for (int hop = 0; hop <= 2 && node >= 0; hop++) {
            for (Arc a : s.children(node)) {
                if (a.baseRelation().equals("aux") && DemandEvents.isDemandModal(s, a.dependent())) {
                    return true;
                }
            }
            Arc head = s.head(node);
            if (head == null || !DEMAND_CHAIN.contains(head.baseRelation())) {
                return false;
            }
            node = head.governor();
        }
        return false;
    }

    /** "would think that Canada is standing up for …": an opinion about an act, within three clauses. */
    boolean isBelief(Sentence s, int token) {
        int node = token;
        for (int hop = 0; hop < 4; hop++) {
            Arc head = s.head(node);
            if (head == null) {
                return false;
            }
            node = head.governor();
            if (head.baseRelation().equals("ccomp") && lexicon.isBeliefVerb(s.token(node).lemma())) {
                return true;
            }
        }
        return false;
    }

    /** "threats to rights, sovereignty and peace": a danger to something, not a threat made to someone. */
    static boolean isDanger(Sentence s, TriggerMatcher.Fired f, List<Mention> mentions) {
        if (f.rule().type() != PloverType.THREATEN || !s.token(f.token()).isNoun()) {
            return false;
        }
        int next = f.token() + 1;
        if (next + 1 < s.tokens().size() && s.token(next).word().equalsIgnoreCase("to")
                && !s.token(next + 1).isVerb() && !s.token(next + 1).pos().equals("RB")) {
            int object = next + 1;
            return mentions.stream().noneMatch(m -> m.covers(object));
        }
        for (Arc a : s.children(f.token())) {
            int object = a.dependent();
            boolean toObject = s.children(object).stream().anyMatch(c -> c.baseRelation().equals("case")
                    && s.token(c.dependent()).word().equalsIgnoreCase("to"));
            if (toObject && s.token(object).isNoun() && mentions.stream().noneMatch(m -> m.covers(object))) {
                return true;
            }
        }
        return false;
    }

    /** "Asia-Pacific Economic Cooperation", "Peace Corps": a word of a body's name is no act. */
    static boolean insideName(int token, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.covers(token) && m.kind() == EntryKind.ORGANIZATION
                && m.first() < m.last());
    }
}
