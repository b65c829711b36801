package dyad.store.jdbc;

import dyad.cluster.ClusterSettings;
import dyad.cluster.ClusterSummary;
import dyad.cluster.Copies;
import dyad.cluster.EvidenceWords;
import dyad.cluster.Grouping;
import dyad.cluster.MinHash;
import dyad.cluster.Telling;
import dyad.model.PloverType;
import dyad.store.Clusters;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clusters a whole store anew in one transaction: documents in the order they were stored (their
 * ids), each compared with the earlier ones sharing an LSH band, and their events, in the same
 * order, put in clusters in memory by {@link Grouping} — the same decisions adding them one by one
 * makes — then every row written by bulk copy.
 */
final class ClusterRebuild {

    private static final int PAGE = 2_000;
    private static final int[] NO_WORDS = new int[0];

    private final Dialect dialect;
    private final Connection c;
    private final MinHash minHash;
    private final Copies copies;
    private final Grouping grouping;
    private final Map<Long, List<Integer>> byBand = new HashMap<>();
    private final List<long[]> signatures = new ArrayList<>();
    private final List<Long> families = new ArrayList<>();
    private final List<Long> documentIds = new ArrayList<>();
    private final Map<String, String> parties = new HashMap<>();
    private final List<Grouping.Member> members = new ArrayList<>();
    private final List<Object[]> pageCopies = new ArrayList<>();
    private long copyCount;
    private final int commonBand;

    ClusterRebuild(Dialect dialect, Connection c, ClusterSettings settings) {
        this.dialect = dialect;
        this.c = c;
        this.minHash = new MinHash(settings);
        this.commonBand = settings.commonBand();
        this.copies = new Copies(settings);
        this.grouping = new Grouping(settings);
    }

    Clusters.Rebuilt run() throws SQLException {
        long started = System.nanoTime();
        try (Statement s = c.createStatement()) {
            for (Table t : Tables.CLUSTER_TABLES) {
                s.executeUpdate("DELETE FROM " + t.name());
            }
        }
        long last = 0;
        while (true) {
            Map<Long, Object[]> page = documents(last);
            if (page.isEmpty()) {
                break;
            }
            long first = page.keySet().iterator().next();
            int from = documentIds.size();
            // the costly part, the signatures, on every core; the decisions after, in stored order
            List<long[]> signed = page.values().parallelStream().map(d -> minHash.signature((String) d[0])).toList();
            int i = 0;
            for (long doc : page.keySet()) {
                signDocument(doc, signed.get(i++));
                last = doc;
            }
            flushDocuments(from);
            events(first, last, page);
        }
        java.util.TreeSet<Long> roots = new java.util.TreeSet<>();
        members.forEach(m -> roots.add(grouping.current(m.cluster())));
        long[] fresh = MemberRows.newClusterIds(c, roots.size());
        Map<Long, Long> idOf = new HashMap<>();
        for (long r : roots) {
            idOf.put(r, fresh[idOf.size()]);
        }
        Map<Long, List<Telling>> byCluster = new HashMap<>();
        dialect.copy(c, Tables.CLUSTER_MEMBERS, w -> {
            for (Grouping.Member m : members) {
                long id = idOf.get(grouping.current(m.cluster()));
                MemberRows.member(w, m.telling(), id, grouping.blocks().home(m.telling()));
                byCluster.computeIfAbsent(id, k -> new ArrayList<>()).add(m.telling());
            }
        });
        dialect.copy(c, Tables.EVENT_CLUSTERS, w -> byCluster.forEach((id, ts) -> MemberRows.summary(w, id, ClusterSummary.of(ts))));
        return new Clusters.Rebuilt(documentIds.size(), members.size(), fresh.length, copyCount,
                (System.nanoTime() - started) / 1e9);
    }

