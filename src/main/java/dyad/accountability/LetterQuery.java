package dyad.accountability;

import java.util.Locale;
import java.util.Set;

/**
 * Which tracked letters to list; every part optional (null or empty = any), combined with AND.
 *
 * @param recipient text a recipient's name or mention contains (any case)
 * @param states    any of these states
 * @param signatory text a signatory's name or mention contains (any case)
 */
public record LetterQuery(String recipient, Set<LetterState> states, String signatory) {

    public static final LetterQuery ALL = new LetterQuery(null, Set.of(), null);

    public LetterQuery {
        recipient = blankToNull(recipient);
        signatory = blankToNull(signatory);
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim().toLowerCase(Locale.ROOT);
    }

    public boolean accepts(TrackedLetter t) {
        return (states.isEmpty() || states.contains(t.state()))
                && (recipient == null || t.recipients().stream().anyMatch(a -> contains(a.name(), recipient) || contains(a.text(), recipient)))
                && (signatory == null || t.signatories().stream().anyMatch(a -> contains(a.name(), signatory) || contains(a.text(), signatory)));
    }

    private static boolean contains(String s, String part) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(part);
    }
}
