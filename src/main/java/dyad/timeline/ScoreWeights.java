package dyad.timeline;

import dyad.extract.actors.TsvTable;
import dyad.model.PloverType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The cooperation–conflict weight of one event of each PLOVER type, read from a data file
 * ({@value #DEFAULT_RESOURCE}): type, weight in [-10, 10], a note. Every type must appear exactly once.
 */
public final class ScoreWeights {

    public static final String DEFAULT_RESOURCE = "/dyad/timeline/plover-weights.tsv";
    static final double LIMIT = 10;

    private final Map<PloverType, Double> weights;

    private ScoreWeights(Map<PloverType, Double> weights) {
        this.weights = weights;
    }

    /** The weights Dyad ships with. */
    public static ScoreWeights standard() {
        return load(DEFAULT_RESOURCE);
    }

    /** Weights from a classpath resource; a bad file fails with its name and line. */
    public static ScoreWeights load(String resource) {
        Map<PloverType, Double> weights = new EnumMap<>(PloverType.class);
        for (TsvTable.Row row : TsvTable.read(resource, 3)) {
            PloverType type;
            try {
                type = PloverType.parse(row.cell(0), resource + " line " + row.line());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            double weight;
            try {
                weight = Double.parseDouble(row.cell(1));
            } catch (NumberFormatException e) {
                throw row.error("weight of " + type + " is not a number: '" + row.cell(1) + "'");
            }
            if (!(weight >= -LIMIT && weight <= LIMIT)) {
                throw row.error("weight of " + type + " must be in [-10, 10], got " + row.cell(1));
            }
            if (weights.put(type, weight) != null) {
                throw row.error(type + " appears twice");
            }
        }
        List<PloverType> missing = Arrays.stream(PloverType.values()).filter(t -> !weights.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(resource + ": no weight for " + missing);
        }
        return new ScoreWeights(weights);
    }

    public double weight(PloverType type) {
        return weights.get(type);
    }

    /** Type → weight, in PLOVER order. */
    public Map<PloverType, Double> asMap() {
        return new EnumMap<>(weights);
    }
}
