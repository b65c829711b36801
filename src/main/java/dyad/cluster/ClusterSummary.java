package dyad.cluster;

import dyad.model.Modality;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a cluster's tellings add up to. The canonical telling is the one dated most precisely,
 * then an assertion over a denial or an intention, then the earliest report. Sources: documents,
 * and independent ones — a document and its copies are one, and so are the reports of one
 * publisher. Conflicts stay visible: one source asserting what another denies, or two dating the
 * act to different days; each member keeps its own values.
 */
public record ClusterSummary(Telling canonical, int documents, int independent, LocalDate firstReport,
                             LocalDate lastReport, boolean modalityConflict, boolean dateConflict) {

    static final Comparator<Telling> CANONICAL = Comparator.<Telling>comparingInt(t -> t.date().precision().ordinal())
            .thenComparing(t -> t.modality() != Modality.ASSERTED)
            .thenComparing(Telling::reported, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Telling::document)
            .thenComparingInt(Telling::n);

    public static ClusterSummary of(List<Telling> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a cluster has at least one telling");
        }
        Set<Long> documents = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        Set<Modality> modalities = new HashSet<>();
        Set<String> days = new HashSet<>();
        for (Telling t : members) {
            documents.add(t.document());
            if (t.reported() != null) {
                first = first == null || t.reported().isBefore(first) ? t.reported() : first;
                last = last == null || t.reported().isAfter(last) ? t.reported() : last;
            }
            modalities.add(t.modality());
            if (t.date().precision() == dyad.model.Precision.DAY) {
                days.add(t.date().value());
            }
        }
        Telling canonical = members.stream().min(CANONICAL).orElseThrow();
        return new ClusterSummary(canonical, documents.size(), independent(members), first, last,
                modalities.contains(Modality.ASSERTED) && modalities.contains(Modality.NEGATED), days.size() > 1);
    }

    /** Sources left when a document's copies and a publisher's reports count once (union-find over documents). */
    static int independent(List<Telling> members) {
        Map<Long, Long> parent = new HashMap<>();
        Map<String, Long> byPublisher = new HashMap<>();
        for (Telling t : members) {
            union(parent, t.document(), t.family());
            if (t.publisher() != null) {
                Long other = byPublisher.putIfAbsent(t.publisher().strip().toLowerCase(java.util.Locale.ROOT), t.document());
                if (other != null) {
                    union(parent, t.document(), other);
                }
            }
        }
        Set<Long> roots = new HashSet<>();
        for (Long d : parent.keySet()) {
            roots.add(find(parent, d));
        }
        return roots.size();
    }

    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        while (!Objects.equals(parent.getOrDefault(root, root), root)) {
            root = parent.get(root);
        }
        parent.put(x, root);
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
