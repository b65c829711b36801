package dyad.extract.letters;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Gazetteer;
import dyad.extract.actors.GazetteerEntry;
import dyad.extract.actors.TsvTable;
import dyad.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gazetteer names inside one line of a letter (an address, a signatory, a title), where the
 * sentence splitter has no say: longest match at each word, never overlapping. Also finds a
 * known person from a fuller written name ("Dr William Samoei Ruto" → William Ruto) or from a
 * surname and the day, and an office's holder.
 */
final class Names {

    private static final String OFFICES = "/dyad/lexicon/actors/offices.tsv";

    record Hit(int start, int end, GazetteerEntry entry) {
        EntryKind kind() {
            return entry.kind();
        }
    }

    private final Gazetteer gazetteer;
    private final LocalDate day;
    private final Map<String, Set<String>> offices;

    /** {@code offices}: what each office cue names, from {@link #offices()}. */
    Names(Gazetteer gazetteer, Map<String, Set<String>> offices, LocalDate day) {
        this.gazetteer = gazetteer;
        this.offices = offices;
        this.day = day;
    }

    /** The offices each cue of offices.tsv names ("prime minister" → head of government). */
    static Map<String, Set<String>> offices() {
        Map<String, Set<String>> out = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read(OFFICES, 2)) {
            out.put(row.cell(0), Set.copyOf(row.list(1)));
        }
        return Map.copyOf(out);
    }

    LocalDate day() {
        return day;
    }

    Gazetteer gazetteer() {
        return gazetteer;
    }

    /** The names in text[from, to), in order. */
    List<Hit> scan(String text, int from, int to) {
        List<Hit> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!Character.isLetterOrDigit(text.charAt(i)) || i > from && Character.isLetterOrDigit(text.charAt(i - 1))) {
                i++;
                continue;
            }
            Hit best = longestAt(text, i, to);
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Hit longestAt(String text, int i, int to) {
        int wordEnd = i;
        while (wordEnd < to && !Character.isWhitespace(text.charAt(wordEnd)) && ",;:!?()[]\"“”".indexOf(text.charAt(wordEnd)) < 0) {
            wordEnd++;
        }
        Hit best = null;
        for (GazetteerEntry e : gazetteer.startingWith(text.substring(i, wordEnd))) {
            int end = i + e.alias().length();
            if (best != null && end < best.end()) {
                break; // longest first
            }
            if (end > to || !text.regionMatches(e.caseInsensitive(), i, e.alias(), 0, e.alias().length())
                    || end < to && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            if (best == null || e.beats(best.entry(), day)) {
                best = new Hit(i, end, e);
            }
        }
        return best;
    }

    /** The state of a demonym opening text[from, to), after an optional "The" ("Norwegian Helsinki Committee"); else null. */
    String opensWithDemonym(String text, int from, int to) {
        int start = text.startsWith("The ", from) ? from + 4 : from;
        return scan(text, from, to).stream().filter(h -> h.start() == start && h.kind() == EntryKind.ADJECTIVE)
                .map(h -> h.entry().country()).findFirst().orElse(null);
    }

    /** The states named in text[from, to) by a country, capital, demonym or place, in order, each once. */
    List<String> countries(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Hit h : scan(text, from, to)) {
            String c = h.entry().country();
            if (c != null && STATE_WORDS.contains(h.kind()) && !out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * The states a body's name names; one opening the name with the others after "for" or "on" ("Japan Campaign
     * for Burma") is where the body is, the others what it works on.
     */
    List<String> basedIn(String text, int from, int to) {
        List<String> all = countries(text, from, to);
        if (all.size() < 2) {
            return all;
        }
        List<Hit> states = scan(text, from, to).stream()
                .filter(h -> h.entry().country() != null && STATE_WORDS.contains(h.kind())).toList();
        Hit first = states.get(0);
        Hit other = states.stream().filter(h -> !h.entry().country().equals(first.entry().country())).findFirst().orElseThrow();
        int start = text.startsWith("The ", from) ? from + 4 : from;
        boolean worksOn = text.substring(first.end(), other.start()).matches("(?s).*\\b(?:for|on)\\b.*");
        return first.start() == start && worksOn ? List.of(first.entry().country()) : all;
    }

    /**
     * The first state named in text[from, to) with the states listed right after it ("from Armenia, Azerbaijan
     * and Georgia"), each once; a state named later on its own is left out ("Canadian groups … in Latin America").
     */
    List<String> firstCountries(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        int last = -1;
        for (Hit h : scan(text, from, to)) {
            String c = h.entry().country();
            if (c == null || !STATE_WORDS.contains(h.kind())) {
                continue;
            }
            if (last >= 0 && !text.substring(last, h.start()).matches(",?\\s*(?:and|or|&)?\\s*")) {
                break;
            }
            if (!out.contains(c)) {
                out.add(c);
            }
            last = h.end();
        }
        return out;
    }

    private static final Set<EntryKind> STATE_WORDS = Set.of(EntryKind.COUNTRY, EntryKind.CAPITAL,
            EntryKind.ADJECTIVE, EntryKind.PLACE);

    /**
     * A known person in office on the day whose name the written one contains, first name first:
     * "William Samoei Ruto" is William Ruto, "Ferdinand R. Marcos Jr." is Ferdinand Marcos Jr.
     * (not his father: a "Jr." must be in both names).
     */
    Optional<GazetteerEntry> person(String written) {
        List<String> words = words(written);
        if (words.size() < 2) {
            return Optional.empty();
        }
        GazetteerEntry found = null;
        for (GazetteerEntry e : gazetteer.startingWith(words.get(0))) {
            if (e.kind() != EntryKind.PERSON) {
                continue;
            }
            List<String> alias = words(e.alias());
            boolean suffixes = SUFFIXES.contains(words.get(words.size() - 1))
                    == SUFFIXES.contains(alias.get(alias.size() - 1));
            if (alias.size() >= 2 && alias.get(0).equals(words.get(0)) && words.containsAll(alias) && suffixes
                    && lastName(alias).equals(lastName(words)) && day != null && e.validOn(day)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The written name's surname: its last word, or the one before a generational suffix ("Jr."). */
    private static String lastName(List<String> words) {
        String last = words.get(words.size() - 1);
        return SUFFIXES.contains(last) && words.size() > 2 ? words.get(words.size() - 2) : last;
    }

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** Lower-case words without initials ("R.") or punctuation. */
    static List<String> words(String name) {
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s,]+"))
                .map(w -> w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}'’-]+$", ""))
                .filter(w -> w.length() > 1).toList();
    }

    /** The person in office on the day whose name ends with this surname, in the given state if one is given. */
    Optional<GazetteerEntry> bySurname(String surname, String country) {
        String tail = " " + surname.toLowerCase(Locale.ROOT);
        return gazetteer.people().stream()
                .filter(p -> p.alias().equals(p.name()) && p.name().toLowerCase(Locale.ROOT).endsWith(tail))
                .filter(p -> p.validOn(day) && day != null && (country == null || country.equals(p.country())))
                .findFirst();
    }

    /** The offices a cue names ("prime minister" → head of government), from offices.tsv. */
    Set<String> offices(String cue) {
        return offices.getOrDefault(cue.toLowerCase(Locale.ROOT), Set.of());
    }

    /** Who held the office a cue names, in a state, on the day. */
    Optional<GazetteerEntry> holder(String cue, String country) {
        Set<String> o = offices(cue);
        if (o.isEmpty() || country == null || day == null) {
            return Optional.empty();
        }
        return gazetteer.officeHolder(country, o, day);
    }

    String countryName(String iso3) {
        return gazetteer.country(iso3).map(c -> c.name()).orElse(iso3);
    }

    String governmentName(String iso3) {
        return gazetteer.country(iso3).map(c -> c.government()).orElse(iso3);
    }

    static boolean addressable(Role r) {
        return r == Role.GOV || r == Role.LEG || r == Role.MIL || r == Role.JUD || r == Role.IGO;
    }
}
