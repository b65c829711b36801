package dyad.store;

import dyad.model.Event;
import dyad.model.Letter;
import dyad.model.Quote;
import dyad.model.Record;
import dyad.model.Relation;
import java.util.List;
import java.util.Optional;

/**
 * The durable store of documents and the records extracted from them: one interface over the
 * embedded store (DuckDB in {@code ./dyad-data/}) and PostgreSQL. Open one with
 * {@link Stores#open(StoreLocation)}.
 *
 * <h2>Documents and writes</h2>
 * A document is keyed by the SHA-256 of its text ({@link ContentHash}); it keeps the name its
 * records carry ({@code doc}), the path it was read from, its date and its text. Each path
 * links to the document it last held. {@link #write(List)} stores a batch of documents with
 * their records in <em>one transaction</em>: a crash leaves either all of the batch or none
 * of it. Writing is idempotent: a text already stored changes nothing but its path link, so
 * re-running an interrupted ingest neither loses nor duplicates a document. When a path
 * links to a new text, the document it held before (if no other path still holds it) is
 * deleted with all its records in the same transaction.
 *
 * <h2>Reads</h2>
 * Every read sees the last committed state. Lists are ordered so that paging is stable:
 * events by date (latest first, undated last), then document and position.
 *
 * <h2>Threads and processes</h2>
 * An instance is safe for concurrent use: any number of threads may read while one writes
 * (writes are serialised). The embedded store allows one process at a time: a second one
 * fails to open it with a message naming the process that holds it. PostgreSQL allows any
 * number of processes.
 */
public interface Repository extends AutoCloseable {

    // ---- writing

    /** Whether a document with this content hash is stored. */
    boolean contains(String hash);

    /**
     * Stores the documents and their records in one transaction and returns, in order, what
     * happened to each. A document whose hash is already stored (or appears earlier in the
     * batch) keeps its stored records; the given ones are ignored.
     *
     * @throws StoreException if the store fails; then nothing of the batch is stored
     */
    List<WriteOutcome> write(List<Ingested> batch);

    /**
     * Reorganises storage for fast reads after large writes; call it when a run of writes ends
     * ({@code dyad ingest} does). The embedded store counts the events written since the last
     * time into its timeline counts and rewrites them in dyad order, once that is more than a
     * tenth of them (seconds per ten million events), and otherwise returns at once; timelines
     * are the same before and after. PostgreSQL keeps its counts in every write and needs nothing.
     *
     * @return whether anything was reorganised
     */
    boolean optimize();

    /** {@link #write(List)} for one document. */
    default WriteOutcome write(Ingested document) {
        return write(List.of(document)).get(0);
    }

    // ---- documents

    /** The document with this hash, with its text. */
    Optional<StoredDocument> document(String hash);

    /** The hash of the document that {@code path} holds now (as last ingested from it). */
    Optional<String> documentAt(String path);

    /** The hash of the document with this id (the first part of a {@link RecordKey}). */
    Optional<String> documentHash(long id);

    /** How many documents are stored. */
    long countDocuments();

    /** Documents, most recently ingested first. */
    Page<DocumentInfo> documents(PageRequest page);

    /** Every record of a document in extraction order (as {@code dyad extract} printed them); empty if unknown. */
    List<Record> records(String hash);

    // ---- queries

    /** Events matching the filter, latest first (undated last). */
    Page<Stored<Event>> events(EventFilter filter, PageRequest page);

    /** How many events match the filter. */
    long countEvents(EventFilter filter);

    /** Monthly event counts per PLOVER type for a dyad, by month then type; months without events are absent. */
    List<MonthlyCount> timeline(TimelineQuery query);

    /**
     * Yearly event counts per PLOVER type for a dyad, counting every event dated at least to the
     * year, and the number of its undated events. Types and modalities apply to both; the query's
     * months bound the dated events as far as their dates tell (an event dated only to a year
     * counts when that year overlaps the months), and do not bound the undated ones, which
     * cannot be placed. Read from the same counts as the monthly timeline.
     */
    YearlyCounts yearlyTimeline(TimelineQuery query);

    /**
     * The named actors of events and quotes whose own country is this one (all actors when null),
     * with how many events each took part in and how many quotes each spoke; most of both first,
     * then by name.
     */
    List<ActorActivity> actors(String country);

    /** As {@link #actors(String)}, for the speakers of quotes only (events are not counted: 0). */
    List<ActorActivity> speakers(String country);

    /**
     * How much the pair is written about: the documents about it per month of publication, their
     * publishers, and the quotes about it with their speakers' countries and roles ({@link CoverageCounts}
     * says what counts). One aggregate per part over the pair's documents.
     */
    CoverageCounts coverage(CoverageQuery query);

    /** Quotes matching the filter, latest document first, then in text order. */
    Page<Stored<Quote>> quotes(QuoteFilter filter, PageRequest page);

    /** Open letters matching the filter, latest letter first, with their demands and references. */
    Page<Stored<Letter>> letters(LetterFilter filter, PageRequest page);

    /** Relation states between two countries in either order, oldest first (undated last). */
    List<Stored<Relation>> relations(String countryA, String countryB);

    /** Events imported from other event data (GDELT), kept apart from the records above. */
    Imports imports();

    /** Copies and event clusters: which reports tell one act, and how many sources stand behind it. */
    Clusters clusters();

    /** Counts for an overview page. */
    Overview overview();

    /**
     * The store's version, moved on by every write this repository commits (and by what else
     * writes to the store and says so): what is computed from the store holds until it moves.
     */
    StoreChanges changes();

    /** Releases connections and files; the store stays on disk. */
    @Override
    void close();
}
