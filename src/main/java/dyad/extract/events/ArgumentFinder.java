package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds who acts and who is acted on for a trigger, from the dependency tree: subject and
 * object for active verbs, the reverse for passives ("was ousted by the opposition"),
 * possessors and modifiers for nouns ("the U.S. attack", "Canada's recognition"), and
 * prepositional objects ("sanctions on", "talks with", "the abduction of").
 */
final class ArgumentFinder {

    /**
     * The parties found, plus the heads of the trigger's object phrases and of the subject
     * of a copular noun trigger ("the operation was a violation"): where those heads are
     * themselves events, the event's agent may be the participant.
     */
    record Frame(List<Mention> sources, List<Mention> targets, List<Integer> objectHeads, int copulaSubject,
                 List<Mention> mutual) {

        Frame(List<Mention> sources, List<Mention> targets, List<Integer> objectHeads, int copulaSubject) {
            this(sources, targets, objectHeads, copulaSubject, List.of());
        }

        Frame withParties(List<Mention> newSources, List<Mention> newTargets) {
            return new Frame(newSources, newTargets, objectHeads, copulaSubject, mutual);
        }
    }

    private static final Set<String> TARGET_PREPS = Set.of("with", "to", "on", "against", "toward", "towards",
            "into", "at", "over", "of", "in", "upon", "from", "for", "about", "regarding", "concerning", "between",
            "along", "near");

    /** Verbs whose object noun is an act done to their subject by someone "from" elsewhere. */
    private static final Set<String> RECEIVING = Set.of("receive", "get", "obtain", "accept");
    /** Verbs whose subject undergoes the act their object noun names ("we will not tolerate interference"). */
    private static final Set<String> UNDERGOING = Set.of("accept", "tolerate", "face", "suffer", "endure", "fear",
            "resist");
    /** "participated through the funding of X", "took part in the coup": the verb carries the act. */
    private static final Set<String> CARRIER_PREPS = Set.of("through", "via", "in");

    private final TriggerLexicon lexicon;

