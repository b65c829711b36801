package dyad.store.jdbc;

import dyad.cluster.ClusterSettings;
import dyad.cluster.Copies;
import dyad.cluster.Grouping;
import dyad.cluster.MinHash;
import dyad.cluster.Telling;
import dyad.model.Event;
import dyad.model.Record;
import dyad.store.Ingested;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps copies and clusters in step inside a write transaction: a new document is compared with
 * the documents sharing an LSH band, and each of its events with the tellings in the blocks its
 * date reaches (index lookups, never a scan of the store), so adding one document costs about the
 * same at ten million events as at ten; a deleted document's tellings leave their clusters.
 */
final class ClusterWriter {

    private final Dialect dialect;
    private final Connection c;
    private final MinHash minHash;
    private final Copies copies;
    private final Grouping grouping;

    ClusterWriter(Dialect dialect, Connection c, ClusterSettings settings) {
        this.dialect = dialect;
        this.c = c;
        this.minHash = new MinHash(settings);
        this.copies = new Copies(settings);
        this.grouping = new Grouping(settings);
    }

    /** Links the new document to its original if it is a copy, and puts each of its events in a cluster. */
    void add(long doc, Ingested in) throws SQLException {
        long[] signature = minHash.signature(in.document().text());
        long[] bands = minHash.bands(signature);
        Optional<Copies.Link> link = copies.originalOf(signature, candidates(bands));
        long family = link.map(Copies.Link::original).orElse(doc);
        dialect.copy(c, Tables.DOCUMENT_SIGNATURES, w -> w.num(doc).str(MinHash.encode(signature)).end());
        dialect.copy(c, Tables.DOCUMENT_BANDS, w -> {
            for (long b : bands) {
                w.num(b).num(doc).end();
            }
        });
        if (link.isPresent()) {
            dialect.copy(c, Tables.DOCUMENT_COPIES, w -> w.num(doc).num(family).dbl(link.get().similarity()).end());
        }

        String publisher = in.document().meta().publisher();
        LocalDate reported = in.document().date().firstDay();
        List<Grouping.Member> added = new ArrayList<>();
        Set<Long> touched = new LinkedHashSet<>();
        List<Record> records = in.records();
        for (int n = 0; n < records.size(); n++) {
            if (!(records.get(n) instanceof Event e)) {
                continue;
            }
            Telling t = Telling.of(doc, n, family, publisher, reported, e);
            List<Grouping.Member> candidates = new ArrayList<>();
            if (t.placeable()) {
                Set<Long> near = grouping.blocks().near(t);
                candidates.addAll(MemberRows.where(c, "block", near));
                for (Grouping.Member m : added) { // this document's earlier tellings, as the rebuild sees them
                    if (m.telling().placeable() && near.contains(grouping.blocks().home(m.telling()))) {
                        candidates.add(m);
                    }
                }
            }
            Grouping.Choice choice = grouping.choose(t, candidates);
            long cluster = choice.cluster() < 0 ? MemberRows.newClusterIds(c, 1)[0] : choice.cluster();
            if (!choice.merged().isEmpty()) {
                MemberRows.move(c, choice.merged(), cluster);
                added.replaceAll(m -> choice.merged().contains(m.cluster()) ? new Grouping.Member(m.telling(), cluster) : m);
                touched.addAll(choice.merged());
            }
            added.add(new Grouping.Member(t, cluster));
            touched.add(cluster);
        }
        dialect.copy(c, Tables.CLUSTER_MEMBERS, w -> {
            for (Grouping.Member m : added) {
                MemberRows.member(w, m.telling(), m.cluster(), grouping.blocks().home(m.telling()));
            }
        });
        MemberRows.refresh(dialect, c, touched);
    }

    /** Stored documents sharing a band with this signature, with their families and signatures. */
    private List<Copies.Candidate> candidates(long[] bands) throws SQLException {
        Set<Long> documents = new HashSet<>();
        List<Object> params = new ArrayList<>();
        for (long b : bands) {
            params.add(b);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT document_id FROM document_bands WHERE band_hash IN ("
                + Where.markers(params.size()) + ")")) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    documents.add(rs.getLong(1));
                }
            }
        }
        if (documents.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> originals = originals(documents);
        List<Copies.Candidate> out = new ArrayList<>();
        MemberRows.signatures(c, documents).forEach((d, sig) -> out.add(new Copies.Candidate(d, originals.getOrDefault(d, d), sig)));
        return out;
    }

    private Map<Long, Long> originals(Set<Long> documents) throws SQLException {
        Map<Long, Long> out = new java.util.HashMap<>();
        List<Object> params = new ArrayList<>(documents);
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, original_id FROM document_copies WHERE document_id IN ("
                + Where.markers(params.size()) + ")")) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /**
     * Takes a deleted document out: its tellings leave their clusters (a cluster left empty goes,
     * the others get their canonical telling and counts anew), and its copies, if it was an
     * original, now link to the earliest of them, which becomes their original.
     */
    void remove(long doc) throws SQLException {
        Set<Long> touched = new HashSet<>();
        for (Grouping.Member m : MemberRows.where(c, "document_id", List.of(doc))) {
            touched.add(m.cluster());
        }
        for (String table : List.of("cluster_members", "document_signatures", "document_bands", "document_copies")) {
            MemberRows.delete(c, table, "document_id", List.of(doc));
        }
        List<Long> copiesOf = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id FROM document_copies WHERE original_id = ? ORDER BY document_id")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    copiesOf.add(rs.getLong(1));
                }
            }
        }
        if (!copiesOf.isEmpty()) {
            long heir = copiesOf.get(0);
            MemberRows.delete(c, "document_copies", "document_id", List.of(heir));
            for (String sql : List.of("UPDATE document_copies SET original_id = ? WHERE original_id = ?",
                    "UPDATE cluster_members SET family = ? WHERE family = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setLong(1, heir);
                    ps.setLong(2, doc);
                    ps.executeUpdate();
                }
            }
            // the heir's own tellings were its family's already; their clusters' counts may change
            for (Grouping.Member m : MemberRows.where(c, "family", List.of(heir))) {
                touched.add(m.cluster());
            }
        }
        MemberRows.refresh(dialect, c, touched);
    }
}
