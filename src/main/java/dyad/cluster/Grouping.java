package dyad.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cluster a new telling joins: the one holding the most alike telling {@link SameAct}
 * accepts (ties to the older cluster), or a cluster of its own. Tellings are taken in the order
 * they were stored, so clustering a store anew ({@link #add}) gives what adding its documents one
 * by one gave ({@link #choose} over the tellings the store finds in the {@linkplain Blocks#near
 * near blocks}).
 */
public final class Grouping {

    /** A telling already in a cluster. */
    public record Member(Telling telling, long cluster) {
    }

    private final SameAct same;
    private final Blocks blocks;
    private final Map<Long, List<Member>> byBlock = new HashMap<>();
    private long lastCluster;

    public Grouping(ClusterSettings settings) {
        this.same = new SameAct(settings);
        this.blocks = new Blocks(settings);
    }

    /** The cluster the telling joins among these candidates, or -1 for a new one. */
    public long choose(Telling t, Iterable<Member> candidates) {
        if (!t.placeable()) {
            return -1;
        }
        long best = -1;
        double bestScore = -1;
        for (Member m : candidates) {
            if (m.telling().document() == t.document() && m.telling().n() == t.n()) {
                continue;
            }
            double s = same.score(t, m.telling());
            if (s > bestScore || s == bestScore && s >= 0 && m.cluster() < best) {
                bestScore = s;
                best = s >= 0 ? m.cluster() : best;
            }
        }
        return bestScore >= 0 ? best : -1;
    }

    /** How many clusters {@link #add} has opened. */
    public int clusters() {
        return (int) lastCluster;
    }

    public Blocks blocks() {
        return blocks;
    }

    /**
     * Clusters a whole store in memory: each telling, in stored order, joins a cluster of those
     * before it or opens the next one (numbered from 1). Returns its cluster.
     */
    public long add(Telling t) {
        List<Member> candidates = new ArrayList<>();
        if (t.placeable()) {
            for (long key : blocks.near(t)) {
                List<Member> in = byBlock.get(key);
                if (in != null) {
                    candidates.addAll(in);
                }
            }
        }
        long cluster = choose(t, candidates);
        if (cluster < 0) {
            cluster = ++lastCluster;
        }
        if (t.placeable()) {
            byBlock.computeIfAbsent(blocks.home(t), k -> new ArrayList<>()).add(new Member(t, cluster));
        }
        return cluster;
    }
}
