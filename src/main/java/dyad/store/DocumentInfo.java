package dyad.store;

import dyad.model.EventDate;
import dyad.model.Metadata;
import java.time.Instant;
import java.util.List;

/**
 * A stored document without its text: {@code name} is the id its records carry ({@code doc}),
 * {@code path} where it was first read (null for stdin), {@code chars} the text's length,
 * {@code notes} what extraction could not do in full (e.g. a sentence too long to analyse whole,
 * cut into parts), one line each, empty for most documents; {@code meta} what its publisher says
 * of it (title, link…).
 */
public record DocumentInfo(long id, String hash, String name, String path, EventDate date, int chars, Instant ingestedAt,
                           List<String> notes, Metadata meta) {
    public DocumentInfo {
        if (!ContentHash.valid(hash) || name == null || date == null || ingestedAt == null) {
            throw new IllegalArgumentException("document info needs hash, name, date and time of ingest");
        }
        notes = notes == null ? List.of() : List.copyOf(notes);
        meta = meta == null ? Metadata.NONE : meta;
    }

    /** Without notes or metadata. */
    public DocumentInfo(long id, String hash, String name, String path, EventDate date, int chars, Instant ingestedAt) {
        this(id, hash, name, path, date, chars, ingestedAt, List.of(), Metadata.NONE);
    }

    /** What to call the document before a reader: its title, else the name it was read under. */
    public String label() {
        return meta.title() != null ? meta.title() : name;
    }
}
