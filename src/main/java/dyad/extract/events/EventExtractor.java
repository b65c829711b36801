package dyad.extract.events;

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
        List<TriggerMatcher.Fired> fired = matcher.fire(s);
        List<ArgumentFinder.Frame> frames = new ArrayList<>();
        Set<Integer> triggerTokens = new HashSet<>();
        fired.forEach(f -> triggerTokens.add(f.token()));
        for (TriggerMatcher.Fired f : fired) {
            frames.add(arguments.find(s, f.token(), f.consumed(), mentions, triggerTokens));
        }
        for (int k = 0; k < fired.size(); k++) {
            TriggerMatcher.Fired f = fired.get(k);
            ArgumentFinder.Frame frame = EventArguments.viaEventNouns(s, f, frames.get(k), fired, frames, mentions);
            Modality m = modality.of(s, f.token());
            EventDate date = dating.dateFor(s, f.token(), present(s, f.token()));
            PloverType type = f.rule().type();
            if (isContentOfRequestOrThreat(s, f.token(), fired)) {
                continue;
            }
            List<Mention> mutual = mutualParties(type, frame);
            if (mutual.size() > 1) { // one event in each direction
                for (Mention a : mutual) {
                    for (Mention b : mutual) {
                        add(events, seen, new Event(docId, type, f.rule().mode(), a.actor(), b.actor(), date, m, evidence), a);
                    }
                }
                continue;
            }
            List<Mention> sources = frame.sources().isEmpty() ? conjoinedSources(s, f.token(), fired, frames, mentions) : frame.sources();
            if (sources.isEmpty()) {
                continue;
            }
            for (Mention src : sources) {
                List<Actor> targets = new ArrayList<>(frame.targets().stream().map(Mention::actor).toList());
                if (targets.isEmpty()) {
                    focus.implicitTarget(type, src.actor()).ifPresent(targets::add);
                }
                for (Actor tgt : targets) {
                    add(events, seen, new Event(docId, type, f.rule().mode(), src.actor(), tgt, date, m, evidence), src);
                }
            }
        }
        events.forEach(focus::happened);
        return events;
    }

    private static void add(List<Event> events, Set<String> seen, Event e, Mention source) {
        Actor src = e.source();
        Actor tgt = e.target();
        if (tgt.sameBody(src) || sameState(src, tgt) || src.country() != null && src.country().equals(tgt.country())
                && src.role() == tgt.role()) {
            return;
        }
        if (seen.add(e.type() + "|" + source.partyKey() + "|" + tgt.country() + tgt.org())) {
            events.add(e);
        }
    }

    /**
     * Parties of a symmetric act: "talks between A and B", "the two governments held talks"
     * (but "Ottawa and Washington's overtures" are each aimed at a third party).
     */
    private static List<Mention> mutualParties(PloverType type, ArgumentFinder.Frame frame) {
        if (!frame.mutual().isEmpty()) {
            return frame.mutual();
        }
        List<Mention> sources = frame.sources();
        boolean onePluralPhrase = sources.size() > 1 && sources.stream().allMatch(m -> m.first() == sources.get(0).first());
        return SYMMETRIC.contains(type) && frame.targets().isEmpty() && onePluralPhrase ? sources : List.of();
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
