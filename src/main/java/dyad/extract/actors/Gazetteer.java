package dyad.extract.actors;

import dyad.model.Actor;
import dyad.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every name Dyad knows: states (names, adjectives, capitals), office holders with their
 * terms, organisations and role cues, loaded once from the TSV files under
 * {@code dyad/lexicon/actors/}. Lookup is by a name's first word; callers confirm the
 * whole name against the text.
 */
public final class Gazetteer {

    static final String DIR = "/dyad/lexicon/actors/";
    static final String CONVERTED = "/dyad/lexicon/petrarch2/";

    /** The org codes of the record format (shared/spec/records.md) an organisation row may carry: org-codes.tsv. */
    public static final Set<String> ORG_CODES = TsvTable.read(DIR + "org-codes.tsv", 2).stream()
            .map(r -> r.cell(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Map<String, Country> countries = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> byFirstWord = new HashMap<>();
    private final List<GazetteerEntry> people = new ArrayList<>();
    private final Set<String> personTitles = new java.util.HashSet<>();
    private final Set<String> honorifics = new java.util.HashSet<>();

    private Gazetteer() {
    }

    /** The shipped lexicon: Dyad's own files under {@value #DIR}, then the converted ones under {@value #CONVERTED}. */
    public static Gazetteer load() {
        return load(DIR, CONVERTED);
    }

    static Gazetteer load(String dir) {
        return load(dir, null);
    }

    /**
     * The four files countries.tsv, leaders.tsv, organizations.tsv and role_cues.tsv from a class-path
     * folder ending in '/', then (unless {@code converted} is null) the converted PETRARCH2 files of
     * that folder, which never override a name the own files have ({@link ConvertedActors}). A
     * malformed row fails with its resource and line.
     */
    static Gazetteer load(String dir, String converted) {
        Gazetteer g = new Gazetteer();
        g.loadCountries(dir);
        g.loadLeaders(dir);
        g.loadOrganizations(dir);
        g.loadRoleCues(dir);
        g.loadPlaces(dir);
        if (converted != null) {
            ConvertedActors.load(converted, g.byFirstWord.values(), g.countries).forEach(g::add);
        }
        for (List<GazetteerEntry> list : g.byFirstWord.values()) {
            list.sort(Comparator.comparingInt((GazetteerEntry e) -> e.alias().length()).reversed());
        }
        return g;
    }

    /** places.tsv (iso3, place), when the folder has one: cities and regions the converted list lacks. */
    private void loadPlaces(String dir) {
        if (Gazetteer.class.getResource(dir + "places.tsv") == null) {
            return;
        }
        for (TsvTable.Row row : TsvTable.read(dir + "places.tsv", 2)) {
            String iso3 = knownCountry(row, row.cell(0));
            add(new GazetteerEntry(row.cell(1), EntryKind.PLACE, row.cell(1), iso3, null, Role.CVL, null, null, null));
        }
    }

    private void loadCountries(String dir) {
        for (TsvTable.Row row : TsvTable.read(dir + "countries.tsv", 6)) {
            String iso3 = row.cell(0);
            if (!iso3.matches("[A-Z]{3}")) {
                throw row.error("not an ISO3 code: '" + iso3 + "'");
            }
            Country c = new Country(iso3, row.cell(1), row.cell(2));
            if (countries.put(iso3, c) != null) {
                throw row.error("duplicate country " + iso3);
            }
            add(new GazetteerEntry(c.name(), EntryKind.COUNTRY, c.government(), iso3, null, Role.GOV, null, null, null));
            for (String alias : row.list(3)) {
                add(new GazetteerEntry(alias, EntryKind.COUNTRY, c.government(), iso3, null, Role.GOV, null, null, null));
            }
            for (String adjective : row.list(4)) {
                add(new GazetteerEntry(adjective, EntryKind.ADJECTIVE, c.government(), iso3, null, Role.GOV, null, null, null));
            }
            for (String capital : row.list(5)) {
                add(new GazetteerEntry(capital, EntryKind.CAPITAL, c.government(), iso3, null, Role.GOV, null, null, null));
            }
        }
    }

    private void loadLeaders(String dir) {
        for (TsvTable.Row row : TsvTable.read(dir + "leaders.tsv", 7)) {
            String iso3 = row.cell(2).isEmpty() ? null : knownCountry(row, row.cell(2));
            Role role = Role.parse(row.cell(3), row.resource() + " line " + row.line());
            String org = role != Role.IGO ? null : row.cell(4).startsWith("eu_") ? "EUR" : "UNO";
            LocalDate from = date(row, row.cell(5), true);
            LocalDate to = date(row, row.cell(6), false);
            List<String> aliases = new ArrayList<>(row.list(1));
            aliases.add(0, row.cell(0));
            for (String alias : aliases) {
                GazetteerEntry e = new GazetteerEntry(alias, EntryKind.PERSON, row.cell(0), iso3, org, role,
                        row.cell(4), from, to);
                add(e);
                people.add(e);
            }
        }
    }

    private void loadOrganizations(String dir) {
        for (TsvTable.Row row : TsvTable.read(dir + "organizations.tsv", 5)) {
            String iso3 = row.cell(2).isEmpty() ? null : knownCountry(row, row.cell(2));
            String org = row.cell(3).isEmpty() ? null : row.cell(3);
            if (org != null && !ORG_CODES.contains(org)) {
                throw row.error("unknown org code '" + org + "'");
            }
            Role role = Role.parse(row.cell(4), row.resource() + " line " + row.line());
            List<String> aliases = new ArrayList<>(row.list(1));
            aliases.add(0, row.cell(0));
            for (String alias : aliases) {
                add(new GazetteerEntry(alias, EntryKind.ORGANIZATION, row.cell(0), iso3, org, role, null, null, null));
            }
        }
    }

    private void loadRoleCues(String dir) {
        for (TsvTable.Row row : TsvTable.read(dir + "role_cues.tsv", 3)) {
            Role role = Role.parse(row.cell(1), row.resource() + " line " + row.line());
            String phrase = row.cell(0).toLowerCase(Locale.ROOT);
            if (row.cell(2).equals("person")) {
                personTitles.add(phrase);
            } else if (!row.cell(2).equals("body")) {
                throw row.error("kind must be 'body' or 'person': '" + row.cell(2) + "'");
            }
            add(new GazetteerEntry(phrase, EntryKind.ROLE_CUE, row.cell(0), null, null, role, row.cell(2), null, null));
        }
        for (TsvTable.Row row : TsvTable.read(dir + "honorifics.txt", 1)) {
            if (!honorifics.add(row.cell(0).toLowerCase(Locale.ROOT))) {
                throw row.error("duplicate honorific '" + row.cell(0) + "'");
            }
        }
    }

    /** Role cues naming one person's office ("foreign minister", "ambassador"): a name may follow them. */
    public Set<String> personTitles() {
        return Set.copyOf(personTitles);
    }

    /** Words of rank or address between an office and a name ("Colonel", "Dr"), lower case, without dots. */
    public Set<String> honorifics() {
        return Set.copyOf(honorifics);
    }

    private String knownCountry(TsvTable.Row row, String iso3) {
        if (!countries.containsKey(iso3)) {
            throw row.error("unknown country code '" + iso3 + "'");
        }
        return iso3;
    }

    private static LocalDate date(TsvTable.Row row, String v, boolean start) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            return LocalDate.parse(v);
        } catch (RuntimeException e) {
            throw row.error("bad date '" + v + "' (want YYYY or YYYY-MM-DD)");
        }
    }

