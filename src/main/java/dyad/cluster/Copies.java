package dyad.cluster;

import java.util.List;
import java.util.Optional;

/**
 * Whether a document is a near-duplicate of one stored before it (a syndicated copy, a light
 * rewrite): its MinHash signature agrees with an earlier document's at least at
 * {@link ClusterSettings#copySimilarity()} of the positions. The candidates are the documents
 * sharing an LSH band with it; a copy links to the original of the document it resembles most,
 * so a copy of a copy names the first text, and a family is one source however long.
 */
public final class Copies {

    /** A stored document that shares a band: its id, its family's original (itself when none) and signature. */
    public record Candidate(long document, long family, long[] signature) {
    }

    /** The original a copy links to, and how alike the copy is to its closest candidate. */
    public record Link(long original, double similarity) {
    }

    private final ClusterSettings settings;

    public Copies(ClusterSettings settings) {
        this.settings = settings;
    }

    public Optional<Link> originalOf(long[] signature, List<Candidate> candidates) {
        if (empty(signature)) {
            return Optional.empty(); // a text without words resembles every other one
        }
        Candidate best = null;
        double bestScore = -1;
        for (Candidate c : candidates) {
            double s = MinHash.similarity(signature, c.signature());
            if (s >= settings.copySimilarity() && (s > bestScore || s == bestScore && c.document() < best.document())) {
                best = c;
                bestScore = s;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new Link(best.family(), bestScore));
    }

    static boolean empty(long[] signature) {
        for (long v : signature) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
