package dyad.store.jdbc;

import dyad.cluster.ClusterSettings;
import dyad.model.Event;
import dyad.model.Letter;
import dyad.model.Metadata;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.store.Ingested;
import dyad.store.WriteOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One write transaction: stages the batch's hashes and paths, finds which texts are stored and
 * which documents the paths hold, inserts the new documents with their records by bulk copy,
 * moves path links, deletes documents no path holds any more, and keeps {@code event_counts}
 * in step (or, where the dialect counts at optimize, takes out only the counted documents it
 * deletes). The caller commits or rolls back.
 */
final class BatchWriter {

    /** A cell of event_counts. */
    private record CountKey(String source, String target, int month, String type, String modality) {
    }

    private final Dialect dialect;
    private final Connection c;
    private final Map<CountKey, Long> counts = new HashMap<>();
    /** Documents up to this id are counted in event_counts (read when first needed). */
    private Long countedThrough;
    /** The record classes of the batch's new documents (records are final record classes). */
    private Set<Class<?>> kinds = Set.of();

    /** Keeps copies and clusters in step; null when the writes leave them to a rebuild. */
    private final ClusterWriter clusters;

    BatchWriter(Dialect dialect, Connection c, ClusterSettings clustering) {
        this.dialect = dialect;
        this.c = c;
        this.clusters = clustering == null ? null : new ClusterWriter(dialect, c, clustering);
    }

    /**
     * Writes the batch, or, with {@code onlyIfNew}, returns null (writing nothing) when one of
     * its hashes or paths is already stored: a batch of only new texts and paths appends rows
     * and deletes none, so it may run beside another such batch.
     */
    List<WriteOutcome> write(List<Ingested> batch, boolean onlyIfNew) throws SQLException {
        stageInputs(batch);
        Map<String, Long> byHash = pairs("SELECT DISTINCT d.hash, d.id FROM " + Tables.STAGE_INPUTS.name()
                + " s JOIN documents d ON d.hash = s.hash");
        Map<String, Long> byPath = pairs("SELECT DISTINCT l.path, l.document_id FROM " + Tables.STAGE_INPUTS.name()
                + " s JOIN sources l ON l.path = s.path");
        if (onlyIfNew && !(byHash.isEmpty() && byPath.isEmpty())) {
            return null;
        }

        List<Ingested> fresh = new ArrayList<>();
        Set<Ingested> isFresh = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Ingested in : batch) {
            if (!byHash.containsKey(in.hash())) {
                byHash.put(in.hash(), null);
                fresh.add(in);
                isFresh.add(in);
            }
        }
        List<Long> ids = allocateIds(fresh.size());
        for (int i = 0; i < fresh.size(); i++) {
            byHash.put(fresh.get(i).hash(), ids.get(i));
        }
        insert(fresh, ids);

