package dyad.eval;

import static dyad.eval.Matchers.objects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.eval.Greedy.Item;
import dyad.eval.Greedy.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Letters: detection P/R/F1, then per gold letter (against its aligned system letter, or
 * nothing) demands, authors, recipients and references; means over gold letters leave out
 * letters where a measure is undefined, and demands are also pooled into micro P/R/F1.
 */
public record LetterScores(Prf prf, List<PerLetter> perLetter, Prf demands, Double demandsRecallMean,
                           Double authorsF1Mean, Double recipientsF1Mean, Double referencesRecallMean) {

    public LetterScores {
        perLetter = List.copyOf(perLetter);
    }

    /** One gold letter: `line` is its line in the gold file. */
    public record PerLetter(String doc, int line, boolean matched, Prf demands, Prf authors,
                            Prf recipients, Prf references, Ratio repliedAcc) {
    }

    /** An actor as letters compare them: (country, role, normalised name). */
    private record ActorKey(String country, String role, String name) {
    }

    static LetterScores score(List<Item> system, List<Item> gold) {
        List<Pair> pairs = Greedy.match(system, gold, Matchers::letter);
        Map<Integer, Integer> aligned = new HashMap<>();
        pairs.forEach(p -> aligned.put(p.gold(), p.system()));
        Set<Integer> alignedSystem = new HashSet<>(aligned.values());
        int dTp = 0;
        int dSys = 0;
        int dGold = 0;
        for (int si = 0; si < system.size(); si++) {
            if (!alignedSystem.contains(si)) {
                dSys += objects(Norm.field(system.get(si).node(), "demands")).size();
            }
        }
        List<PerLetter> per = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            Item g = gold.get(gi);
            JsonNode s = aligned.containsKey(gi) ? system.get(aligned.get(gi)).node() : null;
            List<Item> gd = items(objects(Norm.field(g.node(), "demands")), g.doc());
            List<Item> sd = items(objects(Norm.field(s, "demands")), g.doc());
            List<Pair> dm = Greedy.match(sd, gd, Matchers::demand);
            dTp += dm.size();
            dSys += sd.size();
            dGold += gd.size();
            List<JsonNode> srefs = objects(Norm.field(s, "references"));
            List<JsonNode> grefs = objects(Norm.field(g.node(), "references"));
            List<Pair> rp = Greedy.match(items(srefs, ""), items(grefs, ""), Matchers::reference);
            int replied = 0;
            for (Pair p : rp) {
                replied += PyJson.equal(Norm.field(srefs.get(p.system()), "replied"),
                        Norm.field(grefs.get(p.gold()), "replied")) ? 1 : 0;
            }
            per.add(new PerLetter(g.doc(), g.line(), aligned.containsKey(gi),
                    new Prf(gd.size(), sd.size(), dm.size()),
                    setPrf(Norm.field(s, "authors"), Norm.field(g.node(), "authors")),
                    setPrf(Norm.field(s, "recipients"), Norm.field(g.node(), "recipients")),
                    new Prf(grefs.size(), srefs.size(), rp.size()),
                    new Ratio(replied, rp.size())));
        }
        return new LetterScores(new Prf(gold.size(), system.size(), pairs.size()), per,
                new Prf(dGold, dSys, dTp),
                mean(per, x -> x.demands().r()), mean(per, x -> x.authors().f1()),
                mean(per, x -> x.recipients().f1()), mean(per, x -> x.references().r()));
    }

    private static List<Item> items(List<JsonNode> nodes, String doc) {
        return nodes.stream().map(n -> new Item(n, doc, 0)).toList();
    }

    /** Actors matched as multisets of (country, role, name). */
    private static Prf setPrf(JsonNode systemActors, JsonNode goldActors) {
        var s = Norm.Counts.of(objects(systemActors).stream().map(LetterScores::actorKey).toList());
        var g = Norm.Counts.of(objects(goldActors).stream().map(LetterScores::actorKey).toList());
        return new Prf(Norm.Counts.total(g), Norm.Counts.total(s), Norm.Counts.sharedCount(s, g));
    }

    private static ActorKey actorKey(JsonNode a) {
        JsonNode role = Norm.field(a, "role");
        String r = PyJson.truthy(role) ? PyText.upper(PyText.strip(PyJson.str(role))) : "";
        return new ActorKey(Norm.countryOf(a), r.isEmpty() ? null : r, Norm.actorName(a));
    }

    /** Mean of the defined values, summed in letter order as Python does. */
    private static Double mean(List<PerLetter> per, Function<PerLetter, Double> f) {
        List<Double> values = per.stream().map(f).filter(Objects::nonNull).toList();
        double sum = 0.0;
        for (double v : values) {
            sum += v;
        }
        return values.isEmpty() ? null : sum / values.size();
    }

    public ObjectNode toJson() {
        ObjectNode o = prf.toJson();
        ArrayNode letters = o.putArray("per_letter");
        for (PerLetter x : perLetter) {
            ObjectNode l = letters.addObject();
            l.put("doc", x.doc());
            l.put("line", x.line());
            l.put("matched", x.matched());
            l.set("demands", x.demands().toJson());
            l.set("authors", x.authors().toJson());
            l.set("recipients", x.recipients().toJson());
            l.set("references", x.references().toJson());
            l.set("replied_acc", x.repliedAcc().toJson());
        }
        o.set("demands", demands.toJson());
        o.put("demands_recall_mean", demandsRecallMean);
        o.put("authors_f1_mean", authorsF1Mean);
        o.put("recipients_f1_mean", recipientsF1Mean);
        o.put("references_recall_mean", referencesRecallMean);
        return o;
    }
}
