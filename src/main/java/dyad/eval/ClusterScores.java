package dyad.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores of a clustering against gold acts. Pairwise: over pairs of labelled events of different
 * documents, a pair in one cluster is right when both tell one act. B-cubed: per labelled event,
 * the share of its cluster's labelled events that tell its act (precision) and of its act's
 * labelled events in its cluster (recall), averaged. Copies: a gold copy is found when the system
 * puts it in its original's family; a system link between documents of different gold families is
 * a false copy.
 */
public record ClusterScores(int labelled, int acts, int clusters, Prf pairwise, Prf bcubed, int goldCopies,
                            int copiesFound, int falseCopies) {

    /** An event the gold labels: its document, the act it tells, and the cluster the system gave it. */
    public record Item(String document, String act, long cluster) {
    }

    public record Prf(double precision, double recall, double f1) {
        static Prf of(double p, double r) {
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** A document pair: the copy and its original. */
    public record Pair(String copy, String original) {
    }

    public double copyRecall() {
        return goldCopies == 0 ? 1 : (double) copiesFound / goldCopies;
    }

    public static ClusterScores score(List<Item> items, List<Pair> goldCopies, List<Pair> systemCopies) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item a = items.get(i);
                Item b = items.get(j);
                if (a.document().equals(b.document())) {
                    continue;
                }
                boolean sameAct = a.act().equals(b.act());
                boolean sameCluster = a.cluster() == b.cluster();
                tp += sameAct && sameCluster ? 1 : 0;
                fp += !sameAct && sameCluster ? 1 : 0;
                fn += sameAct && !sameCluster ? 1 : 0;
            }
        }
        Prf pairwise = Prf.of(tp + fp == 0 ? 1 : (double) tp / (tp + fp), tp + fn == 0 ? 1 : (double) tp / (tp + fn));
        double bp = 0;
        double br = 0;
        for (Item a : items) {
            int inCluster = 0;
            int inAct = 0;
            int both = 0;
            for (Item b : items) {
                boolean c = a.cluster() == b.cluster();
                boolean g = a.act().equals(b.act());
                inCluster += c ? 1 : 0;
                inAct += g ? 1 : 0;
                both += c && g ? 1 : 0;
            }
            bp += (double) both / inCluster;
            br += (double) both / inAct;
        }
        Prf bcubed = items.isEmpty() ? Prf.of(0, 0) : Prf.of(bp / items.size(), br / items.size());

        Map<String, String> goldFamily = new HashMap<>();
        goldCopies.forEach(p -> goldFamily.put(p.copy(), root(goldFamily, p.original())));
        Map<String, String> systemFamily = new HashMap<>();
        systemCopies.forEach(p -> systemFamily.put(p.copy(), root(systemFamily, p.original())));
        int found = 0;
        for (Pair p : goldCopies) {
            found += Objects.equals(root(systemFamily, p.copy()), root(systemFamily, p.original())) ? 1 : 0;
        }
        int falseCopies = 0;
        for (Pair p : systemCopies) {
            falseCopies += Objects.equals(root(goldFamily, p.copy()), root(goldFamily, p.original())) ? 0 : 1;
        }
        return new ClusterScores(items.size(), (int) items.stream().map(Item::act).distinct().count(),
                (int) items.stream().map(Item::cluster).distinct().count(), pairwise, bcubed, goldCopies.size(), found,
                falseCopies);
    }

    private static String root(Map<String, String> parent, String doc) {
        String r = doc;
        for (int guard = 0; parent.containsKey(r) && guard < 1000; guard++) {
            r = parent.get(r);
        }
        return r;
    }

    public String format() {
        return String.format(java.util.Locale.ROOT, """
                        labelled events %d (acts %d) in %d clusters
                        pairwise        P %.3f  R %.3f  F1 %.3f
                        B-cubed         P %.3f  R %.3f  F1 %.3f   (target F1 >= 0.85)
                        copies found    %d of %d (%.3f, target >= 0.95)  false copies %d (target 0)""",
                labelled, acts, clusters, pairwise.precision(), pairwise.recall(), pairwise.f1(), bcubed.precision(),
                bcubed.recall(), bcubed.f1(), copiesFound, goldCopies, copyRecall(), falseCopies);
    }
}
