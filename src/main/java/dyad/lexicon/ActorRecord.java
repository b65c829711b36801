package dyad.lexicon;

import java.time.LocalDate;
import java.util.List;

/**
 * One record of a PETRARCH actor dictionary: its phrases (the primary phrase first, then the
 * {@code +} synonyms, as written with '_' between words) and its codes with their date ranges.
 * {@code inline} says the primary line carried the code ("AFGHANISTAN_ [AFG]").
 */
record ActorRecord(int line, List<String> phrases, List<Code> codes, boolean inline) {

    /** A CAMEO actor code valid from {@code from} to {@code to} (null: open), given on {@code line}. */
    record Code(String code, LocalDate from, LocalDate to, int line) {
        boolean dated() {
            return from != null || to != null;
        }
    }
}
