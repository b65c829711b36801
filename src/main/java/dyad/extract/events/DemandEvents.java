package dyad.extract.events;

import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Role;
import dyad.nlp.Arc;
import dyad.nlp.Sentence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * In an open letter, "Canada must take action" and "Canadian foreign policy must:" are the
 * signatories' demands on a government even without "we urge": REQUEST `change` from the
 * signatories (unmentioned) to the government the modal's subject names, dated when the
 * letter was written.
 */
public final class DemandEvents {

    private static final Set<String> DEMAND_MODALS = Set.of("must", "should");
    private static final Set<Role> ADDRESSABLE = EnumSet.of(Role.GOV, Role.LEG, Role.MIL);

    private DemandEvents() {
    }

    /** Whether the sentence has a demand modal, so it must be parsed even without a trigger word. */
    public static boolean mayDemand(Sentence s) {
        return s.tokens().stream().anyMatch(t -> isDemandModal(s, t.index()));
    }

    static boolean isDemandModal(Sentence s, int i) {
        return s.token(i).pos().equals("MD") && DEMAND_MODALS.contains(s.token(i).word().toLowerCase(Locale.ROOT));
    }

    public static List<Event> extract(String docId, String text, Sentence s, List<Mention> mentions, Actor signatories,
                                      EventDate letterDate) {
        List<Event> out = new ArrayList<>();
        if (!s.parsed()) {
            return out;
        }
        for (int i = 0; i < s.tokens().size(); i++) {
            if (!isDemandModal(s, i)) {
                continue;
            }
            Arc head = s.head(i);
            int predicate = head == null ? i : head.governor();
            for (Arc a : s.children(predicate)) {
                if (!a.relation().equals("nsubj")) {
                    continue;
                }
                Set<Integer> subject = Set.copyOf(s.subtree(a.dependent()));
                for (Mention m : mentions) {
                    Actor t = m.actor();
                    if (m.resolved() && subject.contains(m.first()) && ADDRESSABLE.contains(t.role())
                            && !t.sameBody(signatories)) {
                        out.add(new Event(docId, PloverType.REQUEST, "change", signatories.implicit(), t, letterDate,
                                Modality.ASSERTED, EventExtractor.evidence(text, s)));
                        return out;
                    }
                }
            }
        }
        return out;
    }
}
