package dyad.eval;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dyad.eval.Greedy.Item;
import dyad.eval.Greedy.Pair;
import java.util.List;
import java.util.Objects;

/** Quote detection P/R/F1, and on matched quotes whether the speaker (and its country) is right. */
public record QuoteScores(Prf prf, Ratio speakerAcc, Ratio speakerCountryAcc) {

    static QuoteScores score(List<Item> system, List<Item> gold) {
        List<Pair> pairs = Greedy.match(system, gold, Matchers::quote);
        int speaker = 0;
        int country = 0;
        for (Pair p : pairs) {
            var s = Norm.field(system.get(p.system()).node(), "speaker");
            var g = Norm.field(gold.get(p.gold()).node(), "speaker");
            speaker += Matchers.speakerCorrect(s, g) ? 1 : 0;
            country += Objects.equals(Norm.countryOf(s), Norm.countryOf(g)) ? 1 : 0;
        }
        return new QuoteScores(new Prf(gold.size(), system.size(), pairs.size()),
                new Ratio(speaker, pairs.size()), new Ratio(country, pairs.size()));
    }

    public ObjectNode toJson() {
        ObjectNode o = prf.toJson();
        o.set("speaker_acc", speakerAcc.toJson());
        o.set("speaker_country_acc", speakerCountryAcc.toJson());
        return o;
    }
}
