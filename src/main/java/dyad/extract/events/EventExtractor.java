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
import java.util.ArrayList;
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
    private final ArgumentFinder arguments = new ArgumentFinder();
    private final ModalityDetector modality = new ModalityDetector();

    public EventExtractor(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = new TriggerMatcher(lexicon);
    }

    public TriggerLexicon lexicon() {
        return lexicon;
    }

    public List<Event> extract(String docId, String text, Sentence s, List<Mention> mentions, EventDating dating) {
        List<Event> events = new ArrayList<>();
        if (!s.parsed() || mentions.isEmpty()) {
            return events;
        }
        Span evidence = evidence(text, s);
        Set<String> seen = new HashSet<>();
        List<TriggerMatcher.Fired> fired = matcher.fire(s);
        List<ArgumentFinder.Frame> frames = new ArrayList<>();
        for (TriggerMatcher.Fired f : fired) {
            frames.add(arguments.find(s, f.token(), f.consumed(), mentions));
        }
        for (int k = 0; k < fired.size(); k++) {
            TriggerMatcher.Fired f = fired.get(k);
            ArgumentFinder.Frame frame = frames.get(k);
            List<Mention> sources = frame.sources().isEmpty() ? conjoinedSources(s, f.token(), fired, frames) : frame.sources();
            if (sources.isEmpty()) {
                continue;
            }
            Modality m = modality.of(s, f.token());
            EventDate date = dating.dateFor(s, f.token(), present(s, f.token()));
            for (Mention src : sources) {
                List<Actor> targets = frame.targets().stream().map(Mention::actor).toList();
                for (Actor tgt : targets.isEmpty() ? List.<Actor>of() : targets) {
                    if (tgt.sameBody(src.actor())) {
                        continue;
                    }
                    String key = f.rule().type() + "|" + src.partyKey() + "|" + tgt.country() + tgt.org();
                    if (seen.add(key)) {
                        events.add(new Event(docId, f.rule().type(), f.rule().mode(), src.actor(), tgt, date, m, evidence));
                    }
                }
            }
        }
        return events;
    }

    /** "the attack on January 3 and the abduction of X": a conjoined trigger shares the first one's agent. */
    private static List<Mention> conjoinedSources(Sentence s, int token, List<TriggerMatcher.Fired> fired,
                                                  List<ArgumentFinder.Frame> frames) {
        Arc head = s.head(token);
        if (head == null || !head.relation().equals("conj")) {
            return List.of();
        }
        for (int k = 0; k < fired.size(); k++) {
            if (fired.get(k).token() == head.governor()) {
                return frames.get(k).sources();
            }
        }
        return List.of();
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
