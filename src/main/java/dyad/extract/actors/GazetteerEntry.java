package dyad.extract.actors;

import dyad.model.Role;
import java.time.LocalDate;

/**
 * One name in the gazetteer and what it denotes. {@code office}, {@code from} and {@code to}
 * are set for people only; {@code from}/{@code to} null means open-ended.
 */
public record GazetteerEntry(String alias, EntryKind kind, String name, String country, String org, Role role,
                             String office, LocalDate from, LocalDate to) {

    /** Whether this name wins over {@code other} at one place: the longer, then a proper name over a cue, then a person in office on the day. */
    public boolean beats(GazetteerEntry other, LocalDate day) {
        if (alias().length() != other.alias().length()) {
            return alias().length() > other.alias().length();
        }
        if (other.kind() == EntryKind.ROLE_CUE && kind() != EntryKind.ROLE_CUE) {
            return true;
        }
        return kind() == EntryKind.PERSON && other.kind() == EntryKind.PERSON && validOn(day) && !other.validOn(day);
    }

    public boolean validOn(LocalDate day) {
        if (day == null) {
            return true;
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** A role cue's phrase is matched regardless of case; names are matched as written. */
    public boolean caseInsensitive() {
        return kind == EntryKind.ROLE_CUE;
    }
}