        List<WriteOutcome> outcomes = new ArrayList<>();
        Set<String> added = new HashSet<>();
        Set<Long> released = new LinkedHashSet<>();
        Set<Long> targets = new HashSet<>();
        for (Ingested in : batch) {
            long target = byHash.get(in.hash());
            targets.add(target);
            boolean isNew = isFresh.contains(in) && added.add(in.hash());
            WriteOutcome outcome = isNew ? WriteOutcome.ADDED : WriteOutcome.UNCHANGED;
            if (in.path() != null) {
                Long old = byPath.get(in.path());
                if (old == null || old != target) {
                    link(in.path(), target, old != null);
                    byPath.put(in.path(), target);
                    if (old != null) {
                        released.add(old);
                        outcome = isNew ? WriteOutcome.REPLACED : outcome;
                    }
                }
            }
            outcomes.add(outcome);
        }
        released.removeAll(targets);
        released.removeAll(stillLinked(released));
        for (long doc : released) {
            delete(doc);
        }
        if (clusters != null) {
            // after the deletions, so a new version of a text is not taken for a copy of the old one
            for (int i = 0; i < fresh.size(); i++) {
                clusters.add(ids.get(i), fresh.get(i));
            }
        }
        applyCounts();
        return outcomes;
    }

    private void stageInputs(List<Ingested> batch) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + Tables.STAGE_INPUTS.name()
                    + " (pos INTEGER, hash VARCHAR(64), path VARCHAR)");
            s.execute("DELETE FROM " + Tables.STAGE_INPUTS.name());
        }
        dialect.copy(c, Tables.STAGE_INPUTS, w -> {
            for (int i = 0; i < batch.size(); i++) {
                w.num(i).str(batch.get(i).hash()).str(batch.get(i).path());
                w.end();
            }
        });
    }

    private Map<String, Long> pairs(String sql) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private List<Long> allocateIds(int n) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        if (n == 0) {
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT nextval('document_ids') FROM generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    /** Copies the new documents and every table of their records. */
    private void insert(List<Ingested> fresh, List<Long> ids) throws SQLException {
        if (fresh.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        dialect.copy(c, Tables.DOCUMENTS, w -> {
            for (int i = 0; i < fresh.size(); i++) {
                Ingested in = fresh.get(i);
                w.num(ids.get(i)).str(in.hash()).str(in.document().id()).str(in.path()).date(in.document().date())
                        .num(in.document().text().length()).timestamp(now).str(in.document().text())
                        .str(in.notes().isEmpty() ? null : String.join("\n", in.notes()));
                Metadata meta = in.document().meta();
                w.str(meta.title()).str(meta.publisher()).str(meta.author()).str(meta.url()).str(meta.language())
                        .str(meta.genre());
                w.end();
            }
        });
        // One pass to learn which kinds of record the batch has; a table with none is skipped.
        Set<Class<?>> kinds = new HashSet<>();
        for (Ingested in : fresh) {
            for (Record r : in.records()) {
                kinds.add(r.getClass());
            }
        }
        this.kinds = kinds;
        copyRecords(fresh, ids, Tables.EVENTS, Event.class, (w, r) -> RecordRows.event(w.writer, w.doc, w.text, w.n, r));
        copyRecords(fresh, ids, Tables.QUOTES, Quote.class, (w, r) -> RecordRows.quote(w.writer, w.doc, w.n, r));
        copyRecords(fresh, ids, Tables.LETTERS, Letter.class, (w, r) -> RecordRows.letter(w.writer, w.doc, w.n, r));
        copyRecords(fresh, ids, Tables.LETTER_ACTORS, Letter.class,
                (w, r) -> RecordRows.letterActors(w.writer, w.doc, w.n, r));
        copyRecords(fresh, ids, Tables.DEMANDS, Letter.class, (w, r) -> RecordRows.demands(w.writer, w.doc, w.n, r));
        copyRecords(fresh, ids, Tables.LETTER_REFERENCES, Letter.class,
                (w, r) -> RecordRows.references(w.writer, w.doc, w.n, r));
        copyRecords(fresh, ids, Tables.RELATIONS, Relation.class, (w, r) -> RecordRows.relation(w.writer, w.doc, w.n, r));
        if (!dialect.countsAtOptimize()) {
            for (Ingested in : fresh) {
                for (Record r : in.records()) {
                    if (r instanceof Event e) {
                        count(e, 1);
                    }
                }
            }
        }
    }

    /** Where a record goes: the writer, its document's id and text, and its position. */
    private static final class At {
        RowWriter writer;
        long doc;
        String text;
        int n;
    }

    private <R extends Record> void copyRecords(List<Ingested> fresh, List<Long> ids, Table table, Class<R> kind,
                                                BiConsumer<At, R> row) throws SQLException {
        if (!kinds.contains(kind)) {
            return;
        }
        dialect.copy(c, table, w -> {
            At at = new At();
            at.writer = w;
            for (int i = 0; i < fresh.size(); i++) {
                at.doc = ids.get(i);
                at.text = fresh.get(i).document().text();
                List<Record> records = fresh.get(i).records();
                for (int n = 0; n < records.size(); n++) {
                    if (kind.isInstance(records.get(n))) {
                        at.n = n;
                        row.accept(at, kind.cast(records.get(n)));
                    }
                }
            }
        });
    }

    private void count(Event e, long delta) {
        if (e.source().country() != null && e.target().country() != null) {
            counts.merge(new CountKey(e.source().country(), e.target().country(), RecordRows.cellMonth(e.date()),
                    e.type().name(), e.modality().code()), delta, Long::sum);
        }
    }

    /** Whether the document's events are in event_counts (else optimize has yet to count them). */
    private boolean counted(long doc) throws SQLException {
        if (!dialect.countsAtOptimize()) {
            return true;
        }
        if (countedThrough == null) {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT coalesce(max(through_id), 0) FROM counted_documents")) {
                rs.next();
                countedThrough = rs.getLong(1);
            }
        }
        return doc <= countedThrough;
    }

    private void link(String path, long document, boolean existed) throws SQLException {
        if (existed) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sources WHERE path = ?")) {
                ps.setString(1, path);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sources (path, document_id) VALUES (?, ?)")) {
            ps.setString(1, path);
            ps.setLong(2, document);
            ps.executeUpdate();
        }
    }

    private Set<Long> stillLinked(Set<Long> documents) throws SQLException {
        Set<Long> linked = new HashSet<>();
        if (documents.isEmpty()) {
            return linked;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT document_id FROM sources WHERE document_id IN ("
                + Where.markers(documents.size()) + ")")) {
            Where.bind(ps, 1, new ArrayList<>(documents));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    linked.add(rs.getLong(1));
                }
            }
        }
        return linked;
    }

    /** Deletes a document and all its records, taking its events out of event_counts. */
    private void delete(long doc) throws SQLException {
        if (counted(doc)) {
            uncount(doc);
        }
        if (clusters != null) {
            clusters.remove(doc);
        }
        for (Table t : Tables.RECORD_TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + t.name() + " WHERE document_id = ?")) {
                ps.setLong(1, doc);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM documents WHERE id = ?")) {
            ps.setLong(1, doc);
            ps.executeUpdate();
        }
    }

    /** Takes the document's events out of event_counts. */
    private void uncount(long doc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT source_country, target_country, " + Tables.CELL_MONTH
                + ", type, modality, count(*) FROM events WHERE document_id = ?"
                + " AND source_country IS NOT NULL AND target_country IS NOT NULL GROUP BY 1, 2, 3, 4, 5")) {
            ps.setLong(1, doc);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts.merge(new CountKey(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5)), -rs.getLong(6), Long::sum);
                }
            }
        }
    }

    private static void countRows(RowWriter w, List<Map.Entry<CountKey, Long>> changes) {
        for (Map.Entry<CountKey, Long> e : changes) {
            CountKey k = e.getKey();
            w.str(k.source()).str(k.target()).num(k.month()).str(k.type()).str(k.modality()).num(e.getValue());
            w.end();
        }
    }

    /**
     * Adds the batch's count changes to event_counts: appended as they are where the engine
     * sums cells when it reads them, else one upsert per cell through the table's primary key.
     * The upsert is one statement so that writers adding to the same cell at once cannot lose
     * an addition (an UPDATE, then an INSERT of the cells it missed, could: another writer's new
     * cell committed between the two is skipped by both).
     */
    private void applyCounts() throws SQLException {
        List<Map.Entry<CountKey, Long>> changes = counts.entrySet().stream().filter(e -> e.getValue() != 0).toList();
        if (changes.isEmpty()) {
            return;
        }
        if (dialect.countsAtOptimize()) {
            dialect.copy(c, Tables.EVENT_COUNTS, w -> countRows(w, changes));
            return;
        }
        String stage = Tables.STAGE_COUNTS.name();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " (source_country VARCHAR(3), target_country VARCHAR(3),"
                    + " month INTEGER, type VARCHAR(9), modality VARCHAR(12), events BIGINT)");
            s.execute("DELETE FROM " + stage);
        }
        dialect.copy(c, Tables.STAGE_COUNTS, w -> countRows(w, changes));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO event_counts (" + Tables.EVENT_COUNTS.columnList() + ") SELECT "
                    + Tables.STAGE_COUNTS.columnList() + " FROM " + stage
                    + " ON CONFLICT (source_country, target_country, month, type, modality)"
                    + " DO UPDATE SET events = event_counts.events + EXCLUDED.events");
            if (changes.stream().anyMatch(e -> e.getValue() < 0)) {
                s.executeUpdate("DELETE FROM event_counts WHERE events <= 0");
            }
        }
    }
}
