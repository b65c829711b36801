package dyad.eval;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** An accuracy over matched pairs: correct of n, null when no pair qualifies. */
public record Ratio(int correct, int n) {

    public Ratio {
        if (correct < 0 || correct > n) {
            throw new IllegalArgumentException("correct " + correct + " outside 0.." + n);
        }
    }

    public Double acc() {
        return n == 0 ? null : (double) correct / n;
    }

    /** {"correct", "n", "acc"}, as score.py's ratio(). */
    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("correct", correct);
        o.put("n", n);
        o.put("acc", acc());
        return o;
    }
}
