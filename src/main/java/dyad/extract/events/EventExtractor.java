package dyad.extract.events;

import dyad.extract.actors.Gazetteer;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.Span;
import dyad.nlp.Sentence;
import dyad.model.PloverType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
    private final ModalityDetector modality;
    private final EventScope scope;
    private final OwnPeople ownPeople;
    private final ProtestTargets protestTargets;

    public EventExtractor(TriggerLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.modality = new ModalityDetector(lexicon);
        this.matcher = new TriggerMatcher(lexicon);
        this.arguments = new ArgumentFinder(lexicon);
        this.scope = new EventScope(lexicon);
        this.ownPeople = new OwnPeople(lexicon, gazetteer);
        this.protestTargets = new ProtestTargets(gazetteer);
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
        List<TriggerMatcher.Fired> fired = matcher.fire(s).stream().filter(f -> !EventScope.insideName(f.token(), mentions)).toList();
        List<ArgumentFinder.Frame> frames = new ArrayList<>();
        Set<Integer> triggerTokens = new HashSet<>();
        fired.forEach(f -> triggerTokens.add(f.token()));
        for (TriggerMatcher.Fired f : fired) {
            frames.add(arguments.find(s, f.token(), f.consumed(), mentions, triggerTokens));
        }
        Set<Integer> absorbed = EventParties.absorbEventObjects(s, fired, frames);
        OwnedDemands owned = OwnedDemands.find(lexicon, docId, text, s, fired, frames, mentions, dating);
        for (int k = 0; k < fired.size(); k++) {
            TriggerMatcher.Fired f = fired.get(k);
            if (absorbed.contains(k) || owned.told().contains(f.token()) && f.rule().type() == PloverType.REQUEST) {
                continue;
            }
            ArgumentFinder.Frame frame = EventParties.withoutVenues(s,
                    EventArguments.viaEventNouns(s, f, frames.get(k), fired, frames, mentions), f.rule().type(), lexicon);
            Modality m = modality.of(s, f.token());
            EventDate date = dating.dateFor(s, f.token(), EventTense.present(s, f.token()));
            boolean noun = EventTense.isDefiniteNoun(s, f.token()); // a re-mention keeps its act's date
            PloverType type = f.rule().type();
            if (scope.excludes(s, f, fired, mentions)) {
                continue;
            }
            List<Mention> mutual = EventParties.mutualParties(type, f.rule().mode(), frame, s, f.token(),
                    lexicon.isMutualAct(s.token(f.token()).lemma()) && EventParties.noOtherObject(s, f.token(), lexicon));
            if (mutual.size() > 1) { // one event in each direction
                for (Mention a : mutual) {
                    for (Mention b : mutual) {
                        add(events, seen, new Event(docId, type, f.rule().mode(), a.actor(), b.actor(),
                                focus.remention(noun, type, a.actor(), b.actor(), date), m, evidence), a);
                    }
                }
                continue;
            }
            List<Mention> sources = frame.sources().isEmpty() ? EventParties.conjoinedSources(s, f.token(), fired, frames, mentions) : frame.sources();
            sources = EventParties.sameQuotation(s, f.token(), sources);
            List<Mention> explicit = EventParties.sameQuotation(s, f.token(), ListedParties.withListed(s, frame.targets(), mentions)).stream()
                    .filter(t -> !EventParties.isReflexive(s, t, triggerTokens))
                    .toList();
            if (explicit.isEmpty() && !frame.targets().isEmpty()) {
                continue;
            }
            if (sources.isEmpty()) { // "the easing of sanctions on X": who last sanctioned X
                boolean passive = s.children(f.token()).stream().anyMatch(a -> a.relation().equals("nsubj:pass"));
                for (Mention tgt : explicit) {
                    (passive ? focus.implicitAgent(type, tgt.actor()) : focus.implicitSource(type, tgt.actor())).ifPresent(src ->
                            add(events, seen, new Event(docId, type, f.rule().mode(), src, tgt.actor(),
                                    focus.remention(noun, type, src, tgt.actor(), date), m, evidence), tgt));
                }
                continue;
            }
            for (Mention src : sources) {
                List<Actor> targets = new ArrayList<>(explicit.stream().map(Mention::actor).toList());
                for (PloverType reacted : EventArguments.agentlessObjects(f, frame, fired, frames)) {
                    focus.lastAgentOf(reacted).filter(a -> !java.util.Objects.equals(a.country(), src.actor().country()))
                            .filter(a -> targets.isEmpty()).ifPresent(targets::add); // "condemned the raid" told before
                }
                if (targets.isEmpty()) { // "executed 47 men": the actor's own people
                    ownPeople.target(text, s, f.rule().mode(), frame, mentions, src.actor()).ifPresent(targets::add);
                }
                if (targets.isEmpty() && type == PloverType.PROTEST) {
                    protestTargets.of(s, f.token(), mentions, src).ifPresent(targets::add);
                }
                if (targets.isEmpty()) { // "X cut aid to Rwanda, and Y suspended support": Rwanda again
                    Actor same = events.stream().filter(e -> e.type() == type && e.target().text() != null
                            && !java.util.Objects.equals(e.target().country(), src.actor().country()))
                            .map(e -> e.target().implicit()).reduce((a, b) -> b).orElse(null);
                    if (same != null) {
                        targets.add(same);
                    } else if (!(type == PloverType.REQUEST && askedOfAll(s, frame)) && !aimedAtRelative(s, frame)) {
                        focus.implicitTarget(type, src.actor(), NamedBeside.otherState(s, f.token(), mentions, sources))
                                .or(() -> ownPeople.atHome(type, src.actor(), s, frame)).or(() -> OwnPeople.noOne(type))
                                .ifPresent(targets::add);
                    }
                }
                for (Actor tgt : targets) {
                    EventDate when = focus.continued("pronoun".equals(src.office()), src.actor(), s.index(),
                            focus.remention(noun, type, src.actor(), tgt, date));
                    add(events, seen, new Event(docId, type, f.rule().mode(), src.actor(), tgt, when, m, evidence), src);
                    EventDate then = reiterated(s, f, dating, date);
                    if (then != null) { // "we reiterate the calls in our letter of November 13": made then, too
                        add(events, seen, new Event(docId, type, f.rule().mode(), src.actor(), tgt, then, m, evidence), src);
                    }
                }
            }
        }
        for (Event e : ReportedAccusations.find(lexicon, docId, text, s, fired, frames, mentions, dating)) {
            add(events, seen, e, mentions.stream().filter(x -> x.actor() == e.source()).findFirst().orElseThrow());
        }
        for (Event e : owned.events()) {
            add(events, seen, e, mentions.stream().filter(x -> x.actor() == e.source()).findFirst().orElseThrow());
        }
        for (Event e : ReportedDemands.find(lexicon, docId, text, s, mentions, dating)) {
            add(events, seen, e, mentions.stream().filter(x -> x.actor() == e.source()).findFirst().orElseThrow());
        }
        events.forEach(e -> focus.happened(e, s.index()));
        return events;
    }

    /** "called for regional unity", "urged calm": a call for a common good is aimed at no one in particular. */
    private boolean askedOfAll(Sentence s, ArgumentFinder.Frame frame) {
        return frame.objectHeads().stream().anyMatch(h -> lexicon.isCommonGood(s.token(h).lemma()));
    }

    /** "those with whom we disagree": the act is aimed at the relative pronoun's antecedent, not at whom the document is about. */
    private static boolean aimedAtRelative(Sentence s, ArgumentFinder.Frame frame) {
        return frame.objectHeads().stream().anyMatch(h -> s.token(h).pos().startsWith("W"));
    }

    /** The earlier date of a demand made again ("reiterate the calls … of November 13"), or null. */
    private EventDate reiterated(Sentence s, TriggerMatcher.Fired f, EventDating dating, EventDate now) {
        if (f.rule().type() != PloverType.REQUEST || !lexicon.isReiteratingVerb(s.token(f.token()).lemma())) {
            return null;
        }
        EventDate then = dating.referredDate(s, f.token());
        return then.known() && !then.equals(now) ? then : null;
    }

    private static void add(List<Event> events, Set<String> seen, Event e, Mention source) {
        Actor src = e.source();
        Actor tgt = e.target();
        if (tgt.sameBody(src) || sameState(src, tgt)) {
            return;
        }
        if (seen.add(e.type() + "|" + e.mode() + "|" + e.date().value() + "|" + source.partyKey() + "|" + tgt.country() + tgt.org())) {
            events.add(e);
        }
    }

    /** A state's government and its armed forces do not act on each other in event data. */
    static boolean sameState(Actor a, Actor b) {
        return a.country() != null && a.country().equals(b.country()) && a.role().actsForState()
                && b.role().actsForState();
    }

    static Span evidence(String text, Sentence s) {
        return Span.of(text, s.start(), s.end());
    }
}
