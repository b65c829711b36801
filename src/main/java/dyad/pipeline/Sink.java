package dyad.pipeline;

import dyad.model.Document;
import dyad.model.Extraction;

/**
 * Where a run's documents go, one at a time and in input order: a JSON Lines stream
 * ({@code extract}), the store with its search index ({@code ingest}), rows of a Spark job.
 */
public interface Sink {

    /** True when the sink holds this text already, so extracting it again is skipped (the store knows texts by hash). */
    default boolean holds(Document document) {
        return false;
    }

    /**
     * Takes one document and what extraction made of it (nothing, when the sink {@linkplain #holds holds} it).
     *
     * @param path the file it was read from, or null (stdin, a table row)
     * @throws Rejected when this one document cannot be taken; the run goes on with the next
     */
    void accept(Document document, String path, Extraction extraction);

    /** A document a sink refused, or took only in part; the message is the line to report. */
    final class Rejected extends RuntimeException {
        public Rejected(String message) {
            super(message);
        }
    }
}
