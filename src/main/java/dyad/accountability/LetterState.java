package dyad.accountability;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a letter stands, as in freedom-of-information trackers. */
public enum LetterState {
    /** Sent, within its reply window, no answer yet (also: date unknown). */
    AWAITING_REPLY,
    /** No answer and past the reply window. */
    OVERDUE,
    /** No answer and past the reply window times {@code veryOverdueFactor}. */
    VERY_OVERDUE,
    /** The recipient confirmed receipt without answering. */
    ACKNOWLEDGED,
    /** The recipient answered. */
    REPLIED,
    /** The recipient answered and declined what was asked. */
    REFUSED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether no answer has come. */
    public boolean unanswered() {
        return this == AWAITING_REPLY || this == OVERDUE || this == VERY_OVERDUE;
    }

    public static LetterState parse(String code) {
        for (LetterState s : values()) {
            if (s.code().equalsIgnoreCase(code == null ? "" : code.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown letter state '" + code + "'; use one of "
                + Arrays.stream(values()).map(LetterState::code).collect(Collectors.joining(", ")));
    }
}
