package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.model.Event;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * "Beijing said the Philippine boats had intruded", "UN experts reported that Rwandan troops
 * were fighting inside Congo": a hostile act that one actor tells of another is that teller's
 * allegation against the other (ACCUSE `allege`), dated by the telling. The act told is coded
 * too, by the rules that read it.
 */
final class ReportedAccusations {

    private static final Set<PloverType> HOSTILE = EnumSet.of(PloverType.ASSAULT, PloverType.COERCE,
            PloverType.THREATEN, PloverType.MOBILIZE, PloverType.SANCTION);
    /** The act may sit under the told clause's verb, but not in a clause of its own ("after Y expelled…"). */
    private static final Set<String> CLAUSE_UP = Set.of("conj", "xcomp", "aux");

    private ReportedAccusations() {
    }

    static List<Event> find(TriggerLexicon lexicon, String docId, String text, Sentence s, List<TriggerMatcher.Fired> fired,
                            List<ArgumentFinder.Frame> frames, List<Mention> mentions, EventDating dating) {
        List<Event> out = new ArrayList<>();
        for (int k = 0; k < fired.size(); k++) {
            TriggerMatcher.Fired f = fired.get(k);
            if (!(HOSTILE.contains(f.rule().type()) || armsRebels(f, frames.get(k))) || frames.get(k).sources().isEmpty()) {
                continue;
            }
            int teller = tellingVerb(lexicon, s, f.token());
            if (teller < 0) {
                continue;
            }
            for (Mention speaker : subject(lexicon, s, teller, mentions)) {
                if (frames.get(k).sources().stream().anyMatch(d -> d.actor().country() != null
                        && d.actor().country().equals(speaker.actor().country()))) {
                    continue; // "Oslo and Rome said they would sanction Minsk": the tellers are the doers
                }
                for (Mention actor : frames.get(k).sources()) {
                    String a = speaker.actor().country();
                    String b = actor.actor().country();
                    if (a != null && b != null && !a.equals(b) || a == null && b != null && speaker.actor().org() != null) {
                        out.add(new Event(docId, PloverType.ACCUSE, "allege", speaker.actor(), actor.actor(),
                                dating.dateFor(s, teller, EventTense.present(s, teller)), Modality.ASSERTED,
                                EventExtractor.evidence(text, s)));
                    }
                }
            }
        }
        return out;
    }

    /** "reported that Kigali supplied the rebels with weapons": arming a state's armed opponents is told against the giver. */
    private static boolean armsRebels(TriggerMatcher.Fired f, ArgumentFinder.Frame frame) {
        return f.rule().type() == PloverType.AID && "military".equals(f.rule().mode())
                && frame.targets().stream().anyMatch(t -> t.actor() != null && t.actor().role() == dyad.model.Role.OPP);
    }

    /** The verb of telling whose complement clause holds the act, within a few steps up; else -1. */
    private static int tellingVerb(TriggerLexicon lexicon, Sentence s, int token) {
        int node = token;
        for (int hop = 0; hop < 3; hop++) {
            Arc head = s.head(node);
            if (head == null) {
                return -1;
            }
            if (head.baseRelation().equals("ccomp") && lexicon.isAllegingVerb(s.token(head.governor()).lemma())) {
                return head.governor();
            }
            if (!CLAUSE_UP.contains(head.baseRelation())) {
                return -1;
            }
            node = head.governor();
        }
        return -1;
    }

    private static List<Mention> subject(TriggerLexicon lexicon, Sentence s, int verb, List<Mention> mentions) {
        for (Arc a : s.children(verb)) {
            if (a.relation().equals("nsubj")) {
                return Phrases.agentsOrOwner(s, a.dependent(), mentions, lexicon);
            }
        }
        return List.of();
    }
}
