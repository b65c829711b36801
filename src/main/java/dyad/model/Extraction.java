package dyad.model;

import java.util.List;

/**
 * What extraction made of one document: its records, and notes on what it could not do in full
 * (one line each, offsets into the document's text; e.g. a sentence too long to analyse whole,
 * cut into parts). A note is not a failure: the records are complete for what was read.
 */
public record Extraction(List<Record> records, List<String> notes) {

    public Extraction {
        records = List.copyOf(records);
        notes = List.copyOf(notes);
        for (String note : notes) {
            if (note == null || note.isBlank() || note.contains("\n")) {
                throw new IllegalArgumentException("an extraction note is one non-blank line");
            }
        }
    }

    /** Records without notes. */
    public static Extraction of(List<Record> records) {
        return new Extraction(records, List.of());
    }
}
