package dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.eval.Matchers.MatchFunction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One-to-one greedy matching, as score.py does it: every candidate pair within one document
 * gets a key; pairs are taken best key first (ties: earlier gold, then earlier system) and a
 * record used once is never used again, so duplicate system records cannot both match.
 */
final class Greedy {

    private Greedy() {
    }

    /** A record to match, the document it is grouped by (a base name) and its line in its file. */
    record Item(JsonNode node, String doc, int line) {
    }

    /** Indexes of a matched pair into the system and gold lists. */
    record Pair(int system, int gold) {
    }

    private record Candidate(MatchKey key, int gold, int system) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparing(Candidate::key).reversed()
            .thenComparingInt(Candidate::gold)
            .thenComparingInt(Candidate::system);

    /** The matched pairs, ordered by gold index. */
    static List<Pair> match(List<Item> system, List<Item> gold, MatchFunction fn) {
        Map<String, List<Integer>> byDoc = new HashMap<>();
        for (int si = 0; si < system.size(); si++) {
            byDoc.computeIfAbsent(system.get(si).doc(), d -> new ArrayList<>()).add(si);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int si : byDoc.getOrDefault(gold.get(gi).doc(), List.of())) {
                Optional<MatchKey> key = fn.key(system.get(si).node(), gold.get(gi).node());
                if (key.isPresent()) {
                    candidates.add(new Candidate(key.get(), gi, si));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        boolean[] usedSystem = new boolean[system.size()];
        boolean[] usedGold = new boolean[gold.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedGold[c.gold()] && !usedSystem[c.system()]) {
                usedGold[c.gold()] = true;
                usedSystem[c.system()] = true;
                pairs.add(new Pair(c.system(), c.gold()));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }
}
