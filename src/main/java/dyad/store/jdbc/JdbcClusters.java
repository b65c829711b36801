package dyad.store.jdbc;

import dyad.cluster.ClusterSettings;
import dyad.cluster.Grouping;
import dyad.model.Event;
import dyad.store.Clusters;
import dyad.store.DocumentInfo;
import dyad.store.RecordKey;
import dyad.store.StoreChanges;
import dyad.store.StoreException;
import dyad.store.Stored;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;

/** {@link Clusters} over the tables of V22; the rebuild runs with the repository's writes locked out. */
final class JdbcClusters implements Clusters {

    private final Dialect dialect;
    private final ClusterSettings settings;
    private final Lock writeLock;
    private final StoreChanges changes;

    JdbcClusters(Dialect dialect, ClusterSettings settings, Lock writeLock, StoreChanges changes) {
        this.dialect = dialect;
        this.settings = settings;
        this.writeLock = writeLock;
        this.changes = changes;
    }

    private StoreException failure(String what, SQLException e) {
        return StoreException.of(dialect.location(), "cannot " + what, e);
    }

    @Override
    public Map<RecordKey, Sources> of(Collection<RecordKey> records) {
        Map<RecordKey, Sources> out = new HashMap<>();
        Set<Long> documents = new HashSet<>();
        records.forEach(k -> documents.add(k.document()));
        if (documents.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(documents);
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT m.document_id, m.n, m.cluster_id, k.documents, k.independent,"
                     + " k.canonical_document, k.canonical_n, k.first_report, k.last_report FROM cluster_members m JOIN event_clusters k ON k.id = m.cluster_id WHERE m.document_id IN ("
                     + Where.markers(params.size()) + ")")) {
            Where.bind(ps, 1, params);
            Set<RecordKey> wanted = new HashSet<>(records);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RecordKey key = new RecordKey(rs.getLong(1), rs.getInt(2));
                    if (wanted.contains(key)) {
                        out.put(key, new Sources(rs.getLong(3), new RecordKey(rs.getLong(6), rs.getInt(7)), rs.getInt(4),
                                rs.getInt(5), local(rs.getDate(8)), local(rs.getDate(9))));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the clusters of " + records.size() + " record(s)", e);
        }
    }

    @Override
    public Optional<Cluster> cluster(long id) {
        try (Connection c = dialect.connect()) {
            Object[] summary = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.EVENT_CLUSTERS.columnList()
                    + " FROM event_clusters WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        summary = new Object[] {new RecordKey(rs.getLong(2), rs.getInt(3)), rs.getInt(4), rs.getInt(5),
                                rs.getDate(6), rs.getDate(7), rs.getBoolean(8), rs.getBoolean(9)};
                    }
                }
            }
            if (summary == null) {
                return Optional.empty();
            }
            List<Grouping.Member> rows = MemberRows.where(c, "cluster_id", List.of(id));
            Where where = new Where();
            StringBuilder or = new StringBuilder();
            List<Object> params = new ArrayList<>();
            for (Grouping.Member m : rows) {
                or.append(or.isEmpty() ? "" : " OR ").append("(document_id = ? AND n = ?)");
                params.add(m.telling().document());
                params.add(m.telling().n());
            }
            where.add("(" + or + ")", params.toArray());
            List<Stored<Event>> events = RecordReader.events(c, where, "", List.of());
            Map<Long, DocumentInfo> docs = documents(c, rows.stream().map(m -> m.telling().document()).distinct().toList());
            Map<Long, String> originals = originalNames(c, docs.keySet());
            List<Member> members = new ArrayList<>();
            for (Stored<Event> e : events) {
                members.add(new Member(e, docs.get(e.key().document()), originals.get(e.key().document())));
            }
            members.sort(Comparator.comparing((Member m) -> m.document().date().firstDay(),
                    Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(m -> m.event().key().document())
                    .thenComparing(m -> m.event().key().n()));
            return Optional.of(new Cluster(id, (RecordKey) summary[0], members, (Integer) summary[1], (Integer) summary[2],
                    local(summary[3]), local(summary[4]), (Boolean) summary[5], (Boolean) summary[6]));
        } catch (SQLException e) {
            throw failure("read cluster " + id, e);
        }
    }

    private static java.time.LocalDate local(Object d) {
        return d == null ? null : ((Date) d).toLocalDate();
    }

    private static Map<Long, DocumentInfo> documents(Connection c, List<Long> ids) throws SQLException {
        Map<Long, DocumentInfo> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + JdbcRepository.DOCUMENT_INFO + " FROM documents WHERE id IN ("
                + Where.markers(ids.size()) + ")")) {
            Where.bind(ps, 1, new ArrayList<>(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DocumentInfo d = JdbcRepository.info(rs);
                    out.put(d.id(), d);
                }
            }
        }
        return out;
    }

    /** For each of these documents that is a copy, its original's hash. */
    private static Map<Long, String> originalNames(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT k.document_id, d.hash FROM document_copies k"
                + " JOIN documents d ON d.id = k.original_id WHERE k.document_id IN (" + Where.markers(ids.size()) + ")")) {
            Where.bind(ps, 1, new ArrayList<>(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    @Override
    public List<Copy> copies() {
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT d.hash, d.name, o.hash, o.name, k.similarity"
                     + " FROM document_copies k JOIN documents d ON d.id = k.document_id"
                     + " JOIN documents o ON o.id = k.original_id ORDER BY k.document_id");
             ResultSet rs = ps.executeQuery()) {
            List<Copy> out = new ArrayList<>();
            while (rs.next()) {
                out.add(new Copy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("list copies", e);
        }
    }

    @Override
    public long count() {
        try (Connection c = dialect.connect()) {
            return MemberRows.count(c, "SELECT count(*) FROM event_clusters");
        } catch (SQLException e) {
            throw failure("count clusters", e);
        }
    }

    @Override
    public long unclustered() {
        try (Connection c = dialect.connect()) {
            return MemberRows.count(c, "SELECT count(*) FROM documents d WHERE NOT EXISTS"
                    + " (SELECT 1 FROM document_signatures s WHERE s.document_id = d.id)");
        } catch (SQLException e) {
            throw failure("count unclustered documents", e);
        }
    }

    @Override
    public Rebuilt rebuild() {
        writeLock.lock();
        try (Connection c = dialect.connect()) {
            c.setAutoCommit(false);
            try {
                Rebuilt r = new ClusterRebuild(dialect, c, settings).run();
                c.commit();
                changes.changed();
                return r;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure("rebuild the clusters", e);
        } finally {
            writeLock.unlock();
        }
    }
}
