package dyad.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What happened to the system file's lines: invalid ones (not scorable; the first 20 kept
 * with their reason), ones about documents outside the gold (out of scope), and non-event
 * records in sentence mode (unscored).
 */
public record SystemInfo(int lines, int invalidLines, List<Invalid> invalid, int outOfScope, int unscored) {

    /** How many invalid lines are kept as examples. */
    static final int MAX_EXAMPLES = 20;

    public SystemInfo {
        invalid = List.copyOf(invalid);
    }

    public record Invalid(int line, String reason) {
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("lines", lines);
        o.put("invalid_lines", invalidLines);
        ArrayNode bad = o.putArray("invalid");
        invalid.forEach(x -> bad.addObject().put("line", x.line()).put("reason", x.reason()));
        o.put("out_of_scope", outOfScope);
        o.put("unscored", unscored);
        return o;
    }
}
