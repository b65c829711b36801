package dyad.web;

import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Modality;
import dyad.model.Precision;
import dyad.store.Clusters;
import dyad.store.DocumentInfo;
import dyad.store.Repository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A cluster as the API and its page show it: the canonical telling, every telling with its
 * evidence and document, the sources and reports, and where the tellings disagree.
 */
final class ClusterViews {

    private ClusterViews() {
    }

    /**
     * @param documentHash the telling's document, {@code documentLink} its page, {@code copyOf} its original's hash when it is a copy
     * @param reported     the document's date
     * @param sentence     the evidence sentence, characters [{@code start}, {@code end}) of the document; {@code link} marks it there
     * @param date         the act's date as this telling gives it
     */
    record TellingView(String key, boolean canonical, String documentHash, String title, String publisher, String url,
                       EventDate reported, String documentLink, String copyOf, String sentence, int start, int end,
                       String link, EventDate date, Modality modality, Event record) {
    }

    /** Tellings that disagree: {@code kind} modality (asserted against denied) or date (different days), each value's tellings. */
    record ConflictView(String kind, Map<String, List<String>> tellings) {
    }

    record ClusterView(long id, String link, TellingView canonical, int documents, int independent, LocalDate firstReport,
                       LocalDate lastReport, List<ConflictView> conflicts, List<TellingView> members) {
    }

    /** The cluster a URL names: 400 for an id that is not a whole number, 404 for one no cluster has. */
    static Clusters.Cluster find(Repository repository, String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new BadParameter("id", "a cluster id is a whole number, got " + Shown.quoted(id));
        }
        if (n < 1) {
            throw new BadParameter("id", "a cluster id is at least 1, got " + n);
        }
        return repository.clusters().cluster(n).orElseThrow(() -> new NotFound("no cluster " + n));
    }

    static ClusterView of(Clusters.Cluster c) {
        List<TellingView> members = c.members().stream().map(m -> telling(m, c)).toList();
        TellingView canonical = members.stream().filter(TellingView::canonical).findFirst().orElse(members.get(0));
        return new ClusterView(c.id(), Links.cluster(c.id()), canonical, c.documents(), c.independent(), c.firstReport(),
                c.lastReport(), conflicts(c, members), members);
    }

    private static TellingView telling(Clusters.Member m, Clusters.Cluster c) {
        Event e = m.event().record();
        DocumentInfo d = m.document();
        return new TellingView(m.event().key().toString(), m.event().key().equals(c.canonical()), d.hash(), d.label(),
                d.meta().publisher(), d.meta().url(), d.date(), Links.document(d.hash()), m.copyOf(), e.evidence().text(),
                e.evidence().start(), e.evidence().end(), Links.record(m.event()), e.date(), e.modality(), e);
    }

    /** The disagreements the store flagged, spelt out: which tellings say what. */
    private static List<ConflictView> conflicts(Clusters.Cluster c, List<TellingView> members) {
        List<ConflictView> out = new ArrayList<>();
        if (c.modalityConflict()) {
            Map<String, List<String>> by = new LinkedHashMap<>();
            members.forEach(t -> by.computeIfAbsent(t.modality().code(), k -> new ArrayList<>()).add(t.key()));
            out.add(new ConflictView("modality", by));
        }
        if (c.dateConflict()) {
            Map<String, List<String>> by = new TreeMap<>();
            members.stream().filter(t -> t.date().precision() == Precision.DAY)
                    .forEach(t -> by.computeIfAbsent(t.date().value(), k -> new ArrayList<>()).add(t.key()));
            out.add(new ConflictView("date", by));
        }
        return out;
    }
}
