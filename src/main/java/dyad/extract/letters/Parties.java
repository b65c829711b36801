package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.GazetteerEntry;
import dyad.model.Actor;
import dyad.model.Role;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Who a written name on a letter's line stands for: a known person (from the gazetteer, also
 * by a fuller name), an unknown person placed by the office written after the name ("…,
 * Speaker of the National Assembly, Nairobi" → Kenya's legislature), or a body ("Members of
 * the National Assembly" → National Assembly of Kenya; "the UN Security Council").
 */
final class Parties {

    /** Where an office line places its holder. */
    record Placement(String country, String org, Role role) {
    }

    private final Names names;
    private final LetterCues cues;
    private final String text;

    Parties(String text, Names names, LetterCues cues) {
        this.text = text;
        this.names = names;
        this.cues = cues;
    }

    Names names() {
        return names;
    }

    /**
     * The person written at {@code name} (text [shownFrom, shownTo) as the mention), placed by the office text
     * [officeFrom, officeTo) when the gazetteer does not know them; {@code fallback} places an unknown person
     * whose office says nothing.
     */
    Actor person(Written name, int shownFrom, int shownTo, int officeFrom, int officeTo, Placement fallback) {
        String shown = text.substring(shownFrom, shownTo);
        Optional<GazetteerEntry> known = knownPerson(name);
        Placement p = place(officeFrom, officeTo);
        boolean placed = p.country() != null || p.org() != null;
        if (known.isPresent()) {
            GazetteerEntry e = known.get();
            // Dyad's own office holders are dated and trusted; a converted name (terms ending around 2015) yields
            // to the office written with it, which says what the person is now.
            if (e.office() != null && e.validOn(names.day())) {
                return new Actor(shown, shownFrom, shownTo, e.name(), e.country(), e.org(), e.role());
            }
            String written = withoutInitials(name.text(text));
            return placed ? new Actor(shown, shownFrom, shownTo, written, p.country(), p.org(), p.role())
                    : new Actor(shown, shownFrom, shownTo, written, e.country(), e.org(), e.role());
        }
        if (!placed) {
            p = new Placement(fallback.country(), fallback.org(), p.role() == Role.GOV ? fallback.role() : p.role());
        }
        return new Actor(shown, shownFrom, shownTo, withoutInitials(name.text(text)), p.country(), p.org(), p.role());
    }

    Optional<GazetteerEntry> knownPerson(Written name) {
        for (Names.Hit h : names.scan(text, name.start(), name.end())) {
            if (h.kind() == EntryKind.PERSON && h.end() - h.start() >= (name.end() - name.start()) / 2) {
                return Optional.of(h.entry());
            }
        }
        return names.person(name.text(text));
    }

    /** Whether the written name is a person's: two to five capitalised words (and particles: "von der"), none a body's. */
    boolean personLike(Written name) {
        String s = name.text(text);
        if (names.opensWithDemonym(text, name.start(), name.end()) != null || acronymAmongWords(s)) {
            return false; // "Norwegian PEN": a nation's body, not a person
        }
        if (names.scan(text, name.start(), name.end()).stream()
                .anyMatch(h -> h.kind() != EntryKind.PERSON && h.kind() != EntryKind.ADJECTIVE)) {
            return knownPerson(name).isPresent();
        }
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            String bare = w.replaceAll("[^\\p{L}'’.-]", "");
            if (cues.nameParticles.contains(bare)) {
                continue; // "Ursula von der Leyen"
            }
            if (bare.isEmpty() || !Character.isUpperCase(bare.charAt(0))
                    || cues.bodyWords.contains(bare.toLowerCase(Locale.ROOT))) {
                return false;
            }
            capitalised++;
        }
        return capitalised >= 2;
    }

    /** "Norwegian PEN": an acronym beside words that are not in capitals (a name in capitals, "JOHN SMITH", is all so). */
    private static boolean acronymAmongWords(String s) {
        String[] words = s.split("\\s+");
        long acronyms = java.util.Arrays.stream(words).filter(w -> w.matches("\\p{Lu}{2,}")).count();
        return acronyms > 0 && acronyms < words.length;
    }

    /**
     * Where an office text places its holder. The office itself — the first field or line of it, "Speaker of the
     * National Assembly" — says the role (an international body before any state makes an IGO official); the
     * address after it may say the state ("Parliament Buildings, Nairobi").
     */
    Placement place(int from, int to) {
        int officeEnd = officeEnd(from, to);
        String country = null;
        Role role = Role.GOV;
        for (Names.Hit h : names.scan(text, from, to)) {
            GazetteerEntry e = h.entry();
            boolean inOffice = h.start() < officeEnd;
            if (inOffice && country == null && e.org() != null && e.role() == Role.IGO) {
                return new Placement(null, e.org(), Role.IGO);
            }
            if (inOffice && e.role() == Role.LEG) {
                role = Role.LEG;
            }
            if (country == null && e.country() != null && e.kind() != EntryKind.PERSON) {
                country = e.country();
            }
        }
        return new Placement(country, null, role);
    }

    /** The end of the first field or line of an office text. */
    private int officeEnd(int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ',')) {
            i++;
        }
        while (i < to && text.charAt(i) != ',' && text.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /**
     * The body a written phrase names ("the Economic Community of West African States", "Members of the
     * National Assembly"), shown as [shownFrom, shownTo); a body the gazetteer knows only as a cue takes the
     * state {@code country}. Empty when the phrase names no body.
     */
    Optional<Actor> body(Written phrase, int shownFrom, int shownTo, String country) {
        int from = phrase.start();
        Matcher m = cues.members.matcher(text).region(from, phrase.end());
        if (m.lookingAt()) {
            from = m.end();
        }
        String shown = text.substring(shownFrom, shownTo);
        List<Names.Hit> hits = new java.util.ArrayList<>(names.scan(text, from, phrase.end()));
        // "The Prime Minister of Japan": the office's holder on the day.
        String named = hits.stream().filter(h -> h.kind() == EntryKind.COUNTRY || h.kind() == EntryKind.ADJECTIVE)
                .map(h -> h.entry().country()).findFirst().orElse(null);
        for (Names.Hit h : hits) {
            if (h.kind() == EntryKind.ROLE_CUE && named != null) {
                Optional<GazetteerEntry> holder = names.holder(text.substring(h.start(), h.end()), named);
                if (holder.isPresent()) {
                    GazetteerEntry e = holder.get();
                    return Optional.of(new Actor(shown, shownFrom, shownTo, e.name(), e.country(), e.org(), e.role()));
                }
            }
        }
        hits.sort(java.util.Comparator.comparingInt(h -> h.kind() == EntryKind.ORGANIZATION ? 0
                : h.kind() == EntryKind.COUNTRY || h.kind() == EntryKind.CAPITAL ? 1 : 2));
        for (Names.Hit h : hits) {
            GazetteerEntry e = h.entry();
            switch (h.kind()) {
                case ORGANIZATION -> {
                    return Optional.of(new Actor(shown, shownFrom, shownTo, e.name(), e.country(), e.org(), e.role()));
                }
                case COUNTRY, CAPITAL -> {
                    return Optional.of(new Actor(shown, shownFrom, shownTo, names.governmentName(e.country()),
                            e.country(), null, Role.GOV));
                }
                case ROLE_CUE -> {
                    Optional<Actor> cue = cueBody(h, text.substring(h.start(), h.end()), shown, shownFrom, shownTo,
                            country);
                    if (cue.isPresent()) {
                        return cue;
                    }
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    /** A body named by a cue in a state: its government, an office's holder, or "National Assembly of Kenya". */
    Optional<Actor> cueBody(Names.Hit cue, String written, String shown, int shownFrom, int shownTo, String country) {
        if (country == null) {
            return Optional.empty();
        }
        Optional<GazetteerEntry> holder = names.holder(written, country);
        if (holder.isPresent()) {
            GazetteerEntry e = holder.get();
            return Optional.of(new Actor(shown, shownFrom, shownTo, e.name(), e.country(), e.org(), e.role()));
        }
        Role role = cue.entry().role();
        if (role == Role.GOV && !names.offices(written).isEmpty()) {
            return Optional.empty(); // an office nobody is known to hold that day
        }
        String name = role == Role.GOV ? names.governmentName(country) : titleCase(written) + " of " + names.countryName(country);
        return Optional.of(new Actor(shown, shownFrom, shownTo, name, country, null, role));
    }

    private static String titleCase(String s) {
        StringBuilder b = new StringBuilder();
        for (String w : s.split("\\s+")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /** "Ferdinand R. Marcos Jr." → "Ferdinand Marcos Jr.": a middle initial is not part of the name we keep. */
    static String withoutInitials(String name) {
        return name.replaceAll("(?<=\\s)\\p{Lu}\\.\\s+", "").trim();
    }

    static List<Actor> distinct(List<Actor> actors) {
        java.util.List<Actor> out = new java.util.ArrayList<>();
        for (Actor a : actors) {
            if (out.stream().noneMatch(a::sameBody)) {
                out.add(a);
            }
        }
        return out;
    }
}
