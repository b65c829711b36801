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

    /**
     * A person's name as the text gives it, in the full name's spelling: "Salva Kiir" for Salva Kiir Mayardit,
     * "Bruno Rodriguez" for Bruno Rodríguez Parrilla (records name people by their full name as commonly written).
     * A shorter alias that is not the full name's first words ("Lula", "Kiir") keeps the full name.
     */
    public String writtenName() {
        String[] full = name.split(" ");
        String[] written = alias.split(" ");
        if (kind != EntryKind.PERSON || written.length < 2 || written.length >= full.length) {
            return name;
        }
        for (int i = 0; i < written.length; i++) {
            if (!folded(written[i]).equals(folded(full[i]))) {
                return name;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(full, written.length));
    }

    /** A name without accents, in lower case: how two spellings of one name are compared. */
    static String folded(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** A role cue's phrase is matched regardless of case; names are matched as written. */
    public boolean caseInsensitive() {
        return kind == EntryKind.ROLE_CUE;
    }
}
