package dyad.store.jdbc;

import dyad.cluster.ClusterSummary;
import dyad.cluster.EvidenceWords;
import dyad.cluster.Grouping;
import dyad.cluster.MinHash;
import dyad.cluster.Telling;
import dyad.model.PloverType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of {@code cluster_members}, {@code event_clusters} and the copy tables: tellings
 * written and read back, and clusters' summaries recomputed from their members.
 */
final class MemberRows {

    private static final String COLUMNS = Tables.CLUSTER_MEMBERS.columnList();

    private MemberRows() {
    }

    static void member(RowWriter w, Telling t, long cluster, long block) {
        w.num(t.document()).num(t.n()).num(cluster).num(block).str(t.type().name()).str(t.source()).str(t.target())
                .str(t.date().value()).str(t.date().precision().code()).str(t.modality().code())
                .str(EvidenceWords.encode(t.words())).num(t.family()).str(t.publisher()).date(t.reported());
        w.end();
    }

    static Grouping.Member read(ResultSet rs) throws SQLException {
        Date reported = rs.getDate("reported");
        Telling t = new Telling(rs.getLong("document_id"), rs.getInt("n"), rs.getLong("family"), rs.getString("publisher"),
                reported == null ? null : reported.toLocalDate(), PloverType.valueOf(rs.getString("type")),
                rs.getString("source_party"), rs.getString("target_party"), Rows.date(rs, "date"),
                RecordReader.modality(rs.getString("modality")), EvidenceWords.decode(rs.getString("words")));
        return new Grouping.Member(t, rs.getLong("cluster_id"));
    }

    /** The members whose column {@code column} is one of these values. */
    static List<Grouping.Member> where(Connection c, String column, Collection<Long> values) throws SQLException {
        List<Grouping.Member> out = new ArrayList<>();
        if (values.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(values);
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM cluster_members WHERE " + column
                + " IN (" + Where.markers(params.size()) + ")")) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
        }
        return out;
    }

    static void summary(RowWriter w, long cluster, ClusterSummary s) {
        w.num(cluster).num(s.canonical().document()).num(s.canonical().n()).num(s.documents()).num(s.independent())
                .date(s.firstReport()).date(s.lastReport()).bool(s.modalityConflict()).bool(s.dateConflict());
        w.end();
    }

    /** Rewrites the summaries of these clusters from their members; a cluster left without members goes. */
    static void refresh(Dialect dialect, Connection c, Collection<Long> clusters) throws SQLException {
        if (clusters.isEmpty()) {
            return;
        }
        Map<Long, List<Telling>> byCluster = new HashMap<>();
        for (Grouping.Member m : where(c, "cluster_id", clusters)) {
            byCluster.computeIfAbsent(m.cluster(), k -> new ArrayList<>()).add(m.telling());
        }
        delete(c, "event_clusters", "id", clusters);
        dialect.copy(c, Tables.EVENT_CLUSTERS, w -> byCluster.forEach((id, members) -> summary(w, id, ClusterSummary.of(members))));
    }

    /** Moves the members of these clusters into cluster {@code into}: a telling found them to be one act. */
    static void move(Connection c, Collection<Long> clusters, long into) throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(into);
        params.addAll(clusters);
        try (PreparedStatement ps = c.prepareStatement("UPDATE cluster_members SET cluster_id = ? WHERE cluster_id IN ("
                + Where.markers(clusters.size()) + ")")) {
            Where.bind(ps, 1, params);
            ps.executeUpdate();
        }
    }

    static void delete(Connection c, String table, String column, Collection<Long> values) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        List<Object> params = new ArrayList<>(values);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " IN ("
                + Where.markers(params.size()) + ")")) {
            Where.bind(ps, 1, params);
            ps.executeUpdate();
        }
    }

    /** The signature of each of these documents (absent when not clustered). */
    static Map<Long, long[]> signatures(Connection c, Collection<Long> documents) throws SQLException {
        Map<Long, long[]> out = new HashMap<>();
        if (documents.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(documents);
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, minhash FROM document_signatures WHERE document_id IN ("
                + Where.markers(params.size()) + ")")) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), MinHash.decode(rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** {@code n} new cluster ids, ascending. */
    static long[] newClusterIds(Connection c, int n) throws SQLException {
        long[] ids = new long[n];
        if (n == 0) {
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('cluster_ids') FROM generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; rs.next(); i++) {
                    ids[i] = rs.getLong(1);
                }
            }
        }
        java.util.Arrays.sort(ids);
        return ids;
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
