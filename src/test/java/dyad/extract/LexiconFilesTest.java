package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.extract.actors.Gazetteer;
import dyad.extract.actors.TsvTable;
import dyad.extract.events.TriggerLexicon;
import dyad.extract.events.WordSets;
import dyad.extract.letters.LetterLexicon;
import dyad.extract.dates.DateLexicon;
import dyad.extract.quotes.SpeechVerbs;
import dyad.model.PloverType;
import dyad.model.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every lexicon file under {@code dyad/lexicon/} loads, has no duplicate keys and uses only
 * known codes. Each check collects every offending row, so a failure lists them all as
 * "file line N: why". The keys:
 * <ul>
 *   <li>countries.tsv: iso3; and every name, alias, adjective and capital across the file;
 *   <li>leaders.tsv: name + office + start of term; an alias shared by two people only in terms that do not overlap;
 *   <li>organizations.tsv: every name and alias across the file;
 *   <li>role_cues.tsv: the phrase, ignoring case (it is matched ignoring case);
 *   <li>offices.tsv: the cue;
 *   <li>events/triggers.tsv: type + mode + pos + trigger + requires (and, as the loader has it, pos + trigger + requires);
 *   <li>events/modality.tsv: the cue;
 *   <li>dates/*.txt, quotes/speech_verbs.txt: the entry;
 *   <li>quotes/titles.tsv, quotes/body_words.tsv: the word.
 * </ul>
 */
class LexiconFilesTest {

    private static final String ACTORS = "/dyad/lexicon/actors/";
    private static final String EVENTS = "/dyad/lexicon/events/";

    /** The offices leaders.tsv's header defines. */
    private static final Set<String> OFFICES = Set.of("head_of_state", "head_of_government",
            "head_of_state_and_government", "foreign_minister", "defence_minister", "minister", "opposition_leader",
            "un_secretary_general", "eu_high_representative", "first_lady");

    private static List<TsvTable.Row> rows(String resource, int columns) {
        return TsvTable.read(resource, columns);
    }

    private static String at(TsvTable.Row row) {
        return row.resource() + " line " + row.line();
    }

    private static Set<String> countryCodes() {
        return rows(ACTORS + "countries.tsv", 6).stream().map(r -> r.cell(0)).collect(Collectors.toSet());
    }

    /** Records a key's first row; every later row with the same key is a problem naming both lines. */
    private static final class Keys {
        private final Map<String, TsvTable.Row> first = new HashMap<>();
        private final List<String> problems;

        Keys(List<String> problems) {
            this.problems = problems;
        }

        void add(String key, TsvTable.Row row, String what) {
            TsvTable.Row earlier = first.putIfAbsent(key, row);
            if (earlier != null) {
                problems.add(at(row) + ": duplicate " + what + " '" + key + "' (first at line " + earlier.line() + ")");
            }
        }
    }

    // ---- loading --------------------------------------------------------------------------

    /** The named word lists trigger rows may require ("@envoy"), expanded as the lexicon loads them. */
    private static final WordSets WORD_SETS = WordSets.load(TriggerLexicon.WORD_SETS);

    @Test
    void everyLexiconLoadsThroughItsLoader() {
        Gazetteer g = Gazetteer.load();
        assertThat(g.countryCodes()).contains("CAN", "VEN", "USA");
        assertThat(g.people()).isNotEmpty();
        assertThat(TriggerLexicon.load().size()).isGreaterThan(500);
        assertThat(DateLexicon.load().cues()).contains("in");
        assertThat(SpeechVerbs.load().size()).isGreaterThan(50);
        assertThat(LetterLexicon.load().phrases(LetterLexicon.Kind.SALUTATION)).contains("dear");
    }

    // ---- actors ---------------------------------------------------------------------------

    @Test
    void countriesHaveUniqueCodesAndNames() {
        List<String> problems = new ArrayList<>();
        Keys codes = new Keys(problems);
        Keys names = new Keys(problems);
        for (TsvTable.Row row : rows(ACTORS + "countries.tsv", 6)) {
            String iso3 = row.cell(0);
            if (!iso3.matches("[A-Z]{3}")) {
                problems.add(at(row) + ": not an ISO3 code '" + iso3 + "'");
            }
            codes.add(iso3, row, "country code");
            if (row.cell(1).isEmpty() || row.cell(2).isEmpty()) {
                problems.add(at(row) + ": a country needs a name and a government name");
            }
            // The header promises every name, alias, adjective and capital is unique across the file.
            namesOf(row).forEach(name -> names.add(name, row, "country name"));
        }
        assertThat(problems).isEmpty();
    }

