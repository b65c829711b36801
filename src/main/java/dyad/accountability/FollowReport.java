package dyad.accountability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an ingest tells the user about the decisions on the documents it replaced: how many
 * followed their letter (or linked record) to the new version of each file, and how many need a
 * person and why. One line each, for stderr.
 */
final class FollowReport {

    private FollowReport() {
    }

    /** Lines about the decisions naming a record of one of the {@code replaced} documents (by content hash). */
    static List<String> lines(DecisionPlacement.Result placement, Set<String> replaced) {
        Map<String, Integer> letters = new LinkedHashMap<>();
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (DecisionPlacement.Followed f : placement.followed()) {
            if (names(f.decision(), replaced) && f.path() != null) {
                (f.target() ? targets : letters).merge(f.path(), 1, Integer::sum);
            }
        }
        Map<String, Integer> stranded = new LinkedHashMap<>();
        for (StrandedDecision s : placement.stranded()) {
            if (names(s.decision(), replaced)) {
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

    /** Whether the decision names (as made) a record of one of these documents. */
    private static boolean names(Decision d, Set<String> documents) {
        return documents.contains(d.letter().letter().documentHash())
                || d.linksARecord() && documents.contains(RecordRef.parse(d.value()).documentHash());
    }
}
