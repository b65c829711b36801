package dyad.extract.relations;

import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Relation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Relation states implied by the events of one document, for pairs of states only:
 * recognition from SUPPORT/recognize, sanctions from SANCTION/sanction and
 * CONCEDE/ease_sanctions, diplomatic level from broken ties and from efforts to restore
 * them (which presuppose there are none). The same state at the same date is kept once.
 */
public final class RelationDeriver {

    public List<Relation> derive(List<Event> events) {
        List<Relation> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Event e : events) {
            String a = e.source().country();
            String b = e.target().country();
            if (a == null || b == null || a.equals(b) || e.source().org() != null || e.target().org() != null
                    || !isState(e)) {
                continue;
            }
            Relation r = relationOf(e, a, b);
            if (r != null && seen.add(r.pair() + r.attribute() + r.value() + r.date().value())) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean isState(Event e) {
        return switch (e.source().role()) {
            case GOV, MIL -> switch (e.target().role()) {
                case GOV, MIL -> true;
                default -> false;
            };
            default -> false;
        };
    }

    private static Relation relationOf(Event e, String a, String b) {
        String mode = e.mode() == null ? "" : e.mode();
        Modality m = e.modality();
        EventDate d = e.date();
        if (e.type() == PloverType.SUPPORT && mode.equals("recognize")) {
            if (m == Modality.ASSERTED) {
                return new Relation(e.doc(), List.of(a, b), Relation.RECOGNITION, "recognized", d, e.evidence());
            }
            if (m == Modality.NEGATED) {
                return new Relation(e.doc(), List.of(a, b), Relation.RECOGNITION, "not_recognized", d, e.evidence());
            }
        }
        if (e.type() == PloverType.SANCTION && mode.equals("sanction") && m == Modality.ASSERTED) {
            return new Relation(e.doc(), List.of(a, b), Relation.SANCTIONS, "imposed", d, e.evidence());
        }
        if (e.type() == PloverType.CONCEDE && mode.equals("ease_sanctions") && m == Modality.ASSERTED) {
            return new Relation(e.doc(), List.of(a, b), Relation.SANCTIONS, "eased", d, e.evidence());
        }
        if (e.type() == PloverType.SANCTION && mode.equals("diplomatic") && m == Modality.ASSERTED) {
            return new Relation(e.doc(), List.of(a, b), Relation.DIPLOMATIC_LEVEL, "none", d, e.evidence());
        }
        if (e.type() == PloverType.SUPPORT && mode.equals("diplomatic") && m == Modality.INTENDED) {
            // Seeking to restore ties says there are none now.
            return new Relation(e.doc(), List.of(a, b), Relation.DIPLOMATIC_LEVEL, "none", d, e.evidence());
        }
        return null;
    }
}
