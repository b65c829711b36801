package dyad.lexicon;

import dyad.extract.actors.Gazetteer;
import dyad.extract.actors.TsvTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the PETRARCH2 dictionaries in one folder into Dyad's lexicon format in another:
 * triggers.tsv, places.tsv, people.tsv, organizations.tsv and agents.tsv. Reads the source files
 * and SOURCE.md (for the commit), cameo2plover.tsv and cameo_country_codes.tsv (beside it), and
 * Dyad's own tables from the class path: actors/countries.tsv and the mapping lists under
 * petrarch2/ (cameo-roles.tsv, cameo-orgs.tsv, place-kinds.tsv). Output depends on nothing else.
 */
public final class LexiconConverter {

    static final String OWN = "/dyad/lexicon/petrarch2/";
    public static final List<String> OUTPUTS = List.of("triggers.tsv", "places.tsv", "people.tsv",
            "organizations.tsv", "agents.tsv", "cameo-plover.tsv");

    /** What was written (rows per file), what was left out and why, and warnings naming source lines. */
    public record Report(Map<String, Integer> rows, Map<String, Integer> dropped, List<String> warnings) {
    }

    private LexiconConverter() {
    }

    public static Report convert(Path from, Path cameo2plover, Path to) {
        String commit = commit(from.resolve("SOURCE.md"));
        List<String> license = Files.exists(from.resolve("LICENSE")) ? SourceLines.read(from.resolve("LICENSE")) : List.of();
        OwnCountries own = OwnCountries.load();
        CameoCodes codes = new CameoCodes(states(own, cameo2plover.resolveSibling("cameo_country_codes.tsv")),
                own("cameo-roles.tsv", 3), own("cameo-orgs.tsv", 3), Gazetteer.ORG_CODES);
        Map<String, Integer> rows = new LinkedHashMap<>();
        Map<String, Integer> dropped = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();

        Path verbsFile = from.resolve("CAMEO.2.0.txt");
        List<String> verbLines = SourceLines.read(verbsFile);
        VerbDictionary verbs = CameoVerbReader.read("CAMEO.2.0.txt", verbLines);
        CameoPlover cameoPlover = CameoPlover.read(cameo2plover);
        TriggerConverter triggers = new TriggerConverter(verbs, cameoPlover, "CAMEO.2.0.txt");
        List<TriggerRow> triggerRows = triggers.rows();
        GeneratedFile.write(to.resolve("triggers.tsv"), commit, "type\tmode\tpos\ttrigger\trequires\tnotes",
                List.of("Verbs and verb patterns of CAMEO.2.0.txt as Dyad trigger rows (pos V); see SOURCE.md."),
                GeneratedFile.notice(verbLines, license), triggerRows.stream().map(TriggerRow::cells).toList());
        rows.put("triggers.tsv", triggerRows.size());
        merge(dropped, "triggers: ", triggers.dropped);
        if (verbs.transformations() > 0) {
            dropped.put("triggers: transformation rule ('~ …')", verbs.transformations());
        }

        Path countriesFile = from.resolve("Phoenix.Countries.actors.txt");
        List<String> countryLines = SourceLines.read(countriesFile);
        List<String> notice = GeneratedFile.notice(countryLines, license);
        ActorDictionaryReader.Result countries = ActorDictionaryReader.read(countriesFile.getFileName().toString(), countryLines);
        ActorDictionaryReader.Result international = ActorDictionaryReader.read(from.resolve("Phoenix.International.actors.txt"));
        ActorDictionaryReader.Result groups = ActorDictionaryReader.read(from.resolve("Phoenix.MilNonState.actors.txt"));
        warnings.addAll(countries.warnings());
        warnings.addAll(international.warnings());
        warnings.addAll(groups.warnings());

        Path agentsFile = from.resolve("Phoenix.agents.txt");
        List<String> agentLines = SourceLines.read(agentsFile);
        AgentReader.Result agentSource = AgentReader.read("Phoenix.agents.txt", agentLines);
        PlaceConverter places = new PlaceConverter(codes, own,
                new PlaceClassifier(own("place-kinds.tsv", 3), commonWords(verbLines, agentSource), own));
        var placeRows = places.convert(countries.records());
        GeneratedFile.write(to.resolve("places.tsv"), commit, "iso3\tphrase\tkind",
                List.of("Names (name), adjectives and demonyms (adjective) and cities, regions, rivers (place) of",
                        "the states of Phoenix.Countries.actors.txt; see SOURCE.md for how the kinds were decided."),
                notice, placeRows.stream().map(PlaceConverter.Place::cells).toList());
        rows.put("places.tsv", placeRows.size());
        merge(dropped, "places: ", places.dropped);

        PeopleConverter people = new PeopleConverter(codes, own.codes());
        List<PeopleConverter.Person> personRows = new ArrayList<>(people.convert("Phoenix.Countries.actors.txt", countries.records(), true));
        personRows.addAll(people.convert("Phoenix.International.actors.txt", international.records(), false));
        GeneratedFile.write(to.resolve("people.tsv"), commit, "name\taliases\tiso3\torg\trole\tfrom\tto",
                List.of("People of Phoenix.Countries.actors.txt and Phoenix.International.actors.txt, one row per dated",
                        "code: role through cameo-roles.tsv, IGO officials with Dyad's org code; from/to '-' = open."),
                notice, personRows.stream().map(PeopleConverter.Person::cells).toList());
        rows.put("people.tsv", personRows.size());
        merge(dropped, "people: ", people.dropped);

        OrganizationConverter orgs = new OrganizationConverter(codes, own.codes());
        orgs.international("Phoenix.International.actors.txt", international.records());
        orgs.armed("Phoenix.MilNonState.actors.txt", groups.records(), true);
        orgs.armed("Phoenix.Countries.actors.txt", countries.records(), false);
        GeneratedFile.write(to.resolve("organizations.tsv"), commit, "name\taliases\tiso3\torg\trole",
                List.of("IGOs of Phoenix.International.actors.txt that Dyad has an org code for, and armed non-state",
                        "groups of Phoenix.MilNonState.actors.txt and Phoenix.Countries.actors.txt."),
                notice, orgs.organizations().stream().map(OrganizationConverter.Organization::cells).toList());
        rows.put("organizations.tsv", orgs.organizations().size());
        merge(dropped, "organizations: ", orgs.dropped);

        AgentConverter agents = new AgentConverter(codes);
        warnings.addAll(agentSource.warnings());
        var agentRows = agents.convert("Phoenix.agents.txt", agentSource.agents());
        GeneratedFile.write(to.resolve("agents.tsv"), commit, "phrase\trole\tkind",
                List.of("Generic agents of Phoenix.agents.txt (macros expanded, plurals added) as role cues."),
                GeneratedFile.notice(agentLines, license), agentRows.stream().map(AgentConverter.AgentRow::cells).toList());
        rows.put("agents.tsv", agentRows.size());
        merge(dropped, "agents: ", agents.dropped);

        List<List<String>> cameoRows = cameoPlover.rows();
        GeneratedFile.withFirstLine(to.resolve("cameo-plover.tsv"), "# generated by 'bin/dyad lexicons convert' from "
                        + cameo2plover.getFileName() + " — do not edit", "cameo\ttype\tmode",
                List.of("CAMEO event code -> PLOVER type and mode ('-': none), as the trigger conversion reads them:",
                        "01x (statements) codes nothing, 02x (appeals) is REQUEST with its mode; look a code up",
                        "exactly, else its 3-digit parent, else its 2-digit root ('dyad import gdelt' does)."),
                CAMEO2PLOVER_NOTICE, cameoRows);
        rows.put("cameo-plover.tsv", cameoRows.size());
        return new Report(rows, dropped, warnings);
    }