    /** A countries.tsv row's name, aliases, adjectives and capitals. */
    private static List<String> namesOf(TsvTable.Row row) {
        List<String> all = new ArrayList<>(List.of(row.cell(1)));
        all.addAll(row.list(3));
        all.addAll(row.list(4));
        all.addAll(row.list(5));
        return all;
    }

    @Test
    void ownPlacesHaveKnownCodesAndNamesNoCountryHas() {
        List<String> problems = new ArrayList<>();
        Keys names = new Keys(problems);
        for (TsvTable.Row row : rows(ACTORS + "countries.tsv", 6)) {
            namesOf(row).forEach(name -> names.add(name, row, "country name"));
        }
        Set<String> codes = countryCodes();
        for (TsvTable.Row row : rows(ACTORS + "places.tsv", 2)) {
            if (!codes.contains(row.cell(0))) {
                problems.add(at(row) + ": unknown country code '" + row.cell(0) + "'");
            }
            names.add(row.cell(1), row, "place");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyUnMemberStateIsACountry() throws IOException {
        Set<String> members = new TreeSet<>();
        for (String line : lines("/lexicon/un-members.tsv")) {
            members.add(line.split("\t")[0]);
        }
        assertThat(members).hasSize(193);
        Set<String> codes = countryCodes();
        assertThat(codes).hasSizeGreaterThanOrEqualTo(193).containsAll(members);
        // Beyond the members only the observer states, Taiwan and Kosovo, as the file's header says.
        Set<String> others = new TreeSet<>(codes);
        others.removeAll(members);
        assertThat(others).containsExactly("PSE", "TWN", "VAT", "XKX");
    }

    @Test
    void leadersHaveKnownCodesRolesOfficesAndTerms() {
        Set<String> countries = countryCodes();
        List<String> problems = new ArrayList<>();
        Keys terms = new Keys(problems);
        for (TsvTable.Row row : rows(ACTORS + "leaders.tsv", 7)) {
            String iso3 = row.cell(2);
            String office = row.cell(4);
            Role role = role(row, row.cell(3), problems);
            if (!iso3.isEmpty() && !countries.contains(iso3)) {
                problems.add(at(row) + ": unknown country '" + iso3 + "'");
            }
            if (!OFFICES.contains(office)) {
                problems.add(at(row) + ": unknown office '" + office + "'");
            }
            boolean international = office.equals("un_secretary_general") || office.equals("eu_high_representative");
            Role expected = international ? Role.IGO : office.equals("opposition_leader") ? Role.OPP : Role.GOV;
            if (role != null && role != expected) {
                problems.add(at(row) + ": office " + office + " is role " + expected + ", not " + role);
            }
            if (international != iso3.isEmpty()) {
                problems.add(at(row) + (international ? ": an international office has no country" : ": no country"));
            }
            LocalDate from = date(row, row.cell(5), true, problems);
            LocalDate to = date(row, row.cell(6), false, problems);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(at(row) + ": term ends (" + to + ") before it starts (" + from + ")");
            }
            if (row.list(1).contains(row.cell(0))) {
                problems.add(at(row) + ": alias repeats the name '" + row.cell(0) + "'");
            }
            terms.add(row.cell(0) + " / " + office + " / " + row.cell(5), row, "term");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aLeaderAliasSharedByTwoPeopleIsNeverAmbiguousOnADay() {
        record Term(TsvTable.Row row, String person, LocalDate from, LocalDate to) {
        }
        Map<String, List<Term>> byAlias = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (TsvTable.Row row : rows(ACTORS + "leaders.tsv", 7)) {
            LocalDate from = date(row, row.cell(5), true, problems);
            LocalDate to = date(row, row.cell(6), false, problems);
            Term t = new Term(row, row.cell(0), from == null ? LocalDate.MIN : from, to == null ? LocalDate.MAX : to);
            List<String> names = new ArrayList<>(List.of(row.cell(0)));
            names.addAll(row.list(1));
            names.forEach(n -> byAlias.computeIfAbsent(n, k -> new ArrayList<>()).add(t));
        }
        byAlias.forEach((alias, terms) -> {
            for (int i = 0; i < terms.size(); i++) {
                for (int j = i + 1; j < terms.size(); j++) {
                    Term a = terms.get(i);
                    Term b = terms.get(j);
                    if (!a.person().equals(b.person()) && !a.from().isAfter(b.to()) && !b.from().isAfter(a.to())) {
                        problems.add(at(b.row()) + ": '" + alias + "' also names " + a.person() + " (line "
                                + a.row().line() + ") in an overlapping term");
                    }
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void organizationsHaveUniqueNamesAndKnownCodes() {
        Set<String> countries = countryCodes();
        List<String> problems = new ArrayList<>();
        Keys names = new Keys(problems);
        for (TsvTable.Row row : rows(ACTORS + "organizations.tsv", 5)) {
            String iso3 = row.cell(2);
            String org = row.cell(3);
            Role role = role(row, row.cell(4), problems);
            if (!iso3.isEmpty() && !countries.contains(iso3)) {
                problems.add(at(row) + ": unknown country '" + iso3 + "'");
            }
            if (!org.isEmpty() && !Gazetteer.ORG_CODES.contains(org)) {
                problems.add(at(row) + ": unknown org code '" + org + "'");
            }
            // International bodies: no country, an org code, role IGO (the file's header); no others have a code.
            if ((role == Role.IGO) != !org.isEmpty() || !org.isEmpty() && !iso3.isEmpty()) {
                problems.add(at(row) + ": an IGO has an org code and no country, and only an IGO has an org code");
            }
            List<String> all = new ArrayList<>(List.of(row.cell(0)));
            all.addAll(row.list(1));
            all.forEach(name -> names.add(name, row, "organisation name"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noNameStandsForTwoKindsOfActor() {
        // Same-length matches are not ranked across files: a name in two files would resolve by load order.
        Map<String, String> owner = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (TsvTable.Row row : rows(ACTORS + "countries.tsv", 6)) {
            List<String> all = new ArrayList<>(List.of(row.cell(1)));
            all.addAll(row.list(3));
            all.addAll(row.list(4));
            all.addAll(row.list(5));
            all.forEach(n -> owner.putIfAbsent(n, at(row)));
        }
        for (TsvTable.Row row : rows(ACTORS + "organizations.tsv", 5)) {
            List<String> all = new ArrayList<>(List.of(row.cell(0)));
            all.addAll(row.list(1));
            for (String n : all) {
                String other = owner.putIfAbsent(n, at(row));
                if (other != null && !other.startsWith(row.resource())) {
                    problems.add(at(row) + ": '" + n + "' is also at " + other);
                }
            }
        }
        for (TsvTable.Row row : rows(ACTORS + "leaders.tsv", 7)) {
            List<String> all = new ArrayList<>(List.of(row.cell(0)));
            all.addAll(row.list(1));
            for (String n : all) {
                String other = owner.putIfAbsent(n, at(row));
                if (other != null && !other.startsWith(row.resource())) {
                    problems.add(at(row) + ": '" + n + "' is also at " + other);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void roleCuesAreUniqueIgnoringCaseWithKnownRoles() {
        List<String> problems = new ArrayList<>();
        Keys phrases = new Keys(problems);
        for (TsvTable.Row row : rows(ACTORS + "role_cues.tsv", 3)) {
            role(row, row.cell(1), problems);
            phrases.add(row.cell(0).toLowerCase(Locale.ROOT), row, "phrase");
            // "pronoun" and "first_person" mark pronouns for the discourse stage; the header defines "body" and "person".
            if (!row.cell(2).equals("body") && !row.cell(2).equals("person")) {
                problems.add(at(row) + ": unknown kind '" + row.cell(2) + "'");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void officeCuesAreRoleCuesNamingOfficesLeadersHold() {
        Set<String> cues = rows(ACTORS + "role_cues.tsv", 3).stream()
                .map(r -> r.cell(0).toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        Set<String> held = rows(ACTORS + "leaders.tsv", 7).stream().map(r -> r.cell(4)).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        Keys keys = new Keys(problems);
        for (TsvTable.Row row : rows(ACTORS + "offices.tsv", 2)) {
            keys.add(row.cell(0), row, "cue");
            if (!cues.contains(row.cell(0))) {
                problems.add(at(row) + ": '" + row.cell(0) + "' is not in role_cues.tsv, so it is never matched");
            }
            if (row.list(1).isEmpty()) {
                problems.add(at(row) + ": names no office");
            }
            for (String office : row.list(1)) {
                if (!held.contains(office)) {
                    problems.add(at(row) + ": no leader holds office '" + office + "'");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    // ---- events ---------------------------------------------------------------------------

    @Test
    void triggersHaveUniqueKeysKnownTypesAndWellFormedLemmas() {
        List<String> problems = new ArrayList<>();
        Keys full = new Keys(problems);
        for (TsvTable.Row row : rows(EVENTS + "triggers.tsv", 6)) {
            type(row, problems);
            String pos = row.cell(2);
            String trigger = row.cell(3);
            if (!List.of("V", "N", "A").contains(pos)) {
                problems.add(at(row) + ": part of speech '" + pos + "' is not V, N or A");
            }
            if (!trigger.matches("[\\p{Ll}][\\p{Ll}'-]*")) {
                problems.add(at(row) + ": trigger '" + trigger + "' is not a lower-case lemma");
            }
            if (!row.cell(1).isEmpty() && !row.cell(1).matches("[a-z][a-z_-]*")) {
                problems.add(at(row) + ": mode '" + row.cell(1) + "' is not a lower-case PLOVER mode");
            }
            if (new HashSet<>(row.list(4)).size() != row.list(4).size()) {
                problems.add(at(row) + ": a required lemma is listed twice");
            }
            List<String> requires = new ArrayList<>(WORD_SETS.expand(row.list(4), row));
            for (String alternative : requires) {
                for (String lemma : alternative.split("\\+")) {
                    if (!lemma.matches("[\\p{Ll}\\d][\\p{Ll}\\d'-]*") && !lemma.equals("#name")) { // #name: a named object
                        problems.add(at(row) + ": required lemma '" + lemma + "' is not one lower-case word");
                    }
                }
            }
            full.add(String.join("|", row.cell(0), row.cell(1), pos, trigger, new TreeSet<>(requires).toString()), row,
                    "trigger row");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aTriggerNeverHasTwoRowsForOneRequiredWord() {
        // Rows of one trigger are tried in file order and the first whose required word is present
        // wins: two rows sharing a required word (or two bare rows) make the later one dead.
        Map<String, TsvTable.Row> seen = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (TsvTable.Row row : rows(EVENTS + "triggers.tsv", 6)) {
            List<String> requires = row.list(4).isEmpty() ? List.of("-") : List.copyOf(WORD_SETS.expand(row.list(4), row));
            for (String lemma : requires) {
                TsvTable.Row earlier = seen.putIfAbsent(row.cell(2) + " " + row.cell(3) + " + " + lemma, row);
                if (earlier != null) {
                    problems.add(at(row) + ": " + row.cell(2) + " '" + row.cell(3) + "' with '" + lemma
                            + "' is already line " + earlier.line());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void triggersFollowTheTypeAndModeConventionsOfTheRecordFormat() {
        // records.md names no closed list of modes per type; it fixes these pairs.
        Map<String, Set<PloverType>> modeTypes = Map.of(
                "ease_sanctions", Set.of(PloverType.CONCEDE),
                "recognize", Set.of(PloverType.SUPPORT),
                "sanction", Set.of(PloverType.SANCTION, PloverType.THREATEN));
        Set<String> easing = Set.of("ease", "easing", "lift", "lifting", "suspend", "suspension", "relax", "waive",
                "remove", "removal", "scrap", "end", "reduce", "reverse");
        Set<String> withdrawing = Set.of("withdraw", "withdrawal", "strip", "revoke");
        List<String> problems = new ArrayList<>();
        for (TsvTable.Row row : rows(EVENTS + "triggers.tsv", 6)) {
            PloverType type = type(row, problems);
            String mode = row.cell(1);
            String trigger = row.cell(3);
            List<String> requires = row.list(4);
            Set<PloverType> allowed = modeTypes.get(mode);
            if (type != null && allowed != null && !allowed.contains(type)) {
                problems.add(at(row) + ": mode " + mode + " belongs to " + allowed + ", not " + type);
            }
            String typeMode = row.cell(0) + "/" + (mode.isEmpty() ? "-" : mode);
            if (easing.contains(trigger) && (requires.contains("sanction") || requires.contains("sanctions"))
                    && !typeMode.equals("CONCEDE/ease_sanctions")) {
                problems.add(at(row) + ": easing, suspending or lifting sanctions is CONCEDE/ease_sanctions, not " + typeMode);
            }
            if (trigger.matches("re-?impos.*") && type != PloverType.SANCTION) {
                problems.add(at(row) + ": reimposing sanctions is SANCTION, not " + typeMode);
            }
            if (requires.contains("recognition")) {
                String expected = withdrawing.contains(trigger) ? "SANCTION/diplomatic" : "SUPPORT/recognize";
                if (!typeMode.equals(expected)) {
                    problems.add(at(row) + ": " + trigger + " recognition is " + expected + ", not " + typeMode);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void modalityCuesAreUniqueWithKnownModalitiesAndPlaces() {
        Set<String> places = Set.of("governor", "aux", "modifier", "mark");
        Set<String> modalities = Set.of("negated", "intended", "hypothetical");
        List<String> problems = new ArrayList<>();
        Keys cues = new Keys(problems);
        for (TsvTable.Row row : rows(EVENTS + "modality.tsv", 3)) {
            // The detector keeps cues in a map by word: a second row would silently replace the first.
            cues.add(row.cell(0), row, "cue");
            if (!row.cell(0).equals(row.cell(0).toLowerCase(Locale.ROOT)) || row.cell(0).isEmpty()) {
                problems.add(at(row) + ": cue '" + row.cell(0) + "' is not a lower-case lemma");
            }
            if (!modalities.contains(row.cell(1))) {
                problems.add(at(row) + ": modality '" + row.cell(1) + "' is not one of " + modalities);
            }
            if (!places.contains(row.cell(2))) {
                problems.add(at(row) + ": where '" + row.cell(2) + "' is not one of " + places);
            }
        }
        assertThat(problems).isEmpty();
    }

    // ---- quotes ---------------------------------------------------------------------------

    @Test
    void titleAndBodyWordsAreUniqueLowerCaseWordsWithKnownRoles() {
        List<String> problems = new ArrayList<>();
        Keys titles = new Keys(problems);
        for (TsvTable.Row row : rows("/dyad/lexicon/quotes/titles.tsv", 4)) {
            word(row, problems);
            titles.add(row.cell(0), row, "title");
            if (!Set.of("person", "part").contains(row.cell(1))) {
                problems.add(at(row) + ": kind '" + row.cell(1) + "' is neither person nor part");
            }
            if (!row.cell(2).isEmpty()) {
                role(row, row.cell(2), problems);
            }
            if (!Set.of("", "m", "f").contains(row.cell(3))) {
                problems.add(at(row) + ": gender '" + row.cell(3) + "' is not m, f or -");
            }
        }
        Keys bodies = new Keys(problems);
        for (TsvTable.Row row : rows("/dyad/lexicon/quotes/body_words.tsv", 2)) {
            word(row, problems);
            bodies.add(row.cell(0), row, "body word");
            if (!row.cell(1).isEmpty()) {
                role(row, row.cell(1), problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void word(TsvTable.Row row, List<String> problems) {
        String w = row.cell(0);
        if (w.isEmpty() || !w.equals(w.toLowerCase(Locale.ROOT)) || w.contains(" ")) {
            problems.add(at(row) + ": '" + w + "' is not one lower-case word");
        }
    }

    // ---- word lists -----------------------------------------------------------------------

    @Test
    void wordListsHaveUniqueLowerCaseEntries() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String list : List.of("/dyad/lexicon/dates/date-cues.txt", "/dyad/lexicon/dates/non-year-nouns.txt",
                "/dyad/lexicon/dates/reference-nouns.txt", "/dyad/lexicon/quotes/speech_verbs.txt")) {
            Map<String, Integer> first = new HashMap<>();
            List<String> lines = rawLines(list);
            for (int i = 0; i < lines.size(); i++) {
                String entry = lines.get(i).strip().replaceAll("\\s+", " ");
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                if (!entry.equals(entry.toLowerCase(Locale.ROOT))) {
                    problems.add(list + " line " + (i + 1) + ": '" + entry + "' is not lower case");
                }
                Integer earlier = first.putIfAbsent(entry, i + 1);
                if (earlier != null) {
                    problems.add(list + " line " + (i + 1) + ": duplicate '" + entry + "' (first at line " + earlier + ")");
                }
            }
            assertThat(first).as(list).isNotEmpty();
        }
        assertThat(problems).isEmpty();
        // Each date list has its own job: a word in two of them would be both a date cue and not.
        DateLexicon dates = DateLexicon.load();
        Set<String> both = new HashSet<>(dates.cues());
        both.retainAll(dates.nonYearNouns());
        assertThat(both).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------

    private static Role role(TsvTable.Row row, String code, List<String> problems) {
        if (Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(code))) {
            problems.add(at(row) + ": unknown role '" + code + "'");
            return null;
        }
        return Role.valueOf(code);
    }

    private static PloverType type(TsvTable.Row row, List<String> problems) {
        String code = row.cell(0);
        if (Arrays.stream(PloverType.values()).noneMatch(t -> t.name().equals(code))) {
            problems.add(at(row) + ": unknown PLOVER type '" + code + "'");
            return null;
        }
        return PloverType.valueOf(code);
    }

    private static LocalDate date(TsvTable.Row row, String v, boolean start, List<String> problems) {
        if (v.isEmpty()) {
            return null;
        }
        try {
            if (v.matches("\\d{4}")) {
                int y = Integer.parseInt(v);
                return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problems.add(at(row) + ": bad date '" + v + "'");
            return null;
        }
    }

    private static List<String> lines(String resource) throws IOException {
        return rawLines(resource).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static List<String> rawLines(String resource) throws IOException {
        InputStream in = LexiconFilesTest.class.getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
