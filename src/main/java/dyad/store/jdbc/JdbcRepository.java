package dyad.store.jdbc;

import dyad.model.Event;
import dyad.model.Letter;
import dyad.model.Metadata;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.cluster.ClusterSettings;
import dyad.store.ActorActivity;
import dyad.store.Clusters;
import dyad.store.ContentHash;
import dyad.store.CoverageCounts;
import dyad.store.CoverageQuery;
import dyad.store.DocumentInfo;
import dyad.store.EventFilter;
import dyad.store.Imports;
import dyad.store.Ingested;
import dyad.store.LetterFilter;
import dyad.store.MonthlyCount;
import dyad.store.Overview;
import dyad.store.Page;
import dyad.store.PageRequest;
import dyad.store.QuoteFilter;
import dyad.store.Repository;
import dyad.store.StoreChanges;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stored;
import dyad.store.StoredDocument;
import dyad.store.TimelineQuery;
import dyad.store.WriteOutcome;
import dyad.store.YearlyCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The repository over JDBC: every query is shared by DuckDB and PostgreSQL; what differs
 * (connections, bulk copy, migrations) is in the {@link Dialect}. Reads run on their own
 * connections beside the writes. A batch of only new texts and paths (a bulk load) is written
 * beside other such batches whose hashes and paths differ (it appends and deletes nothing, so
 * neither can invalidate what the other read); every other write, {@link #optimize()} and
 * {@link #close()} run alone.
 */
public final class JdbcRepository implements Repository {

    private static final String EVENT_ORDER = " ORDER BY date_start DESC NULLS LAST, document_id DESC, n";

    private final Dialect dialect;
    /** Shared by the writes of new batches, taken alone by every other write. */
    private final ReentrantReadWriteLock writeLocks = new ReentrantReadWriteLock();
    /** The hashes and paths ("h:"/"p:") of the new batches being written now. */
    private final Set<String> inFlight = new HashSet<>();

    /** Moved on after every commit; on PostgreSQL also by other processes' writes (seen within a second). */
    private final StoreChanges changes;

    /** Other processes' writes on PostgreSQL are noticed within this time. */
    static final long PROBE_MILLIS = 1000;

    /** Settings of the copies and clusters every write keeps in step; null when writes leave them to a rebuild. */
    private final ClusterSettings clustering;

    /** On a migrated dialect, clustering every write with the default settings. */
    JdbcRepository(Dialect dialect) {
        this(dialect, ClusterSettings.DEFAULTS);
    }

    /** On a migrated dialect; {@link #open} is the way in. */
    JdbcRepository(Dialect dialect, ClusterSettings clustering) {
        this.dialect = dialect;
        this.clustering = clustering;
        this.changes = dialect.location().kind() == StoreLocation.Kind.POSTGRESQL
                ? StoreChanges.shared(this::fingerprint, PROBE_MILLIS) : StoreChanges.local();
    }

    @Override
    public StoreChanges changes() {
        return changes;
    }

    /**
     * What another process's write changes: a new document takes a new id (a replaced text too)
     * and a letter decision adds a row. Both read from an index or a small table.
     */
    private long fingerprint() {
        try (Connection c = dialect.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT coalesce(max(id), 0) FROM documents),"
                     + " (SELECT count(*) FROM letter_decisions)")) {
            rs.next();
            return rs.getLong(1) * 1_000_003L + rs.getLong(2);
        } catch (SQLException e) {
            throw failure("read the store's version", e);
        }
    }

    /** Opens (creating and migrating as needed) the store at this location, every write clustered with the default settings. */
    public static JdbcRepository open(StoreLocation location) {
        return open(location, ClusterSettings.DEFAULTS);
    }

    /**
     * Opens (creating and migrating as needed) the store at this location; with {@code clustering},
     * every write keeps copies and clusters in step, else a bulk load leaves them to a rebuild.
     */
    public static JdbcRepository open(StoreLocation location, ClusterSettings clustering) {
        Dialect dialect = switch (location.kind()) {
            case EMBEDDED -> new DuckDbDialect(location);
            case POSTGRESQL -> new PostgresDialect(location);
        };
        try {
            Migrations.migrate(dialect);
        } catch (RuntimeException e) {
            dialect.close();
            throw e;
        }
        return new JdbcRepository(dialect, clustering);
    }

    public StoreLocation location() {
        return dialect.location();
    }

    private StoreException failure(String what, SQLException e) {
        return StoreException.of(dialect.location(), "cannot " + what, e);
    }

    // ---- writing

    @Override
    public boolean contains(String hash) {
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE hash = ? LIMIT 1")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("look up a document", e);
        }
    }

    @Override
    public List<WriteOutcome> write(List<Ingested> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        // Clustering reads what earlier writes clustered, so a clustering write runs alone.
        Set<String> keys = clustering == null ? claim(batch) : null;
        if (keys != null) {
            try {
                List<WriteOutcome> outcomes = writeIfNew(batch);
                if (outcomes != null) {
                    changes.changed();
                    return outcomes;
                }
            } finally {
                release(keys);
            }
        }
        writeLocks.writeLock().lock();
        try {
            try {
                List<WriteOutcome> outcomes = writeOnce(batch, false);
                changes.changed();
                return outcomes;
            } catch (SQLException e) {
                if (!dialect.isUniqueViolation(e)) {
                    throw e;
                }
                // Another process stored one of these texts (or count cells) first: the retry sees its rows.
                List<WriteOutcome> outcomes = writeOnce(batch, false);
                changes.changed();
                return outcomes;
            }
        } catch (SQLException e) {
            throw failure(batch, e);
        } finally {
            writeLocks.writeLock().unlock();
        }
    }

    private StoreException failure(List<Ingested> batch, SQLException e) {
        return failure("store " + batch.size() + " document(s) starting with '" + batch.get(0).document().id() + "'", e);
    }

    /** The batch's hashes and paths, now claimed; null when another batch in flight has one of them. */
    private Set<String> claim(List<Ingested> batch) {
        Set<String> keys = new HashSet<>();
        for (Ingested in : batch) {
            keys.add("h:" + in.hash());
            if (in.path() != null) {
                keys.add("p:" + in.path());
            }
        }
        synchronized (inFlight) {
            for (String k : keys) {
                if (inFlight.contains(k)) {
                    return null;
                }
            }
            inFlight.addAll(keys);
        }
        return keys;
    }

    private void release(Set<String> keys) {
        synchronized (inFlight) {
            inFlight.removeAll(keys);
        }
    }

    /** Writes the batch beside other new batches if all its texts and paths are new; else null, nothing written. */
    private List<WriteOutcome> writeIfNew(List<Ingested> batch) {
        writeLocks.readLock().lock();
        try {
            return writeOnce(batch, true);
        } catch (SQLException e) {
            if (dialect.isUniqueViolation(e)) {
                return null; // another process stored one of them first: the lone write sees its rows
            }
            throw failure(batch, e);
        } finally {
            writeLocks.readLock().unlock();
        }
    }

    @Override
    public boolean optimize() {
        writeLocks.writeLock().lock();
        try {
            boolean done = dialect.optimize();
            if (done) {
                changes.changed(); // timelines read the same; said anyway, as for any write
            }
            return done;
        } catch (SQLException e) {
            throw failure("reorganise the timeline counts", e);
        } finally {
            writeLocks.writeLock().unlock();
        }
    }

    /** One transaction; with {@code onlyIfNew}, rolled back and null when a hash or path is stored. */
    private List<WriteOutcome> writeOnce(List<Ingested> batch, boolean onlyIfNew) throws SQLException {
        try (Connection c = dialect.connect()) {
            c.setAutoCommit(false);
            try {
                List<WriteOutcome> outcomes = new BatchWriter(dialect, c, clustering).write(batch, onlyIfNew);
                if (outcomes == null) {
                    c.rollback();
                    return null;
                }
                c.commit();
                return outcomes;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    // ---- documents

    static final String DOCUMENT_INFO = "id, hash, name, path, date_value, date_precision, chars, ingested_at, notes,"
            + " title, publisher, author, url, language, genre";

    static DocumentInfo info(ResultSet rs) throws SQLException {
        String notes = rs.getString("notes");
        return new DocumentInfo(rs.getLong("id"), rs.getString("hash"), rs.getString("name"), rs.getString("path"),
                Rows.date(rs, "date"), rs.getInt("chars"),
                rs.getTimestamp("ingested_at").toLocalDateTime().toInstant(ZoneOffset.UTC),
                notes == null ? List.of() : notes.lines().toList(), new Metadata(rs.getString("title"),
                rs.getString("publisher"), rs.getString("author"), rs.getString("url"), rs.getString("language"),
                rs.getString("genre")));
    }

    @Override
    public Optional<StoredDocument> document(String hash) {
        if (!ContentHash.valid(hash)) {
            return Optional.empty();
        }
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + DOCUMENT_INFO + ", text FROM documents WHERE hash = ?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredDocument(info(rs), rs.getString("text"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read document " + hash, e);
        }
    }

    @Override
    public Optional<String> documentAt(String path) {
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT d.hash FROM sources s JOIN documents d ON d.id = s.document_id"
                     + " WHERE s.path = ?")) {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("look up the document at '" + path + "'", e);
        }
    }

    @Override
    public Optional<String> documentHash(long id) {
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT hash FROM documents WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("look up document " + id, e);
        }
    }

    @Override
    public Page<DocumentInfo> documents(PageRequest page) {
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT " + DOCUMENT_INFO
                     + " FROM documents ORDER BY id DESC LIMIT ? OFFSET ?")) {
            ps.setInt(1, page.limit() + 1);
            ps.setInt(2, page.offset());
            List<DocumentInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(info(rs));
                }
            }
            return page(out, page);
        } catch (SQLException e) {
            throw failure("list documents", e);
        }
    }

    @Override
    public List<Record> records(String hash) {
        if (!ContentHash.valid(hash)) {
            return List.of();
        }
        try (Connection c = dialect.connect()) {
            Map<Long, String[]> docs = RecordReader.documentNames(c, "hash = ?", List.of(hash));
            if (docs.isEmpty()) {
                return List.of();
            }
            long id = docs.keySet().iterator().next();
            TreeMap<Integer, Record> byPosition = new TreeMap<>();
            Where where = new Where().add("document_id = ?", id);
            RecordReader.events(c, where, "", List.of()).forEach(s -> byPosition.put(s.key().n(), s.record()));
            RecordReader.quotes(c, where, "", List.of()).forEach(s -> byPosition.put(s.key().n(), s.record()));
            RecordReader.letters(c, where, "", List.of()).forEach(s -> byPosition.put(s.key().n(), s.record()));
            RecordReader.relations(c, where).forEach(s -> byPosition.put(s.key().n(), s.record()));
            return List.copyOf(byPosition.values());
        } catch (SQLException e) {
            throw failure("read the records of document " + hash, e);
        }
    }

    // ---- events

    private static Where eventWhere(EventFilter f) {
        Where w = new Where().dyad("source_country", "target_country", f.dyad());
        if (f.country() != null) {
            w.add("(source_country = ? OR target_country = ?)", f.country(), f.country());
        }
        w.in("type", f.types().stream().map(PloverType::name).toList());
        w.in("modality", f.modalities().stream().map(Modality::code).toList());
        w.containsAny(f.actor(), "source_name", "source_text", "target_name", "target_text");
        if (f.from() != null) {
            w.add("date_start >= ?", f.from());
        }
        if (f.to() != null) {
            w.add("date_start <= ?", f.to());
        }
        return w;
    }

    @Override
    public Page<Stored<Event>> events(EventFilter filter, PageRequest page) {
        try (Connection c = dialect.connect()) {
            return page(RecordReader.events(c, eventWhere(filter), EVENT_ORDER + " LIMIT ? OFFSET ?",
                    List.of(page.limit() + 1, page.offset())), page);
        } catch (SQLException e) {
            throw failure("list events", e);
        }
    }

    @Override
    public long countDocuments() {
        try (Connection c = dialect.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("count documents", e);
        }
    }

    @Override
    public long countEvents(EventFilter filter) {
        Where w = eventWhere(filter);
        try (Connection c = dialect.connect();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events" + w.sql())) {
            Where.bind(ps, 1, w.params());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("count events", e);
        }
    }

    @Override
    public List<MonthlyCount> timeline(TimelineQuery q) {
        try (Connection c = dialect.connect()) {
            return TimelineCells.monthly(c, q);
        } catch (SQLException e) {
            throw failure("read the timeline of " + q.dyad(), e);
        }
    }

    @Override
    public YearlyCounts yearlyTimeline(TimelineQuery q) {
        try (Connection c = dialect.connect()) {
            return TimelineCells.yearly(c, q);
        } catch (SQLException e) {
            throw failure("read the yearly timeline of " + q.dyad(), e);
        }
    }

    // ---- actors

    @Override
    public List<ActorActivity> actors(String country) {
        return actorCounts(country, true);
    }

    @Override
    public List<ActorActivity> speakers(String country) {
        return actorCounts(country, false);
    }

    private List<ActorActivity> actorCounts(String country, boolean withEvents) {
        try (Connection c = dialect.connect()) {
            return ActorCounts.read(c, country, withEvents);
        } catch (SQLException e) {
            throw failure("count the actors", e);
        }
    }

    @Override
    public CoverageCounts coverage(CoverageQuery q) {
        try (Connection c = dialect.connect()) {
            return CoverageSql.read(c, q);
        } catch (SQLException e) {
            throw failure("read the coverage of " + q.a() + " and " + q.b(), e);
        }
    }

    // ---- quotes

    @Override
    public Page<Stored<Quote>> quotes(QuoteFilter filter, PageRequest page) {
        Where w = new Where();
        if (filter.speakerCountry() != null) {
            w.add("speaker_country = ?", filter.speakerCountry());
        }
        w.containsAny(filter.contains(), "speaker_name", "speaker_text", "quote_text");
        try (Connection c = dialect.connect()) {
            return page(RecordReader.quotes(c, w, " ORDER BY document_id DESC, n LIMIT ? OFFSET ?",
                    List.of(page.limit() + 1, page.offset())), page);
        } catch (SQLException e) {
            throw failure("list quotes", e);
        }
    }

    // ---- letters

    @Override
    public Page<Stored<Letter>> letters(LetterFilter filter, PageRequest page) {
        Where w = new Where();
        if (filter.country() != null) {
            w.add("EXISTS (SELECT 1 FROM letter_actors a WHERE a.document_id = letters.document_id"
                    + " AND a.letter_n = letters.n AND a.actor_country = ?)", filter.country());
        }
        try (Connection c = dialect.connect()) {
            return page(RecordReader.letters(c, w, " ORDER BY date_start DESC NULLS LAST, document_id DESC, n LIMIT ? OFFSET ?",
                    List.of(page.limit() + 1, page.offset())), page);
        } catch (SQLException e) {
            throw failure("list letters", e);
        }
    }

    // ---- relations

    @Override
    public List<Stored<Relation>> relations(String countryA, String countryB) {
        Where w = new Where().dyad("country_a", "country_b", dyad.store.Dyad.either(countryA, countryB));
        try (Connection c = dialect.connect()) {
            return RecordReader.relations(c, w);
        } catch (SQLException e) {
            throw failure("list relations of " + countryA + " and " + countryB, e);
        }
    }

    // ---- overview

    @Override
    public Imports imports() {
        return new JdbcImports(dialect, changes);
    }

    @Override
    public Clusters clusters() {
        return new JdbcClusters(dialect, clustering == null ? ClusterSettings.DEFAULTS : clustering,
                writeLocks.writeLock(), changes);
    }

    @Override
    public Overview overview() {
        try (Connection c = dialect.connect()) {
            return OverviewQuery.read(c);
        } catch (SQLException e) {
            throw failure("count the store's contents", e);
        }
    }

    private static <T> Page<T> page(List<T> fetched, PageRequest request) {
        boolean more = fetched.size() > request.limit();
        return new Page<>(more ? fetched.subList(0, request.limit()) : fetched, request, more);
    }

    @Override
    public void close() {
        writeLocks.writeLock().lock();
        try {
            dialect.close();
        } finally {
            writeLocks.writeLock().unlock();
        }
    }
}
