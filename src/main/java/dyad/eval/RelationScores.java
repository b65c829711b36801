package dyad.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.eval.Greedy.Item;
import dyad.eval.Matchers.RelationKey;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Relations match when their keys are equal, as multisets; overall and per attribute. */
public record RelationScores(Prf prf, Map<String, Prf> perAttribute) {

    public RelationScores {
        perAttribute = Collections.unmodifiableMap(new LinkedHashMap<>(perAttribute));
    }

    static RelationScores score(List<Item> system, List<Item> gold) {
        List<RelationKey> s = system.stream().map(i -> Matchers.relationKey(i.node(), i.doc())).toList();
        List<RelationKey> g = gold.stream().map(i -> Matchers.relationKey(i.node(), i.doc())).toList();
        Set<String> attributes = new HashSet<>();
        s.forEach(k -> attributes.add(attributeName(k)));
        g.forEach(k -> attributes.add(attributeName(k)));
        Map<String, Prf> per = new LinkedHashMap<>();
        attributes.stream().sorted(PyText::compare).forEach(a -> per.put(a, prf(
                s.stream().filter(k -> attributeName(k).equals(a)).toList(),
                g.stream().filter(k -> attributeName(k).equals(a)).toList())));
        return new RelationScores(prf(s, g), per);
    }

    /** The attribute as score.py prints it: str(attribute), "None" when blank. */
    private static String attributeName(RelationKey k) {
        return Objects.requireNonNullElse(k.attribute(), "None");
    }

    private static Prf prf(List<RelationKey> system, List<RelationKey> gold) {
        var s = Norm.Counts.of(system);
        var g = Norm.Counts.of(gold);
        return new Prf(gold.size(), system.size(), Norm.Counts.sharedCount(s, g));
    }

    public ObjectNode toJson() {
        ObjectNode o = prf.toJson();
        ObjectNode per = o.putObject("per_attribute");
        perAttribute.forEach((a, m) -> per.set(a, m.toJson()));
        return o;
    }
}
