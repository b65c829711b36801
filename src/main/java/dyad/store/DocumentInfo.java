package dyad.store;

import dyad.model.EventDate;
import java.time.Instant;

/**
 * A stored document without its text: {@code name} is the id its records carry ({@code doc}),
 * {@code path} where it was first read (null for stdin), {@code chars} the text's length.
 */
public record DocumentInfo(long id, String hash, String name, String path, EventDate date, int chars, Instant ingestedAt) {
    public DocumentInfo {
        if (!ContentHash.valid(hash) || name == null || date == null || ingestedAt == null) {
            throw new IllegalArgumentException("document info needs hash, name, date and time of ingest");
        }
    }
}