    private void add(GazetteerEntry e) {
        byFirstWord.computeIfAbsent(firstWord(e.alias()), k -> new ArrayList<>()).add(e);
    }

    /** The lookup key: lower-cased text up to the first space, hyphen or apostrophe. */
    static String firstWord(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        int cut = lower.length();
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '\'' || c == '’') {
                cut = i;
                break;
            }
        }
        return lower.substring(0, cut);
    }

    /** Entries whose name starts with this word, longest name first. */
    public List<GazetteerEntry> startingWith(String word) {
        return byFirstWord.getOrDefault(firstWord(word), List.of());
    }

    public Optional<Country> country(String iso3) {
        return Optional.ofNullable(countries.get(iso3));
    }

    /** A state's government as an implied actor (no mention): its name from the list, else the code. */
    public Actor government(String iso3) {
        return new Actor(null, null, null, country(iso3).map(Country::government).orElse(iso3), iso3, null, Role.GOV);
    }

    /** A state's people as an implied actor (no mention): "People of" its name from the list, else the code. */
    public Actor peopleOf(String iso3) {
        return new Actor(null, null, null, "People of " + country(iso3).map(Country::name).orElse(iso3), iso3, null, Role.CVL);
    }

    public Set<String> countryCodes() {
        return countries.keySet();
    }

    /** Who held an office of this kind in this country on this day ("her Peruvian counterpart"). */
    public Optional<GazetteerEntry> officeHolder(String iso3, Set<String> offices, LocalDate day) {
        return people.stream()
                .filter(p -> iso3.equals(p.country()) && offices.contains(p.office()) && day != null && p.validOn(day))
                .filter(p -> p.alias().equals(p.name()))
                .findFirst();
    }

    public List<GazetteerEntry> people() {
        return List.copyOf(people);
    }
}