    ArgumentFinder(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param triggers tokens that fired any trigger in the sentence: a noun event that is the
     *                 object of a plain verb ("announced sanctions relief") takes that verb's
     *                 subject as its agent, but not when the verb is itself an event
     *                 ("criticised the sanctions").
     */
    Frame find(Sentence s, int trigger, Set<Integer> consumed, List<Mention> mentions, Set<Integer> triggers) {
        boolean noun = s.token(trigger).isNoun();
        List<Mention> sources = new ArrayList<>();
        List<Integer> objectHeads = new ArrayList<>();
        int copulaSubject = -1;
        boolean copular = s.children(trigger).stream().anyMatch(a -> a.relation().equals("cop"));
        List<Integer> direct = new ArrayList<>();
        // "most of them shot by police": a participle with an agent acts on its subject
        boolean reducedPassive = !noun && ByAgents.bareParticiple(s, trigger) && !ByAgents.under(s, trigger, mentions, lexicon).isEmpty();
        for (Arc a : s.children(trigger)) {
            String rel = a.relation();
            int d = a.dependent();
            if (noun && copular && rel.equals("nsubj")) {
                copulaSubject = d;
            }
            boolean patientPossessor = noun && rel.equals("nmod:poss") && lexicon.possessorIsPatient(s.token(trigger).lemma());
            if (rel.equals("nsubj") && reducedPassive) {
                direct.add(d);
            } else if (rel.equals("nsubj") || rel.equals("obl:agent") || rel.equals("nmod:agent") || ByAgents.agentOf(s, trigger, a)
                    || noun && !patientPossessor && (rel.equals("nmod:poss") || rel.equals("amod") || rel.equals("compound"))) {
                List<Mention> agents = Phrases.agentsOrOwner(s, d, mentions, lexicon);
                if (noun && rel.equals("nmod:poss") && !agents.isEmpty()) { // "Ottawa and Washington's overtures"
                    sources.addAll(Phrases.premodifiers(s, agents.get(0).first(), mentions));
                }
                sources.addAll(agents);
            } else if (rel.equals("nsubj:pass") || rel.equals("obj") || rel.equals("iobj") || patientPossessor) {
                direct.add(d);
            } else if (noun && rel.equals("acl")) { // "sanctions imposed by the U.S."
                s.children(d).stream().filter(x -> Phrases.byPhrase(s, x))
                        .forEach(x -> sources.addAll(Phrases.actorsUnder(s, x.dependent(), mentions)));
            }
        }
        Arc received = noun ? s.head(trigger) : null;
        if (received != null && received.relation().equals("obj") && RECEIVING.contains(s.token(received.governor()).lemma())) {
            // "we have received no reply to our letter from your ministers": the giver acts on the receiver
            List<Mention> givers = fromPhrases(s, trigger, received.governor(), mentions);
            if (!givers.isEmpty()) {
                List<Mention> receivers = Subjects.of(s, received.governor(), mentions, lexicon);
                return new Frame(Phrases.parties(givers), Phrases.parties(receivers), List.of(), -1);
            }
        }
        int participle = noun ? ByAgents.participleOver(s, trigger, triggers) : -1;
        if (sources.isEmpty() && participle >= 0) { // "the veto cast by X", "the support extended by X to Y"
            sources.addAll(ByAgents.under(s, participle, mentions, lexicon));
        }
        if (sources.isEmpty() && noun) {
            Arc head = s.head(trigger);
            if (head != null && head.relation().startsWith("nmod") && Phrases.preposition(s, trigger).equals("of")
                    && !triggers.contains(head.governor())) {
                head = s.head(head.governor()); // "sent a note of protest": the note carries the protest
            }
            String carrier = head == null ? "" : s.token(head.governor()).lemma();
            boolean carried = head != null && ("to".equals(Phrases.preposition(s, trigger)) && lexicon.isCarrierVerb(carrier)
                    || "with".equals(Phrases.preposition(s, trigger)) && lexicon.isAnsweringVerb(carrier)); // "moved to sanctions", "answered with a ban"
            if (head != null && (head.relation().equals("obj") || carried || CARRIER_PREPS.contains(Phrases.preposition(s, trigger)))
                    && !triggers.contains(head.governor()) && !undergoes(s, head.governor())) {
                sources.addAll(Subjects.of(s, head.governor(), mentions, lexicon));
            }
        }
        if (sources.isEmpty() && !noun) { // "signed that May by A, B and C": a "by" the parse tied elsewhere
            sources.addAll(ByAgents.afterBy(s, trigger, mentions, triggers));
        }
        sources.addAll(ByAgents.listedWith(s, sources, mentions));
        if (sources.isEmpty() && !noun) { // "we write about the shelling": a clause's subject is no noun event's agent
            sources.addAll(Subjects.withoutOwn(s, trigger, mentions, lexicon));
            if (sources.isEmpty() && misparsed(s, trigger)) {
                sources.addAll(SurfaceFrame.before(s, trigger, mentions));
            }
        }
        if (!noun && !sources.isEmpty()) { // "…expelled four diplomats; Portugal three; Malta two"
            sources.addAll(GappedParties.after(s, trigger, mentions));
        }
        List<Integer> oblique = prepositionalObjects(s, trigger);
        if (oblique.isEmpty() && participle >= 0 && !sources.isEmpty()) {
            oblique = prepositionalObjects(s, participle);
        }
        List<Integer> offRequired = new ArrayList<>(); // "restore ties with X": the target hangs off the required word
        for (int c : consumed) {
            offRequired.addAll(prepositionalObjects(s, c));
            s.children(c).stream().filter(a -> a.relation().equals("nmod:poss")).map(Arc::dependent).forEach(offRequired::add);
        }
        objectHeads.addAll(direct);
        objectHeads.addAll(oblique);
        objectHeads.addAll(offRequired);
        List<Integer> clauseSubjects = new ArrayList<>(); // "demanded that the US cancel the sale"
        for (Arc a : s.children(trigger)) {
            if (!noun && a.baseRelation().equals("ccomp")) {
                s.children(a.dependent()).stream().filter(c -> c.relation().equals("nsubj"))
                        .map(Arc::dependent).forEach(clauseSubjects::add);
            }
        }
        int relativized = Phrases.relativizedNoun(s, trigger);
        if (relativized >= 0) { // "the state that expelled…" acts; "the envoys Russia expelled" are acted on
            if (sources.isEmpty() && Phrases.relativizedSubject(s, trigger)) {
                sources.addAll(Phrases.agentsUnder(s, relativized, mentions));
            } else if (!Phrases.relativizedSubject(s, trigger)) {
                direct.add(relativized);
            }
        }
        List<Mention> targets = List.of();
        for (List<Integer> heads : List.of(direct, oblique, offRequired, clauseSubjects)) {
            targets = new ArrayList<>();
            for (int h : heads) {
                List<Mention> author = ByAgents.authorOf(s, h, trigger, mentions, lexicon);
                targets.addAll(author.isEmpty() ? Phrases.actorsUnder(s, h, mentions) : author);
            }
            // "Penny Wong recalled the ambassador to Fiji": the doer's own state's envoy is no target, Fiji is
            targets.removeIf(t -> sources.stream().anyMatch(src -> src.first() == t.first() || src.actor().sameBody(t.actor())
                    || EventExtractor.sameState(src.actor(), t.actor())));
            if (!targets.isEmpty()) {
                break;
            }
        }
        if (targets.isEmpty() && !noun && misparsed(s, trigger)) {
            targets.addAll(SurfaceFrame.after(s, trigger, mentions));
            targets.removeIf(t -> sources.stream().anyMatch(src -> src.first() == t.first() || src.actor().sameBody(t.actor())));
        }
        if (targets.isEmpty()) { // "duties on Australian barley": the patient's state by its adjective
            for (List<Integer> heads : List.of(direct, oblique, offRequired)) {
                for (int h : heads) {
                    targets.addAll(Phrases.adjectivesOn(s, h, mentions));
                }
                targets.removeIf(t -> sources.stream().anyMatch(src -> src.actor().sameBody(t.actor())));
                if (!targets.isEmpty()) {
                    break;
                }
            }
        }
        List<Mention> mutual = new ArrayList<>();
        for (Arc a : s.children(trigger)) { // "a meeting between Joly and her Peruvian counterpart"
            if ((a.baseRelation().equals("nmod") || a.baseRelation().equals("obl")) && "between".equals(Phrases.preposition(s, a.dependent()))) {
                mutual.addAll(Phrases.actorsUnder(s, a.dependent(), mentions));
            }
        }
        if (!noun && !sources.isEmpty() && !mutual.isEmpty() && (targets.isEmpty() || mutual.containsAll(targets))) {
            targets = mutual; // "France mediated between Russia and Ukraine": both are mediated with
            mutual = List.of();
        }
        return new Frame(Phrases.parties(outside(s, sources, consumed)), Phrases.parties(outside(s, targets, consumed)), objectHeads,
                copulaSubject, Phrases.parties(mutual));
    }

    /**
     * "sent diplomats to Caracas", "military operations": the trigger's required word is part of
     * the act, so a cue it alone makes ("diplomats", "military") is no party ("U.S. military" is),
     * unless the lexicon names the agent itself ("ousted by the opposition").
     */
    private static List<Mention> outside(Sentence s, List<Mention> mentions, Set<Integer> consumed) {
        return mentions.stream().filter(m -> {
            if ("by".equals(Phrases.preposition(s, m.last()))) {
                return true;
            }
            for (int i = m.first(); i <= m.last(); i++) {
                if (!consumed.contains(i)) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    /**
     * A verb the parser did not make a clause of: tagged as a verb but hanging as a modifier or a
     * loose dependent with neither subject nor object of its own ("imposed" read as an adjective).
     */
    private static boolean misparsed(Sentence s, int verb) {
        Arc head = s.head(verb);
        String rel = head == null ? "root" : head.relation();
        boolean loose = rel.equals("amod") || rel.equals("dep") || rel.equals("compound") || rel.startsWith("nmod")
                || rel.equals("appos");
        boolean bare = s.children(verb).stream().noneMatch(a -> a.relation().startsWith("nsubj") || a.relation().equals("obj"));
        return loose && bare;
    }

    /** Actors in "from X" phrases under the noun or on the receiving verb. */
    private static List<Mention> fromPhrases(Sentence s, int noun, int verb, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(s.subtree(noun));
        s.children(verb).forEach(a -> heads.add(a.dependent()));
        for (int h : heads) {
            Arc a = s.head(h);
            if (a != null && (a.baseRelation().equals("nmod") || a.baseRelation().equals("obl"))
                    && "from".equals(Phrases.preposition(s, h))) {
                out.addAll(Phrases.agentsUnder(s, h, mentions));
            }
        }
        return out;
    }

    /** Heads of "with X", "on X", "against X"… below a token, but not "by X" (an agent). */
    private static List<Integer> prepositionalObjects(Sentence s, int token) {
        List<Integer> out = new ArrayList<>();
        for (Arc a : s.children(token)) {
            if ((a.baseRelation().equals("obl") || a.baseRelation().equals("nmod")) && !Phrases.byPhrase(s, a)
                    && TARGET_PREPS.contains(Phrases.preposition(s, a.dependent()))) {
                out.add(a.dependent());
            }
        }
        return out;
    }

    /** "we will not accept interference": the subject of an undergoing verb is no agent of its object. */
    private static boolean undergoes(Sentence s, int verb) {
        return UNDERGOING.contains(s.token(verb).lemma());
    }
}