    /** Where cameo2plover.tsv comes from, and its licence (CC BY-SA 4.0: attribution, share-alike). */
    static final List<String> CAMEO2PLOVER_NOTICE = List.of(
            "From PLOVER's CAMEO2PLOVER-2021.txt (Open Event Data Alliance, github.com/openeventdata/PLOVER),",
            "as ../shared/bench/cameo2plover.tsv holds it (its README names the overrides), licensed under",
            "Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/);",
            "this file is shared under the same licence.");

    /** Every lower-case word of the verb dictionary (verbs, patterns, synonym sets) and of the agents. */
    private static java.util.Set<String> commonWords(List<String> verbLines, AgentReader.Result agents) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String line : verbLines) {
            if (!line.startsWith("#")) {
                for (String w : SourceLines.uncommented(line).toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
                    words.add(w);
                }
            }
        }
        agents.agents().forEach(a -> a.phrases().forEach(p -> words.addAll(List.of(p.split(" ")))));
        return words;
    }

    /** The commit SOURCE.md names ("| commit | `676801c…` |"), or "unknown". */
    static String commit(Path sourceMd) {
        if (!Files.exists(sourceMd)) {
            return "unknown";
        }
        Matcher m = Pattern.compile("commit\\s*\\|\\s*`([0-9a-f]{7,40})`").matcher(String.join("\n", SourceLines.read(sourceMd)));
        return m.find() ? m.group(1) : "unknown";
    }

    /** Dyad's states by themselves, and the CAMEO prefixes cameo_country_codes.tsv maps to one (KUW → KWT). */
    private static Map<String, String> states(OwnCountries own, Path countryCodes) {
        Map<String, String> states = new HashMap<>();
        own.codes().forEach(c -> states.put(c, c));
        if (Files.exists(countryCodes)) {
            for (TsvRows.Row row : TsvRows.read(countryCodes, 3)) {
                String prefix = row.cell(1);
                String iso3 = row.cell(2);
                if (prefix.matches("[A-Z]{3}") && own.codes().contains(iso3)) {
                    states.putIfAbsent(prefix, iso3);
                }
            }
        }
        return states;
    }

    private static List<TsvRows.Row> own(String name, int columns) {
        List<TsvTable.Row> rows = TsvTable.read(OWN + name, columns);
        return rows.stream().map(r -> new TsvRows.Row(r.resource(), r.line(), r.cells())).toList();
    }

    private static void merge(Map<String, Integer> into, String prefix, Map<String, Integer> counts) {
        counts.forEach((k, v) -> into.merge(prefix + k, v, Integer::sum));
    }
}
