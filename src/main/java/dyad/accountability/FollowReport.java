package dyad.accountability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an ingest tells the user about the decisions on the files it re-read: how many followed
 * their letter (or linked record) to the new version of each file, and how many need a person and
 * why. One line each, for stderr.
 */
final class FollowReport {

    private FollowReport() {
    }

    /** Lines about the decisions whose letter or linked record was read from one of {@code paths}. */
    static List<String> lines(DecisionPlacement.Result placement, Set<String> paths) {
        Map<String, Integer> letters = new LinkedHashMap<>();
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (DecisionPlacement.Followed f : placement.followed()) {
            if (f.path() != null && paths.contains(f.path())) {
                (f.target() ? targets : letters).merge(f.path(), 1, Integer::sum);
            }
        }
        Map<String, Integer> stranded = new LinkedHashMap<>();
        for (StrandedDecision s : placement.stranded()) {
            if (from(s.decision().letterAnchor(), paths) || from(s.decision().targetAnchor(), paths)) {
                stranded.merge(s.reason(), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        letters.forEach((path, n) -> out.add(count(n) + (n == 1 ? " follows its" : " follow their")
                + " letter to the new version of '" + path + "'"));
        targets.forEach((path, n) -> out.add(count(n) + (n == 1 ? " follows the record it links" : " follow the records they link")
                + " to the new version of '" + path + "'"));
        stranded.forEach((why, n) -> out.add(count(n) + (n == 1 ? " needs" : " need") + " a person: " + why
                + "; see 'dyad letters'"));
        return out;
    }

    private static String count(int n) {
        return n + " letter decision" + (n == 1 ? "" : "s");
    }

    private static boolean from(Anchor a, Set<String> paths) {
        return a != null && a.path() != null && paths.contains(a.path());
    }
}
