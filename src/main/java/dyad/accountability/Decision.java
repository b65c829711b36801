package dyad.accountability;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One entry of the audit log: a person set a state or a link by hand. Automatic tracking never
 * overrides one; a later decision on the same thing does ({@code auto} hands a state back).
 *
 * @param id           the log's number for it (0 before it is stored)
 * @param letter       the letter it is about
 * @param demand       the demand's number for demand actions, else null
 * @param value        a state code, {@code auto}, the {@code HASH:N} of a reply letter or event, or for
 *                     {@code settle} the number of the decision it settles
 * @param effective    the day from which it holds, so replayed history shows it from then on
 * @param letterAnchor where the letter was and what it said when the decision was made, so that the
 *                     decision follows it to a new version of its file; null in rows older than that
 * @param targetAnchor the same for the reply or event a link names, else null
 */
public record Decision(long id, LetterRef letter, Action action, Integer demand, String value, LocalDate effective,
                       String who, Instant at, String why, Anchor letterAnchor, Anchor targetAnchor) {

    /** What a decision does; {@code SETTLE} records that a person dealt with a decision that needed one. */
    public enum Action {
        LETTER_STATE, DEMAND_STATE, LINK_REPLY, UNLINK_REPLY, LINK_EVIDENCE, UNLINK_EVIDENCE, SETTLE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Action parse(String code) {
            return valueOf(code.trim().toUpperCase(Locale.ROOT));
        }

        boolean aboutDemand() {
            return this == DEMAND_STATE || this == LINK_EVIDENCE || this == UNLINK_EVIDENCE;
        }
    }

    public static final String AUTO = "auto";

    public Decision {
        if (letter == null || action == null || value == null || value.isBlank() || effective == null || at == null) {
            throw new IllegalArgumentException("a decision needs a letter, an action, a value, a date and a time");
        }
        if (who == null || who.isBlank()) {
            throw new IllegalArgumentException("a decision needs who made it (--by)");
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason (--why)");
        }
        if (action.aboutDemand() != (demand != null)) {
            throw new IllegalArgumentException(action.code() + (demand == null ? " needs a demand number (--demand)"
                    : " is about the letter, not a demand"));
        }
        switch (action) {
            case LETTER_STATE -> {
                if (!value.equals(AUTO)) {
                    LetterState.parse(value);
                }
            }
            case DEMAND_STATE -> {
                if (!value.equals(AUTO)) {
                    DemandState.parse(value);
                }
            }
            case SETTLE -> {
                if (!value.matches("[1-9][0-9]{0,17}")) {
                    throw new IllegalArgumentException("settle needs the number of a decision: '" + value + "'");
                }
            }
            default -> RecordRef.parse(value);
        }
    }

    public Decision withId(long newId) {
        return new Decision(newId, letter, action, demand, value, effective, who, at, why, letterAnchor, targetAnchor);
    }

    /** The same decision about the letter's (or its target's) version stored now. */
    Decision placed(LetterRef newLetter, String newValue) {
        return new Decision(id, newLetter, action, demand, newValue, effective, who, at, why, letterAnchor, targetAnchor);
    }

    /** Whether its value names a record (a reply letter or an event). */
    boolean linksARecord() {
        return action == Action.LINK_REPLY || action == Action.UNLINK_REPLY || action == Action.LINK_EVIDENCE
                || action == Action.UNLINK_EVIDENCE;
    }
}