    /** The next page of documents after {@code after}, in id order: id → {text, publisher, date}. */
    private Map<Long, Object[]> documents(long after) throws SQLException {
        Map<Long, Object[]> out = new java.util.LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, text, publisher, date_start FROM documents WHERE id > ?"
                + " ORDER BY id LIMIT " + PAGE)) {
            ps.setLong(1, after);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date d = rs.getDate(4);
                    out.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getString(3), d == null ? null : d.toLocalDate()});
                }
            }
        }
        return out;
    }

    private void signDocument(long doc, long[] signature) {
        long[] bands = minHash.bands(signature);
        List<Copies.Candidate> candidates = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (long b : bands) {
            List<Integer> sharing = byBand.getOrDefault(b, List.of());
            if (sharing.size() > commonBand) {
                continue;
            }
            for (int i : sharing) {
                if (seen.add(i)) {
                    candidates.add(new Copies.Candidate(documentIds.get(i), families.get(i), signatures.get(i)));
                }
            }
        }
        var link = copies.originalOf(signature, candidates);
        long family = link.map(Copies.Link::original).orElse(doc);
        int index = documentIds.size();
        documentIds.add(doc);
        families.add(family);
        signatures.add(signature);
        for (long b : bands) {
            byBand.computeIfAbsent(b, k -> new ArrayList<>(1)).add(index);
        }
        if (link.isPresent()) {
            pageCopies.add(new Object[] {doc, family, link.get().similarity()});
        }
    }

    /** Writes the signatures, bands and copy links of the page's documents. */
    private void flushDocuments(int from) throws SQLException {
        dialect.copy(c, Tables.DOCUMENT_SIGNATURES, w -> {
            for (int i = from; i < documentIds.size(); i++) {
                w.num(documentIds.get(i)).str(MinHash.encode(signatures.get(i))).end();
            }
        });
        dialect.copy(c, Tables.DOCUMENT_BANDS, w -> {
            for (int i = from; i < documentIds.size(); i++) {
                for (long b : minHash.bands(signatures.get(i))) {
                    w.num(b).num(documentIds.get(i)).end();
                }
            }
        });
        dialect.copy(c, Tables.DOCUMENT_COPIES, w -> {
            for (Object[] r : pageCopies) {
                w.num((Long) r[0]).num((Long) r[1]).dbl((Double) r[2]).end();
            }
        });
        copyCount += pageCopies.size();
        pageCopies.clear();
    }

    /** The events of documents first..last, in stored order, each put in its cluster. */
    private void events(long first, long last, Map<Long, Object[]> page) throws SQLException {
        Map<Long, Long> family = new HashMap<>();
        for (int i = documentIds.size() - page.size(); i < documentIds.size(); i++) {
            family.put(documentIds.get(i), families.get(i));
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, n, type, source_country, source_org,"
                + " target_country, target_org, date_value, date_precision, modality, evidence_text, evidence_start,"
                + " evidence_end FROM events WHERE document_id BETWEEN ? AND ? ORDER BY document_id, n")) {
            ps.setLong(1, first);
            ps.setLong(2, last);
            List<Telling> read = new ArrayList<>();
            List<String> evidence = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long doc = rs.getLong(1);
                    Object[] d = page.get(doc);
                    String text = rs.getString(11);
                    evidence.add(text != null ? text : ((String) d[0]).substring(rs.getInt(12), rs.getInt(13)));
                    read.add(new Telling(doc, rs.getInt(2), family.get(doc), (String) d[1], (LocalDate) d[2],
                            PloverType.valueOf(rs.getString(3)), party(rs.getString(4), rs.getString(5)),
                            party(rs.getString(6), rs.getString(7)), Rows.date(rs, "date"),
                            RecordReader.modality(rs.getString(10)), NO_WORDS));
                }
            }
            // evidence words on every core, then each telling placed in stored order
            List<int[]> words = evidence.parallelStream().map(EvidenceWords::of).toList();
            for (int i = 0; i < read.size(); i++) {
                Telling r = read.get(i);
                Telling t = new Telling(r.document(), r.n(), r.family(), r.publisher(), r.reported(), r.type(), r.source(),
                        r.target(), r.date(), r.modality(), words.get(i));
                members.add(new Grouping.Member(t, grouping.add(t)));
            }
        }
    }

    /** One string per party code, so a million tellings do not hold a million copies of "USA". */
    private String party(String country, String org) {
        String p = country != null ? country : org;
        return p == null ? null : parties.computeIfAbsent(p, k -> k);
    }
}
