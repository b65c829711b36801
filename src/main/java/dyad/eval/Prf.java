package dyad.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Counts behind precision, recall and F1. A zero denominator gives null (printed "-"), so
 * gold 0 / system 3 gives P 0, R null, F1 0 — "nothing to find" is not "found it all".
 */
public record Prf(int gold, int system, int tp) {

    public Prf {
        if (tp < 0 || tp > gold || tp > system) {
            throw new IllegalArgumentException("tp " + tp + " outside 0.." + Math.min(gold, system));
        }
    }

    /** tp / system, or null when the system has nothing. */
    public Double p() {
        return system == 0 ? null : (double) tp / system;
    }

    /** tp / gold, or null when gold has nothing. */
    public Double r() {
        return gold == 0 ? null : (double) tp / gold;
    }

    /** 2 tp / (system + gold), or null when both are empty. */
    public Double f1() {
        return system + gold == 0 ? null : 2.0 * tp / (system + gold);
    }

    /** {"gold", "system", "tp", "p", "r", "f1"}, as score.py's prf(). */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("gold", gold);
        o.put("system", system);
        o.put("tp", tp);
        o.put("p", p());
        o.put("r", r());
        o.put("f1", f1());
        return o;
    }
}
