package dyad.store;

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
