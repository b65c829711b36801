package dyad.store;

import dyad.model.Event;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies and event clusters (docs/clusters.md): which documents are near-duplicates of earlier
 * ones, which events of different documents tell one act, and how many sources stand behind each.
 * Kept in step by every write of a repository opened with clustering (the default), in the
 * write's transaction; {@link #rebuild()} recomputes them all. Get it from {@link Repository#clusters()}.
 */
public interface Clusters {

    /** A record's cluster, its canonical telling, the sources behind it and their first and last report (null when undated). */
    record Sources(long cluster, RecordKey canonical, int documents, int independent, LocalDate firstReport,
                   LocalDate lastReport) {
    }

    /** One telling of a cluster's act: the event (with its evidence) and the document that tells it. */
    record Member(Stored<Event> event, DocumentInfo document, String copyOf) {
    }

    /**
     * A cluster: its canonical telling, every telling (the canonical one among them) in report order,
     * documents and independent sources, first and last report, and whether sources disagree on
     * whether it happened ({@code modalityConflict}) or on its day ({@code dateConflict}).
     */
    record Cluster(long id, RecordKey canonical, List<Member> members, int documents, int independent,
                   LocalDate firstReport, LocalDate lastReport, boolean modalityConflict, boolean dateConflict) {
    }

    /** A document found to copy an earlier one, by content hash and name. */
    record Copy(String hash, String name, String originalHash, String originalName, double similarity) {
    }

    /** What a rebuild did. */
    record Rebuilt(long documents, long events, long clusters, long copies, double seconds) {
    }

    /** The cluster of each of these records that has one. */
    Map<RecordKey, Sources> of(Collection<RecordKey> records);

    Optional<Cluster> cluster(long id);

    /** Every copy link, in the order the copies were stored. */
    List<Copy> copies();

    /** How many clusters there are. */
    long count();

    /** How many documents are stored without having been clustered (a bulk load leaves them to {@link #rebuild()}). */
    long unclustered();

    /** Recomputes every copy link and cluster from the stored documents, in one transaction, writes locked out. */
    Rebuilt rebuild();
}
