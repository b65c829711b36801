package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.model.Event;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * "The Bush administration declared that China must drop barriers": a must/should clause
 * reported by an actor is that actor's demand on the clause's subject — REQUEST `change`,
 * dated by the reporting verb. The demanded act itself is no event (see EventExtractor).
 */
final class ReportedDemands {

    private ReportedDemands() {
    }

    static List<Event> find(TriggerLexicon lexicon, String docId, String text, Sentence s, List<Mention> mentions,
                            EventDating dating) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < s.tokens().size(); i++) {
            Arc modal = DemandEvents.isDemandModal(s, i) ? s.head(i) : null;
            Arc clause = modal == null ? null : s.head(modal.governor());
            if (clause == null || !clause.baseRelation().equals("ccomp")) {
                continue;
            }
            int reporter = clause.governor();
            if (!lexicon.isReportingVerb(s.token(reporter).lemma())) {
                continue;
            }
            List<Mention> speakers = subject(s, reporter, mentions);
            List<Mention> addressees = subject(s, modal.governor(), mentions);
            for (Mention speaker : speakers) {
                for (Mention addressee : addressees) {
                    if (!speaker.actor().sameBody(addressee.actor())) {
                        out.add(new Event(docId, PloverType.REQUEST, "change", speaker.actor(), addressee.actor(),
                                dating.dateFor(s, reporter, EventTense.present(s, reporter)), Modality.ASSERTED,
                                EventExtractor.evidence(text, s)));
                    }
                }
            }
        }
        return out;
    }

    private static List<Mention> subject(Sentence s, int verb, List<Mention> mentions) {
        for (Arc a : s.children(verb)) {
            if (a.relation().equals("nsubj")) {
                return Phrases.agentsUnder(s, a.dependent(), mentions);
            }
        }
        return List.of();
    }
}
