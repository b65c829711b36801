package dyad.accountability;

import dyad.model.Letter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A tracked letter while tracking gathers its answers (mutable, package-private). */
final class Entry {
    final String id;
    final LetterRef ref;
    final Letter letter;
    final LocalDate sent;
    final List<ReplyLink> replies = new ArrayList<>();
    final List<NoReplyClaim> claims = new ArrayList<>();

    Entry(String id, LetterRef ref, Letter letter) {
        this.id = id;
        this.ref = ref;
        this.letter = letter;
        this.sent = letter.date().known() ? letter.date().firstDay() : null;
    }

    /** The hash of the document the letter (or its citation) is stored in. */
    String documentHash() {
        return ref.letter().documentHash();
    }
}
