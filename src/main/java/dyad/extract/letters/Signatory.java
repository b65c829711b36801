package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.GazetteerEntry;
import dyad.model.Actor;
import dyad.model.Role;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One signatory of a letter, and whether its own words decided its country (perhaps as none,
 * when they name several states) and whether it is a person. {@link Namer} makes them from
 * written names.
 */
record Signatory(Actor actor, boolean decided, boolean person) {

    /** Makes signatories from names written in a letter's text. */
    static final class Namer {

        private static final Pattern ACRONYM = Pattern.compile("\\h*\\((\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,14})\\)$");

        private final String text;
        private final Parties parties;
        private final LetterCues cues;

        Namer(String text, Parties parties, LetterCues cues) {
            this.text = text;
            this.parties = parties;
            this.cues = cues;
        }

        /** A person who signs: the gazetteer's if known, else a member of civil society placed by {@code explicit}. */
        Signatory person(Written name, List<String> explicit) {
            Optional<GazetteerEntry> known = parties.knownPerson(name);
            String shown = name.text(text);
            if (known.isPresent()) {
                GazetteerEntry e = known.get();
                return new Signatory(new Actor(shown, name.start(), name.end(), e.name(), e.country(), e.org(),
                        e.role()), true, true);
            }
            String country = explicit.size() == 1 ? explicit.get(0) : null;
            return new Signatory(new Actor(shown, name.start(), name.end(), Parties.withoutInitials(shown), country,
                    null, Role.CSO), !explicit.isEmpty(), true);
        }

        /**
         * A body named in text[nameFrom, nameTo), shown as [shownFrom, shownTo): without "The" or its acronym
         * ("The Americas Policy Group (APG)"), by the gazetteer's name when the whole name is one it knows;
         * placed by {@code explicit}, else by the demonym opening it ("Norwegian Helsinki Committee"), else by its own
         * name ("Kenya Human Rights Commission").
         */
        Signatory body(int nameFrom, int nameTo, int shownFrom, int shownTo, List<String> explicit) {
            Matcher acronym = ACRONYM.matcher(text).region(nameFrom, nameTo);
            if (acronym.find() && parties.names().countries(text, acronym.start(1), acronym.end(1)).isEmpty()) {
                nameTo = acronym.start(); // "(APG)", not "(UK)"
            }
            String name = text.substring(nameFrom, nameTo).replaceFirst("^The\\s+", "");
            Role role = Role.CSO;
            String org = null;
            String known = null;
            for (Names.Hit h : parties.names().scan(text, nameFrom, nameTo)) {
                if (h.kind() == EntryKind.ORGANIZATION && h.end() == nameTo
                        && text.substring(nameFrom, h.start()).matches("(?:The\\s+)?")) {
                    name = h.entry().name();
                    role = h.entry().role();
                    org = h.entry().org();
                    known = h.entry().country();
                }
            }
            String demonym = parties.names().opensWithDemonym(text, nameFrom, nameTo);
            // "Nigerian Union of Traders in Ghana": the nation opening a body's name is whose it is
            List<String> countries = !explicit.isEmpty() ? explicit
                    : known != null ? List.of(known) : demonym != null ? List.of(demonym)
                    : parties.names().basedIn(text, nameFrom, nameTo);
            String country = countries.size() == 1 ? countries.get(0) : null;
            Actor a = new Actor(text.substring(shownFrom, shownTo), shownFrom, shownTo, name, country, org, role);
            return new Signatory(a, !countries.isEmpty(), false);
        }

        /** A name or field that is a body's: a body word, an acronym, or a known organisation; not a place. */
        boolean bodyLike(int from, int to) {
            List<Names.Hit> hits = parties.names().scan(text, from, to);
            if (hits.stream().anyMatch(h -> h.start() == from && h.end() == to && h.kind() != EntryKind.ORGANIZATION)) {
                return false; // "Nairobi", "Kenya"
            }
            if (hits.stream().anyMatch(h -> h.kind() == EntryKind.ORGANIZATION)) {
                return true;
            }
            String s = text.substring(from, to);
            if (s.matches("\\p{Lu}[\\p{Lu}\\p{N}&-]{1,11}")) {
                return true;
            }
            for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}-]+")) {
                if (cues.bodyWords.contains(w)) {
                    return true;
                }
            }
            return false;
        }
    }
}
