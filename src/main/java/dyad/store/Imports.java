package dyad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;

/**
 * Events and mentions imported from other event data, in tables of their own: never counted in
 * Dyad's timelines, searches or exports of its own events unless asked for. Get it from
 * {@link Repository#imports()}.
 */
public interface Imports {

    /** How many rows were offered and how many of them were new (the others were stored before). */
    record Written(long offered, long stored) {
        public long duplicates() {
            return offered - stored;
        }
    }

    /**
     * Stores the events, streamed from the iterator, in one transaction; an event whose origin and id
     * are already stored (or came earlier in the same run) is left as it is.
     *
     * @throws StoreException if the store fails; then none of them is stored
     */
    Written writeEvents(Iterator<ImportedEvent> events);

    /** As {@link #writeEvents}, for mentions (keyed by origin, event id, identifier and sentence). */
    Written writeMentions(Iterator<ImportedMention> mentions);

    /** Work done in SQL on the store's own connection (see {@link #inTransaction}). */
    @FunctionalInterface
    interface SqlWork {
        Written run(Connection c) throws SQLException;
    }

    /**
     * Whether the store can read files itself (the embedded DuckDB store: {@code read_csv}), so an
     * import may load a file by SQL through {@link #inTransaction} rather than row by row.
     */
    default boolean readsFiles() {
        return false;
    }

    /**
     * Runs the work in one transaction on a connection to the store: committed when it returns,
     * rolled back when it throws (a {@link RuntimeException} comes out as it is).
     *
     * @throws StoreException if the store fails; then nothing of the work is stored
     * @throws UnsupportedOperationException if the store does not {@link #readsFiles()}
     */
    default Written inTransaction(SqlWork work) {
        throw new UnsupportedOperationException("this store does not read files itself");
    }

    /** How many events of this origin are stored. */
    long countEvents(String origin);

    /** How many mentions of this origin are stored. */
    long countMentions(String origin);

    /**
     * Monthly counts per PLOVER type of the origin's events between the query's dyad (types and
     * months as the query says; modalities do not apply: imported events are all asserted).
     */
    List<MonthlyCount> timeline(String origin, TimelineQuery query);

    /** The origin's events of a dyad, by day then id (at most {@code limit}). */
    List<ImportedEvent> events(String origin, Dyad dyad, int limit);
}
