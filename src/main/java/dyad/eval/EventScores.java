package dyad.eval;

import static dyad.eval.Norm.normLower;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.eval.Greedy.Item;
import dyad.eval.Greedy.Pair;
import dyad.eval.Matchers.MatchFunction;
import dyad.model.PloverType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Event scores at one match level: micro P/R/F1, per type (PLOVER order, then other types
 * sorted), macro F1 over types seen in gold or system, and attribute accuracies on the
 * matched pairs.
 */
public record EventScores(Prf micro, Map<String, Prf> perType, Double macroF1,
                          Ratio modalityAcc, Ratio modeAcc, Ratio dateAcc, Ratio yearAcc) {

    /** Report order of types: PLOVER's own order, which score.py and the model enum share. */
    static final List<String> PLOVER_TYPES = Arrays.stream(PloverType.values()).map(Enum::name).toList();

    public EventScores {
        perType = Collections.unmodifiableMap(new LinkedHashMap<>(perType));
    }

    static EventScores score(List<Item> system, List<Item> gold, MatchFunction level) {
        List<Pair> pairs = Greedy.match(system, gold, level);
        Map<String, Integer> sysTypes = Norm.Counts.of(system.stream().map(i -> Norm.normType(i.node())).toList());
        Map<String, Integer> goldTypes = Norm.Counts.of(gold.stream().map(i -> Norm.normType(i.node())).toList());
        Map<String, Integer> tpTypes = Norm.Counts.of(
                pairs.stream().map(p -> Norm.normType(gold.get(p.gold()).node())).toList());
        Set<String> seen = new HashSet<>(sysTypes.keySet());
        seen.addAll(goldTypes.keySet());
        Map<String, Prf> perType = new LinkedHashMap<>();
        for (String t : typeOrder(seen)) {
            perType.put(t, new Prf(goldTypes.getOrDefault(t, 0), sysTypes.getOrDefault(t, 0),
                    tpTypes.getOrDefault(t, 0)));
        }
        // Summed in per-type order, as Python does, so the float result is identical.
        double sum = 0.0;
        int n = 0;
        for (Prf m : perType.values()) {
            if (m.f1() != null) {
                sum += m.f1();
                n++;
            }
        }
        return new EventScores(new Prf(gold.size(), system.size(), pairs.size()), perType,
                n == 0 ? null : sum / n,
                accuracy(pairs, system, gold, g -> normLower(g, "modality") != null,
                        (s, g) -> Objects.equals(normLower(s, "modality"), normLower(g, "modality"))),
                accuracy(pairs, system, gold, g -> normLower(g, "mode") != null,
                        (s, g) -> Objects.equals(normLower(s, "mode"), normLower(g, "mode"))),
                accuracy(pairs, system, gold, EventScores::dated, Matchers::dateCorrect),
                accuracy(pairs, system, gold, EventScores::dated, Matchers::yearCorrect));
    }

    /** Known PLOVER types in PLOVER order, then any others in code-point order. */
    static List<String> typeOrder(Set<String> types) {
        List<String> out = new ArrayList<>(PLOVER_TYPES.stream().filter(types::contains).toList());
        types.stream().filter(t -> !PLOVER_TYPES.contains(t)).sorted(PyText::compare).forEach(out::add);
        return out;
    }

    /** Date accuracy counts gold events whose `date` is an object, even an empty one. */
    private static boolean dated(JsonNode g) {
        JsonNode d = Norm.field(g, "date");
        return d != null && d.isObject();
    }

    private static Ratio accuracy(List<Pair> pairs, List<Item> system, List<Item> gold,
                                  Predicate<JsonNode> counts, BiPredicate<JsonNode, JsonNode> correct) {
        int n = 0;
        int ok = 0;
        for (Pair p : pairs) {
            JsonNode g = gold.get(p.gold()).node();
            if (counts.test(g)) {
                n++;
                ok += correct.test(system.get(p.system()).node(), g) ? 1 : 0;
            }
        }
        return new Ratio(ok, n);
    }

    /** score.py's keys: the micro counts, macro_f1, per_type and the four accuracies. */
    public ObjectNode toJson() {
        ObjectNode o = micro.toJson();
        o.put("macro_f1", macroF1);
        ObjectNode types = o.putObject("per_type");
        perType.forEach((t, m) -> types.set(t, m.toJson()));
        o.set("modality_acc", modalityAcc.toJson());
        o.set("mode_acc", modeAcc.toJson());
        o.set("date_acc", dateAcc.toJson());
        o.set("year_acc", yearAcc.toJson());
        return o;
    }
}
