package dyad.accountability;

import dyad.model.Letter;
import java.time.LocalDate;

/**
 * An answer linked to a tracked letter: a reply document ({@code reply} set), or the word of a
 * later letter by the same authors that an answer came ({@code reply} null, {@code reportedBy} set).
 *
 * @param kind       REPLIED, ACKNOWLEDGED or REFUSED
 * @param date       when it was written (or reported), null when unknown
 * @param confidence 0..1; 1 for links made by hand
 * @param accepted   whether it counts (confidence reaches minLinkConfidence, or made by hand)
 * @param reason     why it was linked, for the reader
 */
public record ReplyLink(String id, RecordRef reply, Letter letter, String reportedBy, LetterState kind, LocalDate date,
                        double confidence, boolean accepted, boolean byHand, String reason) {
}
