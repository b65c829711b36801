package dyad.extract.events;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.Span;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import dyad.nlp.Token;
import dyad.model.PloverType;
import dyad.model.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Events of one parsed sentence: each fired trigger gives one event per (source party,
 * target party) pair, with the sentence as evidence. A trigger with a source but no named
 * target keeps the target implicit only where the lexicon's convention makes it certain.
 */
public final class EventExtractor {

    private final TriggerLexicon lexicon;
    private final TriggerMatcher matcher;
    private final ArgumentFinder arguments;
    private final ModalityDetector modality = new ModalityDetector();
    private static final Set<Role> STATE_ROLES = EnumSet.of(Role.GOV, Role.MIL);
    private static final Set<PloverType> SYMMETRIC = EnumSet.of(PloverType.CONSULT, PloverType.AGREE,
            PloverType.COOPERATE);
    private static final Set<String> CONTENT_RELATIONS = Set.of("xcomp", "acl", "ccomp");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "“", "”");
    private static final Set<String> DEMAND_CHAIN = Set.of("xcomp", "advcl", "ccomp", "conj");

    public EventExtractor(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = new TriggerMatcher(lexicon);
        this.arguments = new ArgumentFinder(lexicon);
    }

    public TriggerLexicon lexicon() {
        return lexicon;
    }

    public List<Event> extract(String docId, String text, Sentence s, List<Mention> mentions, EventDating dating,
                               Focus focus) {
        List<Event> events = new ArrayList<>();
        if (!s.parsed() || mentions.isEmpty()) {
            return events;
        }
        Span evidence = evidence(text, s);
        Set<String> seen = new HashSet<>();
        List<TriggerMatcher.Fired> fired = matcher.fire(s).stream().filter(f -> !insideName(f.token(), mentions)).toList();
        List<ArgumentFinder.Frame> frames = new ArrayList<>();
        Set<Integer> triggerTokens = new HashSet<>();
        fired.forEach(f -> triggerTokens.add(f.token()));
        for (TriggerMatcher.Fired f : fired) {
            frames.add(arguments.find(s, f.token(), f.consumed(), mentions, triggerTokens));
        }
        Set<Integer> absorbed = absorbEventObjects(s, fired, frames);
        for (int k = 0; k < fired.size(); k++) {
            TriggerMatcher.Fired f = fired.get(k);
            if (absorbed.contains(k)) {
                continue;
            }
            ArgumentFinder.Frame frame = EventArguments.viaEventNouns(s, f, frames.get(k), fired, frames, mentions);
            Modality m = modality.of(s, f.token());
            EventDate date = dating.dateFor(s, f.token(), present(s, f.token()));
            boolean noun = isDefiniteNoun(s, f.token()); // a re-mention keeps its act's date
            PloverType type = f.rule().type();
            if (isContentOfRequestOrThreat(s, f.token(), fired) || isDemanded(s, f.token()) || isDanger(s, f, mentions)
                    || isBelief(s, f.token())) {
                continue;
            }
            List<Mention> mutual = mutualParties(type, frame, s, f.token());
            if (mutual.size() > 1) { // one event in each direction
                for (Mention a : mutual) {
                    for (Mention b : mutual) {
                        add(events, seen, new Event(docId, type, f.rule().mode(), a.actor(), b.actor(),
                                focus.remention(noun, type, a.actor(), b.actor(), date), m, evidence), a);
                    }
                }
                continue;
            }
            List<Mention> sources = frame.sources().isEmpty() ? conjoinedSources(s, f.token(), fired, frames, mentions) : frame.sources();
            sources = sameQuotation(s, f.token(), sources);
            List<Mention> explicit = sameQuotation(s, f.token(), frame.targets()).stream()
                    .filter(t -> !isReflexive(s, t, triggerTokens)).toList();
            if (explicit.isEmpty() && !frame.targets().isEmpty()) {
                continue;
            }
            if (sources.isEmpty()) { // "the easing of sanctions on X": who last sanctioned X
                for (Mention tgt : explicit) {
                    focus.implicitSource(type, tgt.actor()).ifPresent(src ->
                            add(events, seen, new Event(docId, type, f.rule().mode(), src, tgt.actor(),
                                    focus.remention(noun, type, src, tgt.actor(), date), m, evidence), tgt));
                }
                continue;
            }
            for (Mention src : sources) {
                List<Actor> targets = new ArrayList<>(explicit.stream().map(Mention::actor).toList());
                if (targets.isEmpty()) {
                    focus.implicitTarget(type, src.actor()).ifPresent(targets::add);
                }
                for (Actor tgt : targets) {
                    add(events, seen, new Event(docId, type, f.rule().mode(), src.actor(), tgt,
                            focus.remention(noun, type, src.actor(), tgt, date), m, evidence), src);
                }
            }
        }
        for (Event e : ReportedDemands.find(lexicon, docId, text, s, mentions, dating)) {
            add(events, seen, e, mentions.stream().filter(x -> x.actor() == e.source()).findFirst().orElseThrow());
        }
        events.forEach(focus::happened);
        return events;
    }

    /**
     * "Canada hosted a Lima Group meeting": a verb whose object names the same kind of act is
     * one event; the participants named on the noun ("Lima Group") are the verb's targets.
     * Returns the indexes of the absorbed noun triggers; the verb's frame is updated in place.
     */
    private static Set<Integer> absorbEventObjects(Sentence s, List<TriggerMatcher.Fired> fired,
                                                   List<ArgumentFinder.Frame> frames) {
        Set<Integer> absorbed = new HashSet<>();
        for (int v = 0; v < fired.size(); v++) {
            TriggerMatcher.Fired verb = fired.get(v);
            if (!s.token(verb.token()).isVerb() || !frames.get(v).targets().isEmpty()) {
                continue;
            }
            for (int n = 0; n < fired.size(); n++) {
                TriggerMatcher.Fired noun = fired.get(n);
                Arc head = s.head(noun.token());
                if (n != v && head != null && head.governor() == verb.token() && head.relation().equals("obj")
                        && noun.rule().type() == verb.rule().type()) {
                    ArgumentFinder.Frame vf = frames.get(v);
                    List<Mention> named = frames.get(n).sources().stream()
                            .filter(m -> vf.sources().stream().noneMatch(x -> x.actor().sameBody(m.actor()))).toList();
                    frames.set(v, vf.withParties(vf.sources(), named));
                    absorbed.add(n);
                }
            }
        }
        return absorbed;
    }

    /** "the attack", "Russia's invasion", but not "a meeting … is planned": a noun that refers back. */
    private static boolean isDefiniteNoun(Sentence s, int token) {
        return s.token(token).isNoun() && s.children(token).stream().noneMatch(a -> a.relation().equals("det")
                && Set.of("a", "an", "another").contains(s.token(a.dependent()).word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** "Asia-Pacific Economic Cooperation", "Peace Corps": a word of a body's name is no act. */
    private static boolean insideName(int token, List<Mention> mentions) {
        return mentions.stream().anyMatch(m -> m.covers(token) && m.kind() == EntryKind.ORGANIZATION
                && m.first() < m.last());
    }

    private static void add(List<Event> events, Set<String> seen, Event e, Mention source) {
        Actor src = e.source();
        Actor tgt = e.target();
        if (tgt.sameBody(src) || sameState(src, tgt)) {
            return;
        }
        if (seen.add(e.type() + "|" + e.mode() + "|" + source.partyKey() + "|" + tgt.country() + tgt.org())) {
            events.add(e);
        }
    }

    /**
     * Parties of a symmetric act: "talks between A and B", "the two governments held talks"
     * (but "Ottawa and Washington's overtures" are each aimed at a third party).
     */
    private static List<Mention> mutualParties(PloverType type, ArgumentFinder.Frame frame, Sentence s, int trigger) {
        if (!frame.mutual().isEmpty()) {
            return frame.mutual();
        }
        if ((type == PloverType.AGREE || type == PloverType.CONSULT) && s.token(trigger).isNoun() && !frame.sources().isEmpty()
                && !frame.targets().isEmpty() && frame.targets().stream().allMatch(t -> withPhraseOf(s, trigger, t))) {
            List<Mention> both = new ArrayList<>(frame.sources()); // "the government's agreement with the opposition"
            both.addAll(frame.targets());
            return both;
        }
        List<Mention> sources = frame.sources();
        boolean onePluralPhrase = sources.size() > 1 && sources.stream().allMatch(m -> m.first() == sources.get(0).first());
        return SYMMETRIC.contains(type) && frame.targets().isEmpty() && onePluralPhrase ? sources : List.of();
    }

    /** "agreement with the opposition" (but "intelligence sharing with the U.S." flows one way): the mention heads a with-phrase on the trigger noun. */
    private static boolean withPhraseOf(Sentence s, int trigger, Mention m) {
        Arc head = s.head(m.last());
        return head != null && head.governor() == trigger && "with".equals(ArgumentFinder.preposition(s, m.last()));
    }

    /**
     * "urged Chile to resume talks", "threats to send troops": what is asked for or threatened
     * has not happened; the request or threat is the event.
     */
    private static boolean isContentOfRequestOrThreat(Sentence s, int token, List<TriggerMatcher.Fired> fired) {
        int node = token;
        for (int hop = 0; hop < 2; hop++) {
            Arc head = s.head(node);
            if (head == null || !CONTENT_RELATIONS.contains(head.baseRelation())) {
                return false;
            }
            node = head.governor();
            for (TriggerMatcher.Fired f : fired) {
                if (f.token() == node && (f.rule().type() == PloverType.REQUEST || f.rule().type() == PloverType.THREATEN)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Canada must take action to oppose …": the act a modal demands has not happened (the
     * demand itself is a REQUEST, see {@link DemandEvents}); the acts it presupposes, as nouns, have.
     */
    private static boolean isDemanded(Sentence s, int token) {
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
    private boolean isBelief(Sentence s, int token) {
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

    /**
     * "voices who support their revolutionary process", "in defence of their country": "their"
     * on a thing (not on an act) is the agents' own, whatever the discourse made of the pronoun.
     */
    private static boolean isReflexive(Sentence s, Mention target, Set<Integer> triggerTokens) {
        int possessed = -1;
        if (target.first() == target.last() && isTheir(s, target.first())) {
            Arc head = s.head(target.first());
            possessed = head == null ? -1 : head.governor();
        } else {
            for (Arc a : s.children(target.last())) {
                if (a.relation().equals("nmod:poss") && isTheir(s, a.dependent())) {
                    possessed = target.last();
                }
            }
        }
        return possessed >= 0 && !triggerTokens.contains(possessed);
    }

    private static boolean isTheir(Sentence s, int token) {
        return s.token(token).word().equalsIgnoreCase("their");
    }

    /**
     * "affirmed “… the peaceful settlement of disputes …”": an act named by a quoted noun or
     * adjective takes its participants from the quotation, not from the sentence that quotes it
     * (a quoted verb often continues the quoting clause: "Canada, “not allowing even an office”").
     */
    private static List<Mention> sameQuotation(Sentence s, int token, List<Mention> parties) {
        int[] quote = s.token(token).isVerb() ? null : quotation(s, token);
        if (quote == null) {
            return parties;
        }
        return parties.stream().filter(m -> m.first() > quote[0] && m.last() < quote[1]).toList();
    }

    /** The opening and closing quotation-mark tokens around {@code token}, or null when it is not quoted. */
    private static int[] quotation(Sentence s, int token) {
        int open = -1;
        for (int i = 0; i < s.tokens().size(); i++) {
            boolean mark = QUOTE_MARKS.contains(s.token(i).word());
            if (!mark) {
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                if (open < token && token < i) {
                    return new int[] {open, i};
                }
                open = -1;
            }
        }
        return null;
    }

    /** "threats to rights, sovereignty and peace": a danger to something, not a threat made to someone. */
    private static boolean isDanger(Sentence s, TriggerMatcher.Fired f, List<Mention> mentions) {
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

    /**
     * "the consequences of U.S. military interventions": a bare plural noun speaks of a kind of
     * act, not of one act, so no target is inferred for it ("Ottawa and Washington's overtures"
     * with a possessor are particular acts).
     */
    private static boolean isBarePlural(Sentence s, int token) {
        Token t = s.token(token);
        return t.pos().equals("NNS") && s.children(token).stream().noneMatch(a -> a.baseRelation().equals("det")
                || a.relation().equals("nmod:poss") || a.baseRelation().equals("nummod"));
    }

    /** A state's government and its armed forces do not act on each other in event data. */
    private static boolean sameState(Actor a, Actor b) {
        return a.country() != null && a.country().equals(b.country()) && STATE_ROLES.contains(a.role())
                && STATE_ROLES.contains(b.role());
    }

    /**
     * "the attack on January 3 and the abduction of X": a conjoined trigger shares the first
     * one's agent, found through the parse or, when markup broke it, through the "and" that
     * joins two event nouns.
     */
    private static List<Mention> conjoinedSources(Sentence s, int token, List<TriggerMatcher.Fired> fired,
                                                  List<ArgumentFinder.Frame> frames, List<Mention> mentions) {
        Arc head = s.head(token);
        for (int k = 0; k < fired.size(); k++) {
            if (head != null && head.relation().equals("conj") && fired.get(k).token() == head.governor()) {
                return frames.get(k).sources();
            }
        }
        if (!joinedByAnd(s, token)) {
            return List.of();
        }
        if (!s.token(token).isNoun()) {
            return clauseSubject(s, mentions);
        }
        for (int k = fired.size() - 1; k >= 0; k--) {
            int other = fired.get(k).token();
            if (other < token && token - other <= 12 && s.token(other).isNoun() && !frames.get(k).sources().isEmpty()) {
                return frames.get(k).sources();
            }
        }
        return List.of();
    }

    /** "They called for unity and expressed concern": the subject of the sentence's main verb. */
    private static List<Mention> clauseSubject(Sentence s, List<Mention> mentions) {
        for (Arc root : s.tree()) {
            if (root.governor() < 0) {
                for (Arc a : s.children(root.dependent())) {
                    if (a.relation().equals("nsubj")) {
                        return ArgumentFinder.agentsUnder(s, a.dependent(), mentions);
                    }
                }
            }
        }
        return List.of();
    }

    /** "and the abduction", "and the brutal abduction": an "and" before the noun phrase. */
    private static boolean joinedByAnd(Sentence s, int noun) {
        for (int i = noun - 1; i >= 0 && noun - i <= 4; i--) {
            String w = s.token(i).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("and")) {
                return true;
            }
            String pos = s.token(i).pos();
            if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.equals(",") || pos.equals("PRP$") || pos.startsWith("RB"))) {
                return false;
            }
        }
        return false;
    }

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
        Token t = s.token(verb);
        boolean perfect = s.children(verb).stream()
                .anyMatch(a -> a.baseRelation().equals("aux") && s.token(a.dependent()).lemma().equals("have"));
        boolean presentAux = s.children(verb).stream()
                .anyMatch(a -> a.baseRelation().equals("aux") && s.token(a.dependent()).isPresentTense());
        return !perfect && (t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("VBG") && presentAux);
    }

    /** Present tense or progressive on the trigger or the verbs it is embedded under; not the perfect. */
    static boolean present(Sentence s, int trigger) {
        int node = trigger;
        for (int depth = 0; depth < 4 && node >= 0; depth++) {
            Token t = s.token(node);
            boolean perfect = s.children(node).stream()
                    .anyMatch(a -> a.baseRelation().equals("aux") && s.token(a.dependent()).lemma().equals("have"));
            boolean presentAux = s.children(node).stream()
                    .anyMatch(a -> a.baseRelation().equals("aux") && s.token(a.dependent()).isPresentTense());
            if (!perfect && (t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("VBG") && presentAux)) {
                return true;
            }
            Arc head = s.head(node);
            if (head == null || !head.baseRelation().equals("xcomp")) {
                return false;
            }
            node = head.governor();
        }
        return false;
    }

    static Span evidence(String text, Sentence s) {
        return Span.of(text, s.start(), s.end());
    }
}
