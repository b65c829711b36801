package dyad.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Set;

/** The state of a pair of states at a time: diplomatic level, sanctions, recognition. */
@JsonPropertyOrder({"kind", "doc", "pair", "attribute", "value", "date", "evidence"})
public record Relation(String doc, List<String> pair, String attribute, String value, EventDate date, Span evidence)
        implements Record {

    public static final String DIPLOMATIC_LEVEL = "diplomatic_level";
    public static final String SANCTIONS = "sanctions";
    public static final String RECOGNITION = "recognition";

    private static final java.util.Map<String, Set<String>> VALUES = java.util.Map.of(
            DIPLOMATIC_LEVEL, Set.of("embassy", "chargé", "interests", "none"),
            SANCTIONS, Set.of("imposed", "eased", "lifted", "reimposed"),
            RECOGNITION, Set.of("recognized", "not_recognized"));

    public Relation {
        pair = List.copyOf(pair);
        if (pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
            throw new IllegalArgumentException("a relation pair is two different states: " + pair);
        }
        Set<String> allowed = VALUES.get(attribute);
        if (allowed == null) {
            throw new IllegalArgumentException("unknown relation attribute '" + attribute + "'");
        }
        if (!allowed.contains(value)) {
            throw new IllegalArgumentException("relation " + attribute + " cannot be '" + value + "'; allowed: " + allowed);
        }
    }

    @Override
    public String kind() {
        return "relation";
    }
}
