package dyad.cluster;

import dyad.model.Precision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which cluster a new telling joins: every cluster holding a telling {@link SameAct} accepts is
 * one act, so the telling joins the oldest of them and the others merge into it (tellings of one
 * act told in different words link through a third that resembles both; without the merge, which
 * cluster a telling joined would depend on the order reports came in). A telling no cluster
 * accepts opens its own. Tellings are taken in the order they were stored, so clustering a store
 * anew ({@link #add}) gives what adding its documents one by one gave ({@link #choose} over the
 * tellings the store finds in the {@linkplain Blocks#near near blocks}).
 */
public final class Grouping {

    /** A telling already in a cluster. */
    public record Member(Telling telling, long cluster) {
    }

    /**
     * Where a telling goes: {@code cluster}, or a new one when -1; {@code merged} the other clusters
     * that it matches too and that merge into {@code cluster} (ascending, none when it is new).
     */
    public record Choice(long cluster, List<Long> merged) {
        static final Choice NEW = new Choice(-1, List.of());
    }

    private final SameAct same;
    private final Blocks blocks;
    private final Map<Long, List<Member>> byBlock = new HashMap<>();
    private final Map<Long, Long> mergedInto = new HashMap<>();
    private final int tolerance;
    private long lastCluster;

    public Grouping(ClusterSettings settings) {
        this.same = new SameAct(settings);
        this.tolerance = settings.dayTolerance();
        this.blocks = new Blocks(settings);
    }

    /**
     * Where the telling goes among these candidates (their clusters as they are now): the cluster of
     * the most alike telling it matches (ties to the older cluster), merging the others it matches.
     * A cluster's tellings dated to the day stay within the day tolerance of each other: a telling
     * that fits two occasions some days apart (undated, or dated only to the month) must not chain
     * them into one, so a day-dated telling skips clusters it does not fit, and clusters whose days
     * do not fit together do not merge.
     */
    public Choice choose(Telling t, Iterable<Member> candidates) {
        if (!t.placeable()) {
            return Choice.NEW;
        }
        Map<Long, Double> matched = new HashMap<>();
        Map<Long, Days> days = new HashMap<>();
        for (Member m : candidates) {
            Telling o = m.telling();
            if (o.document() == t.document() && o.n() == t.n()) {
                continue;
            }
            days.merge(m.cluster(), Days.of(o), Days::union);
            double s = same.score(t, o);
            if (s >= 0) {
                matched.merge(m.cluster(), s, Math::max);
            }
        }
        Days own = Days.of(t);
        matched.keySet().removeIf(c -> !own.union(days.get(c)).within(tolerance));
        if (matched.isEmpty()) {
            return Choice.NEW;
        }
        long best = matched.entrySet().stream().max(Map.Entry.<Long, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        Days joined = own.union(days.get(best));
        TreeSet<Long> into = new TreeSet<>(List.of(best));
        for (long c : new TreeSet<>(matched.keySet())) {
            if (c != best && joined.union(days.get(c)).within(tolerance)) {
                joined = joined.union(days.get(c));
                into.add(c);
            }
        }
        long oldest = into.pollFirst();
        return new Choice(oldest, List.copyOf(into));
    }

    /** The first and last day of a cluster's tellings dated to the day; {@link #NONE} when it has none. */
    private record Days(long first, long last) {
        static final Days NONE = new Days(Long.MAX_VALUE, Long.MIN_VALUE);

        static Days of(Telling t) {
            if (t.date().precision() != Precision.DAY) {
                return NONE;
            }
            long d = t.date().firstDay().toEpochDay();
            return new Days(d, d);
        }

        Days union(Days o) {
            return o == null ? this : new Days(Math.min(first, o.first), Math.max(last, o.last));
        }

        boolean within(int tolerance) {
            return first == Long.MAX_VALUE || last - first <= tolerance;
        }
    }

    /** How many clusters {@link #add} has opened, merged ones included. */
    public int clusters() {
        return (int) lastCluster;
    }

    public Blocks blocks() {
        return blocks;
    }

    /**
     * Clusters a whole store in memory: each telling, in stored order, joins a cluster of those
     * before it (merging the others it matches) or opens the next one (numbered from 1). Returns
     * its cluster now; {@link #current} gives the cluster a number ended in after later merges.
     */
    public long add(Telling t) {
        List<Member> candidates = new ArrayList<>();
        if (t.placeable()) {
            for (long key : blocks.near(t)) {
                for (Member m : byBlock.getOrDefault(key, List.of())) {
                    candidates.add(new Member(m.telling(), current(m.cluster())));
                }
            }
        }
        Choice choice = choose(t, candidates);
        long cluster = choice.cluster() < 0 ? ++lastCluster : choice.cluster();
        choice.merged().forEach(c -> mergedInto.put(c, cluster));
        if (t.placeable()) {
            byBlock.computeIfAbsent(blocks.home(t), k -> new ArrayList<>()).add(new Member(t, cluster));
        }
        return cluster;
    }

    /** The cluster that cluster {@code number} of {@link #add} has merged into, or itself. */
    public long current(long number) {
        long c = number;
        for (Long into = mergedInto.get(c); into != null; into = mergedInto.get(c)) {
            c = into;
        }
        if (c != number) {
            mergedInto.put(number, c); // shorten the path for the next look-up
        }
        return c;
    }
}
