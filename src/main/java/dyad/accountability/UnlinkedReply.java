package dyad.accountability;

import dyad.model.Letter;

/** A reply whose letter is not tracked: kept and shown, never dropped. */
public record UnlinkedReply(String id, RecordRef ref, Letter letter, LetterState kind, String reason) {
}
