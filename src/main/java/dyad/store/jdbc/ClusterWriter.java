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
import java.util.HashMap;
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

    /** New clusters of a document are numbered above this until their ids are drawn: after every stored one, as ids are. */
    private static final long PROVISIONAL = 1L << 62;

    private final Dialect dialect;
    private final Connection c;
    private final MinHash minHash;
    private final Copies copies;
    private final Grouping grouping;
    private final int commonBand;

    ClusterWriter(Dialect dialect, Connection c, ClusterSettings settings) {
        this.dialect = dialect;
        this.c = c;
        this.minHash = new MinHash(settings);
        this.commonBand = settings.commonBand();
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
        List<Telling> tellings = new ArrayList<>();
        List<Record> records = in.records();
        for (int n = 0; n < records.size(); n++) {
            if (records.get(n) instanceof Event e) {
                tellings.add(Telling.of(doc, n, family, publisher, reported, e));
            }
        }
        place(tellings);
    }

    /**
     * Puts a document's tellings in clusters: the stored tellings of every block they reach are
     * read in one query, the choices made in memory in stored order (new clusters numbered
     * above every stored id, in order, until one draw of ids at the end), then the rows written and merges applied.
     */
    private void place(List<Telling> tellings) throws SQLException {
        Set<Long> blocks = new HashSet<>();
        for (Telling t : tellings) {
            if (t.placeable()) {
                blocks.addAll(grouping.blocks().near(t));
            }
        }
        Map<Long, List<Grouping.Member>> byBlock = new HashMap<>();
        for (Grouping.Member m : MemberRows.where(c, "block", blocks)) {
            byBlock.computeIfAbsent(grouping.blocks().home(m.telling()), k -> new ArrayList<>()).add(m);
        }
        Map<Long, Long> mergedInto = new HashMap<>();
        List<Grouping.Member> added = new ArrayList<>();
        long provisional = PROVISIONAL;
        for (Telling t : tellings) {
            List<Grouping.Member> candidates = new ArrayList<>();
            if (t.placeable()) {
                for (long key : grouping.blocks().near(t)) {
                    for (Grouping.Member m : byBlock.getOrDefault(key, List.of())) {
                        candidates.add(new Grouping.Member(m.telling(), current(mergedInto, m.cluster())));
                    }
                }
            }
            Grouping.Choice choice = grouping.choose(t, candidates);
            long cluster = choice.cluster() < 0 ? ++provisional : choice.cluster();
            choice.merged().forEach(m -> mergedInto.put(m, cluster));
            Grouping.Member member = new Grouping.Member(t, cluster);
            added.add(member);
            if (t.placeable()) {
                byBlock.computeIfAbsent(grouping.blocks().home(t), k -> new ArrayList<>()).add(member);
            }
        }
        long[] ids = MemberRows.newClusterIds(c, (int) (provisional - PROVISIONAL));
        Set<Long> touched = new LinkedHashSet<>();
        Map<Long, List<Long>> merges = new HashMap<>();
        for (long from : mergedInto.keySet()) {
            long into = id(ids, current(mergedInto, from));
            touched.add(from);
            if (from < PROVISIONAL) {
                merges.computeIfAbsent(into, k -> new ArrayList<>()).add(from);
            }
        }
        for (Map.Entry<Long, List<Long>> m : merges.entrySet()) {
            MemberRows.move(c, m.getValue(), m.getKey());
        }
        touched.removeIf(x -> x > PROVISIONAL);
        dialect.copy(c, Tables.CLUSTER_MEMBERS, w -> {
            for (Grouping.Member m : added) {
                long id = id(ids, current(mergedInto, m.cluster()));
                touched.add(id);
                MemberRows.member(w, m.telling(), id, grouping.blocks().home(m.telling()));
            }
        });
        MemberRows.refresh(dialect, c, touched);
    }

    /** A stored cluster's id, or the id drawn for the k-th new one (numbered PROVISIONAL + k). */
    private static long id(long[] drawn, long cluster) {
        return cluster > PROVISIONAL ? drawn[(int) (cluster - PROVISIONAL - 1)] : cluster;
    }

    private static long current(Map<Long, Long> mergedInto, long cluster) {
        long c = cluster;
        for (Long into = mergedInto.get(c); into != null; into = mergedInto.get(c)) {
            c = into;
        }
        return c;
    }

    /** Stored documents sharing a band with this signature, with their families and signatures. */
    private List<Copies.Candidate> candidates(long[] bands) throws SQLException {
        Set<Long> documents = new HashSet<>();
        List<Object> params = new ArrayList<>();
        for (long b : bands) {
            params.add(b);
        }
        // bands shared by more than commonBand documents propose none (ClusterSettings#commonBand)
        String bandList = Where.markers(params.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT document_id FROM document_bands WHERE band_hash IN ("
                + "SELECT band_hash FROM document_bands WHERE band_hash IN (" + bandList + ") GROUP BY band_hash"
                + " HAVING count(*) <= ?)")) {
            Where.bind(ps, 1, params);
            ps.setInt(params.size() + 1, commonBand);
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
