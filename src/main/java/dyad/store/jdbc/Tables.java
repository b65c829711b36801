package dyad.store.jdbc;

import java.util.List;

/**
 * The store's tables as created by {@code db/migration/common/V1__store.sql}, with the column
 * order that bulk copies write. Column names are constants, never user input.
 */
final class Tables {

    private Tables() {
    }

    /** The seven columns of a flattened actor: mention text and offsets, name, country, org, role. */
    static List<String> actor(String prefix) {
        return List.of(prefix + "_text", prefix + "_start", prefix + "_end", prefix + "_name",
                prefix + "_country", prefix + "_org", prefix + "_role");
    }

    static List<String> date(String prefix) {
        return List.of(prefix + "_value", prefix + "_precision", prefix + "_start");
    }

    /**
     * {@code notes} added by V17: the extraction's notes, one a line, null when none; then the
     * publisher's metadata added by V19 (so last).
     */
    static final Table DOCUMENTS = Table.of("documents", "id", "hash", "name", "path", date("date"), "chars",
            "ingested_at", "text", "notes", "title", "publisher", "author", "url", "language", "genre");

    static final Table SOURCES = Table.of("sources", "path", "document_id");

    static final Table EVENTS = Table.of("events", "document_id", "n", "type", "mode", actor("source"),
            actor("target"), date("date"), "date_month", "modality", "evidence_text", "evidence_start", "evidence_end");

    static final Table EVENT_COUNTS = Table.of("event_counts", "source_country", "target_country", "month", "type",
            "modality", "events");

    /** An events row's month key in event_counts, as {@link RecordRows#cellMonth} computes it. */
    static final String CELL_MONTH = "CASE WHEN date_month IS NOT NULL THEN date_month"
            + " WHEN date_start IS NOT NULL THEN CAST(EXTRACT(YEAR FROM date_start) AS INTEGER) * 100 ELSE 0 END";

    static final Table QUOTES = Table.of("quotes", "document_id", "n", actor("speaker"), "verb", "quote_text",
            "quote_start", "quote_end");

    static final Table LETTERS = Table.of("letters", "document_id", "n", date("date"));

    static final Table LETTER_ACTORS = Table.of("letter_actors", "document_id", "letter_n", "part", "reference_pos",
            "pos", actor("actor"));

    static final Table DEMANDS = Table.of("demands", "document_id", "letter_n", "pos", "number", "summary",
            actor("addressee"), "demand_text", "demand_start", "demand_end");

    static final Table LETTER_REFERENCES = Table.of("letter_references", "document_id", "letter_n", "pos",
            date("date"), "replied");

    static final Table RELATIONS = Table.of("relations", "document_id", "n", "country_a", "country_b", "attribute",
            "state", date("date"), "evidence_text", "evidence_start", "evidence_end");

    /** Every table whose rows belong to one document (by {@code document_id}). */
    static final List<Table> RECORD_TABLES = List.of(EVENTS, QUOTES, LETTERS, LETTER_ACTORS, DEMANDS,
            LETTER_REFERENCES, RELATIONS);

    /** Staging tables (per connection) that joins and count updates read from. */
    static final Table STAGE_INPUTS = Table.of("dyad_stage_inputs", "pos", "hash", "path");
    static final Table STAGE_COUNTS = Table.of("dyad_stage_counts", EVENT_COUNTS.columns());

    /** Copies and clusters (V22). */
    static final Table DOCUMENT_SIGNATURES = Table.of("document_signatures", "document_id", "minhash");
    static final Table DOCUMENT_BANDS = Table.of("document_bands", "band_hash", "document_id");
    static final Table DOCUMENT_COPIES = Table.of("document_copies", "document_id", "original_id", "similarity");
    static final Table CLUSTER_MEMBERS = Table.of("cluster_members", "document_id", "n", "cluster_id", "block", "type",
            "source_party", "target_party", "date_value", "date_precision", "modality", "words", "family", "publisher",
            "reported");
    static final Table EVENT_CLUSTERS = Table.of("event_clusters", "id", "canonical_document", "canonical_n", "documents",
            "independent", "first_report", "last_report", "modality_conflict", "date_conflict");

    /** The tables of copies and clusters, emptied by a rebuild. */
    static final List<Table> CLUSTER_TABLES = List.of(DOCUMENT_SIGNATURES, DOCUMENT_BANDS, DOCUMENT_COPIES,
            CLUSTER_MEMBERS, EVENT_CLUSTERS);
}
