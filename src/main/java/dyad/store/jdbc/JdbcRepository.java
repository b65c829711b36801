package dyad.store.jdbc;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Event;
import dyad.model.Letter;
import dyad.model.LetterReference;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import dyad.store.ActorActivity;
import dyad.store.ContentHash;
import dyad.store.DocumentInfo;
import dyad.store.EventFilter;
import dyad.store.Ingested;
import dyad.store.LetterFilter;
import dyad.store.MonthlyCount;
import dyad.store.Overview;
import dyad.store.Page;
import dyad.store.PageRequest;
import dyad.store.QuoteFilter;
import dyad.store.RecordKey;
import dyad.store.Repository;
import dyad.store.StoreException;
import dyad.store.StoreLocation;
import dyad.store.Stored;
import dyad.store.StoredDocument;
import dyad.store.TimelineQuery;
import dyad.store.YearlyCounts;
import dyad.store.WriteOutcome;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** On a migrated dialect; {@link #open} is the way in. */
    JdbcRepository(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Opens (creating and migrating as needed) the store at this location. */
    public static JdbcRepository open(StoreLocation location) {
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
        return new JdbcRepository(dialect);
    }

    public StoreLocation location() {
        return dialect.location();
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(dialect.location().describe() + ": cannot " + what + ": "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
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
        Set<String> keys = claim(batch);
        if (keys != null) {
            try {
                List<WriteOutcome> outcomes = writeIfNew(batch);
                if (outcomes != null) {
                    return outcomes;
                }
            } finally {
                release(keys);
            }
        }
        writeLocks.writeLock().lock();
        try {
            try {
                return writeOnce(batch, false);
            } catch (SQLException e) {
                if (!dialect.isUniqueViolation(e)) {
                    throw e;
                }
                // Another process stored one of these texts (or count cells) first: the retry sees its rows.
                return writeOnce(batch, false);
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
            return dialect.optimize();
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
                List<WriteOutcome> outcomes = new BatchWriter(dialect, c).write(batch, onlyIfNew);
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

    private static final String DOCUMENT_INFO = "id, hash, name, path, date_value, date_precision, chars, ingested_at";

    private static DocumentInfo info(ResultSet rs) throws SQLException {
        return new DocumentInfo(rs.getLong("id"), rs.getString("hash"), rs.getString("name"), rs.getString("path"),
                Rows.date(rs, "date"), rs.getInt("chars"),
                rs.getTimestamp("ingested_at").toLocalDateTime().toInstant(ZoneOffset.UTC));
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
            Map<Long, String[]> docs = documentNames(c, "hash = ?", List.of(hash));
            if (docs.isEmpty()) {
                return List.of();
            }
            long id = docs.keySet().iterator().next();
            TreeMap<Integer, Record> byPosition = new TreeMap<>();
            Where where = new Where().add("document_id = ?", id);
            events(c, where, "", List.of()).forEach(s -> byPosition.put(s.key().n(), s.record()));
            quotes(c, where, "", List.of()).forEach(s -> byPosition.put(s.key().n(), s.record()));
            letters(c, where, "", List.of()).forEach(s -> byPosition.put(s.key().n(), s.record()));
            relations(c, where).forEach(s -> byPosition.put(s.key().n(), s.record()));
            return List.copyOf(byPosition.values());
        } catch (SQLException e) {
            throw failure("read the records of document " + hash, e);
        }
    }

    /** id → {hash, name} of the documents matching a condition on the documents table. */
    private static Map<Long, String[]> documentNames(Connection c, String condition, List<Object> params)
            throws SQLException {
        Map<Long, String[]> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, hash, name FROM documents WHERE " + condition)) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        return out;
    }

    /** The texts of these documents, by id. */
    private static Map<Long, String> documentTexts(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(ids.stream().distinct().toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT id, text FROM documents WHERE id IN ("
                + Where.markers(params.size()) + ")")) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return out;
    }

    private static Map<Long, String[]> documentNames(Connection c, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object> params = new ArrayList<>(ids.stream().distinct().toList());
        return documentNames(c, "id IN (" + Where.markers(params.size()) + ")", params);
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
            return page(events(c, eventWhere(filter), EVENT_ORDER + " LIMIT ? OFFSET ?",
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

    private static List<Stored<Event>> events(Connection c, Where where, String tail, List<Object> tailParams)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.EVENTS.columnList() + " FROM events"
                + where.sql() + tail)) {
            Where.bind(ps, Where.bind(ps, 1, where.params()), tailParams);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong("document_id"), rs.getInt("n"), PloverType.valueOf(rs.getString("type")),
                            rs.getString("mode"), Rows.actor(rs, "source"), Rows.actor(rs, "target"), Rows.date(rs, "date"),
                            modality(rs.getString("modality")), rs.getString("evidence_text"), rs.getInt("evidence_start"),
                            rs.getInt("evidence_end")});
                }
            }
        }
        Map<Long, String[]> docs = documentNames(c, rows.stream().map(r -> (Long) r[0]).toList());
        // Evidence stored as offsets only is the document's text at those offsets.
        Map<Long, String> texts = documentTexts(c, rows.stream().filter(r -> r[8] == null).map(r -> (Long) r[0]).toList());
        List<Stored<Event>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String[] doc = docs.get((Long) r[0]);
            int start = (Integer) r[9];
            int end = (Integer) r[10];
            String evidence = r[8] != null ? (String) r[8] : texts.get((Long) r[0]).substring(start, end);
            Event e = new Event(doc[1], (PloverType) r[2], (String) r[3], (Actor) r[4], (Actor) r[5],
                    (dyad.model.EventDate) r[6], (Modality) r[7], new dyad.model.Span(evidence, start, end));
            out.add(new Stored<>(new RecordKey((Long) r[0], (Integer) r[1]), doc[0], e));
        }
        return out;
    }

    private static Modality modality(String code) {
        return Modality.valueOf(code.toUpperCase(Locale.ROOT));
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

    // ---- quotes

    @Override
    public Page<Stored<Quote>> quotes(QuoteFilter filter, PageRequest page) {
        Where w = new Where();
        if (filter.speakerCountry() != null) {
            w.add("speaker_country = ?", filter.speakerCountry());
        }
        w.containsAny(filter.contains(), "speaker_name", "speaker_text", "quote_text");
        try (Connection c = dialect.connect()) {
            return page(quotes(c, w, " ORDER BY document_id DESC, n LIMIT ? OFFSET ?",
                    List.of(page.limit() + 1, page.offset())), page);
        } catch (SQLException e) {
            throw failure("list quotes", e);
        }
    }

    private static List<Stored<Quote>> quotes(Connection c, Where where, String tail, List<Object> tailParams)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.QUOTES.columnList() + " FROM quotes"
                + where.sql() + tail)) {
            Where.bind(ps, Where.bind(ps, 1, where.params()), tailParams);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong("document_id"), rs.getInt("n"), Rows.actor(rs, "speaker"),
                            rs.getString("verb"), rs.getString("quote_text"), rs.getInt("quote_start"), rs.getInt("quote_end")});
                }
            }
        }
        Map<Long, String[]> docs = documentNames(c, rows.stream().map(r -> (Long) r[0]).toList());
        List<Stored<Quote>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String[] doc = docs.get((Long) r[0]);
            Quote q = new Quote(doc[1], (Actor) r[2], (String) r[3], (String) r[4], (Integer) r[5], (Integer) r[6]);
            out.add(new Stored<>(new RecordKey((Long) r[0], (Integer) r[1]), doc[0], q));
        }
        return out;
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
            return page(letters(c, w, " ORDER BY date_start DESC NULLS LAST, document_id DESC, n LIMIT ? OFFSET ?",
                    List.of(page.limit() + 1, page.offset())), page);
        } catch (SQLException e) {
            throw failure("list letters", e);
        }
    }

    private static List<Stored<Letter>> letters(Connection c, Where where, String tail, List<Object> tailParams)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT document_id, n, date_value, date_precision FROM letters"
                + where.sql() + tail)) {
            Where.bind(ps, Where.bind(ps, 1, where.params()), tailParams);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong("document_id"), rs.getInt("n"), Rows.date(rs, "date")});
                }
            }
        }
        Map<Long, String[]> docs = documentNames(c, rows.stream().map(r -> (Long) r[0]).toList());
        List<Stored<Letter>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long doc = (Long) r[0];
            int n = (Integer) r[1];
            out.add(new Stored<>(new RecordKey(doc, n), docs.get(doc)[0], letter(c, doc, n, docs.get(doc)[1],
                    (dyad.model.EventDate) r[2])));
        }
        return out;
    }

    private static Letter letter(Connection c, long doc, int n, String name, dyad.model.EventDate date) throws SQLException {
        List<Actor> authors = new ArrayList<>();
        List<Actor> recipients = new ArrayList<>();
        Map<Integer, List<Actor>> referenceRecipients = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.LETTER_ACTORS.columnList()
                + " FROM letter_actors WHERE document_id = ? AND letter_n = ? ORDER BY part, reference_pos, pos")) {
            ps.setLong(1, doc);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Actor a = Rows.actor(rs, "actor");
                    switch (rs.getString("part")) {
                        case RecordRows.AUTHOR -> authors.add(a);
                        case RecordRows.RECIPIENT -> recipients.add(a);
                        default -> referenceRecipients.computeIfAbsent(rs.getInt("reference_pos"), k -> new ArrayList<>()).add(a);
                    }
                }
            }
        }
        List<Demand> demands = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.DEMANDS.columnList()
                + " FROM demands WHERE document_id = ? AND letter_n = ? ORDER BY pos")) {
            ps.setLong(1, doc);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    demands.add(new Demand(rs.getInt("number"), rs.getString("summary"), Rows.actor(rs, "addressee"),
                            rs.getString("demand_text"), rs.getInt("demand_start"), rs.getInt("demand_end")));
                }
            }
        }
        List<LetterReference> references = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT pos, date_value, date_precision, replied"
                + " FROM letter_references WHERE document_id = ? AND letter_n = ? ORDER BY pos")) {
            ps.setLong(1, doc);
            ps.setInt(2, n);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    references.add(new LetterReference(Rows.date(rs, "date"),
                            referenceRecipients.getOrDefault(rs.getInt("pos"), List.of()), Rows.boolOrNull(rs, "replied")));
                }
            }
        }
        return new Letter(name, date, authors, recipients, demands, references);
    }

    // ---- relations

    @Override
    public List<Stored<Relation>> relations(String countryA, String countryB) {
        Where w = new Where().dyad("country_a", "country_b", dyad.store.Dyad.either(countryA, countryB));
        try (Connection c = dialect.connect()) {
            return relations(c, w);
        } catch (SQLException e) {
            throw failure("list relations of " + countryA + " and " + countryB, e);
        }
    }

    private static List<Stored<Relation>> relations(Connection c, Where where) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Tables.RELATIONS.columnList() + " FROM relations"
                + where.sql() + " ORDER BY date_start NULLS LAST, document_id, n")) {
            Where.bind(ps, 1, where.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getLong("document_id"), rs.getInt("n"),
                            List.of(rs.getString("country_a"), rs.getString("country_b")), rs.getString("attribute"),
                            rs.getString("state"), Rows.date(rs, "date"), Rows.span(rs, "evidence")});
                }
            }
        }
        Map<Long, String[]> docs = documentNames(c, rows.stream().map(r -> (Long) r[0]).toList());
        List<Stored<Relation>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            String[] doc = docs.get((Long) r[0]);
            @SuppressWarnings("unchecked")
            List<String> pair = (List<String>) r[2];
            Relation rel = new Relation(doc[1], pair, (String) r[3], (String) r[4], (dyad.model.EventDate) r[5],
                    (dyad.model.Span) r[6]);
            out.add(new Stored<>(new RecordKey((Long) r[0], (Integer) r[1]), doc[0], rel));
        }
        return out;
    }

    // ---- overview

    @Override
    public Overview overview() {
        try (Connection c = dialect.connect(); Statement s = c.createStatement()) {
            long[] counts = new long[5];
            String[] tables = {"documents", "events", "quotes", "letters", "relations"};
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + tables[i])) {
                    rs.next();
                    counts[i] = rs.getLong(1);
                }
            }
            LocalDate first;
            LocalDate last;
            try (ResultSet rs = s.executeQuery("SELECT min(date_start), max(date_start) FROM events")) {
                rs.next();
                first = localDate(rs.getDate(1));
                last = localDate(rs.getDate(2));
            }
            Map<PloverType, Long> byType = new EnumMap<>(PloverType.class);
            try (ResultSet rs = s.executeQuery("SELECT type, count(*) FROM events GROUP BY type")) {
                while (rs.next()) {
                    byType.put(PloverType.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            List<Overview.DyadCount> top = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT source_country, target_country, sum(events) AS total"
                    + " FROM event_cells GROUP BY source_country, target_country HAVING sum(events) > 0"
                    + " ORDER BY total DESC, source_country, target_country LIMIT 10")) {
                while (rs.next()) {
                    top.add(new Overview.DyadCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return new Overview(counts[0], counts[1], counts[2], counts[3], counts[4], first, last, byType, top);
        } catch (SQLException e) {
            throw failure("count the store's contents", e);
        }
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
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
