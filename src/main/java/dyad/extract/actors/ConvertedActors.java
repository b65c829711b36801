package dyad.extract.actors;

import dyad.model.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The gazetteer entries of the lexicons converted from PETRARCH2 (petrarch2/places.tsv, people.tsv,
 * organizations.tsv, agents.tsv), loaded after Dyad's own files and losing to them: a name that
 * already names something in the own files is skipped (role-cue phrases compared ignoring case), and
 * a person whose name (accents and case aside) is a name or alias in leaders.tsv is skipped whole.
 * A {@code place} names the state's civilians; {@code name} and {@code adjective} are read like
 * countries.tsv's aliases and adjectives. A missing file is no error (test lexicons have none).
 */
final class ConvertedActors {

    private final Set<String> taken = new HashSet<>();
    private final Set<String> takenCues = new HashSet<>();
    private final Set<String> leaders = new HashSet<>();
    private final java.util.Map<String, Country> countries;
    private final List<GazetteerEntry> out = new ArrayList<>();

    private ConvertedActors(Collection<List<GazetteerEntry>> own, java.util.Map<String, Country> countries) {
        this.countries = countries;
        for (List<GazetteerEntry> entries : own) {
            for (GazetteerEntry e : entries) {
                taken.add(e.alias());
                takenCues.add(e.alias().toLowerCase(Locale.ROOT));
                if (e.kind() == EntryKind.PERSON) {
                    leaders.add(GazetteerEntry.folded(e.alias()));
                }
            }
        }
    }

    static List<GazetteerEntry> load(String dir, Collection<List<GazetteerEntry>> own, java.util.Map<String, Country> countries) {
        ConvertedActors c = new ConvertedActors(own, countries);
        c.places(dir + "places.tsv");
        c.people(dir + "people.tsv");
        c.organizations(dir + "organizations.tsv");
        c.agents(dir + "agents.tsv");
        return c.out;
    }

    private void places(String resource) {
        for (TsvTable.Row row : rows(resource, 3)) {
            String iso3 = country(row, row.cell(0));
            EntryKind kind = switch (row.cell(2)) {
                case "name" -> EntryKind.COUNTRY;
                case "adjective" -> EntryKind.ADJECTIVE;
                case "place" -> EntryKind.PLACE;
                default -> throw row.error("kind is name, adjective or place, not '" + row.cell(2) + "'");
            };
            String name = kind == EntryKind.PLACE ? row.cell(1) : countries.get(iso3).government();
            Role role = kind == EntryKind.PLACE ? Role.CVL : Role.GOV;
            add(new GazetteerEntry(row.cell(1), kind, name, iso3, null, role, null, null, null));
        }
    }

    private void people(String resource) {
        for (TsvTable.Row row : rows(resource, 7)) {
            if (leaders.contains(GazetteerEntry.folded(row.cell(0)))) {
                continue; // leaders.tsv knows this person better
            }
            String iso3 = row.cell(2).isEmpty() ? null : country(row, row.cell(2));
            String org = orgCode(row, row.cell(3));
            Role role = Role.parse(row.cell(4), row.resource() + " line " + row.line());
            LocalDate from = date(row, row.cell(5));
            LocalDate to = date(row, row.cell(6));
            if (role == Role.CVL && from == null && to == null) {
                continue; // a private person with no dated office: a common name names someone else as often
            }
            List<String> aliases = new ArrayList<>(row.list(1));
            aliases.add(0, row.cell(0));
            for (String alias : aliases) {
                if (alias.trim().indexOf(' ') < 0 && alias.indexOf('-') < 0) {
                    continue; // a single given name ("Jean") would name half the people in the news
                }
                add(new GazetteerEntry(alias, EntryKind.PERSON, row.cell(0), iso3, org, role, null, from, to));
            }
        }
    }

    private void organizations(String resource) {
        for (TsvTable.Row row : rows(resource, 5)) {
            String iso3 = row.cell(2).isEmpty() ? null : country(row, row.cell(2));
            String org = orgCode(row, row.cell(3));
            Role role = Role.parse(row.cell(4), row.resource() + " line " + row.line());
            List<String> aliases = new ArrayList<>(row.list(1));
            aliases.add(0, row.cell(0));
            for (String alias : aliases) {
                add(new GazetteerEntry(alias, EntryKind.ORGANIZATION, row.cell(0), iso3, org, role, null, null, null));
            }
        }
    }

    private void agents(String resource) {
        for (TsvTable.Row row : rows(resource, 3)) {
            String phrase = withoutTrailingPreposition(row.cell(0).toLowerCase(Locale.ROOT));
            Role role = Role.parse(row.cell(1), row.resource() + " line " + row.line());
            if (takenCues.add(phrase)) {
                out.add(new GazetteerEntry(phrase, EntryKind.ROLE_CUE, row.cell(0), null, null, role, row.cell(2), null, null));
            }
        }
    }

    /**
     * "embassy in", "ambassador to": a PETRARCH2 pattern keeps the preposition that leads to its
     * owner, but a mention ends before it ("Our Embassy in Canberra" is the embassy, not "Embassy in").
     */
    static String withoutTrailingPreposition(String phrase) {
        int space = phrase.lastIndexOf(' ');
        return space > 0 && CUE_PREPOSITIONS.contains(phrase.substring(space + 1)) ? phrase.substring(0, space) : phrase;
    }

    private static final Set<String> CUE_PREPOSITIONS = Set.of("in", "of", "to", "at", "for", "from", "on", "with", "by");

    /** Adds an entry unless its name is the own files'; names repeated within the converted files are kept. */
    private void add(GazetteerEntry e) {
        if (!taken.contains(e.alias()) && !takenCues.contains(e.alias().toLowerCase(Locale.ROOT)) || isConverted(e)) {
            out.add(e);
            converted.add(e.alias());
        }
    }

    private final Set<String> converted = new HashSet<>();

    private boolean isConverted(GazetteerEntry e) {
        return converted.contains(e.alias());
    }

    private String country(TsvTable.Row row, String iso3) {
        if (!countries.containsKey(iso3)) {
            throw row.error("unknown country code '" + iso3 + "'");
        }
        return iso3;
    }

    private static String orgCode(TsvTable.Row row, String org) {
        if (!org.isEmpty() && !Gazetteer.ORG_CODES.contains(org)) {
            throw row.error("unknown org code '" + org + "'");
        }
        return org.isEmpty() ? null : org;
    }

    private static LocalDate date(TsvTable.Row row, String v) {
        try {
            return v.isEmpty() ? null : LocalDate.parse(v);
        } catch (RuntimeException e) {
            throw row.error("bad date '" + v + "' (want YYYY-MM-DD)");
        }
    }

    /** "Nicolás Maduro" and "nicolas maduro" alike. */
    private static List<TsvTable.Row> rows(String resource, int columns) {
        return TsvTable.class.getResource(resource) == null ? List.of() : TsvTable.read(resource, columns);
    }
}
