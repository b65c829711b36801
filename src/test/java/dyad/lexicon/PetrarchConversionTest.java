package dyad.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dyad.extract.actors.Gazetteer;
import dyad.extract.actors.GazetteerEntry;
import dyad.extract.actors.TsvTable;
import dyad.extract.events.TriggerLexicon;
import dyad.model.PloverType;
import dyad.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed petrarch2/ files are what 'bin/dyad lexicons convert' makes of the shared sources,
 * they load, have no duplicate keys and use only known codes; and Dyad's own lists win over them.
 */
class PetrarchConversionTest {

    private static final Path SOURCES = Path.of("../shared/lexicon-sources/petrarch2");
    private static final Path CAMEO2PLOVER = Path.of("../shared/bench/cameo2plover.tsv");
    private static final Path COMMITTED = Path.of("src/main/resources/dyad/lexicon/petrarch2");

    @Test
    void theCommittedFilesAreExactlyTheConvertersOutput(@TempDir Path out) throws Exception {
        assumeTrue(Files.isDirectory(SOURCES) && Files.isRegularFile(CAMEO2PLOVER),
                "../shared/lexicon-sources/petrarch2 is absent: cannot check the converted lexicons against their source");
        LexiconConverter.convert(SOURCES, CAMEO2PLOVER, out);
        for (String file : LexiconConverter.OUTPUTS) {
            assertThat(Files.readString(out.resolve(file))).as(file + " (run 'bin/dyad lexicons convert' and commit)")
                    .isEqualTo(Files.readString(COMMITTED.resolve(file)));
        }
    }

    @Test
    void convertedFilesHaveUniqueKeysAndKnownCodes() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> triggers = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read("/dyad/lexicon/petrarch2/triggers.tsv", 6)) {
            PloverType.parse(row.cell(0), "triggers");
            String key = row.cell(2) + "|" + row.cell(3) + "|" + new TreeSet<>(row.list(4));
            if (triggers.put(key, row.line()) != null) {
                problems.add("triggers.tsv line " + row.line() + ": duplicate " + key);
            }
        }
        Map<String, Integer> places = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read("/dyad/lexicon/petrarch2/places.tsv", 3)) {
            if (places.put(row.cell(1), row.line()) != null) {
                problems.add("places.tsv line " + row.line() + ": '" + row.cell(1) + "' names two places");
            }
        }
        for (TsvTable.Row row : TsvTable.read("/dyad/lexicon/petrarch2/people.tsv", 7)) {
            Role.parse(row.cell(4), "people.tsv line " + row.line());
            if (row.cell(3).isEmpty() == (row.cell(4).equals("IGO"))) {
                problems.add("people.tsv line " + row.line() + ": only IGO officials have an org code");
            }
        }
        Map<String, Integer> orgNames = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read("/dyad/lexicon/petrarch2/organizations.tsv", 5)) {
            if (!row.cell(3).isEmpty() && !Gazetteer.ORG_CODES.contains(row.cell(3))) {
                problems.add("organizations.tsv line " + row.line() + ": unknown org code " + row.cell(3));
            }
            List<String> names = new ArrayList<>(List.of(row.cell(0)));
            names.addAll(row.list(1));
            for (String n : names) {
                if (orgNames.put(n, row.line()) != null) {
                    problems.add("organizations.tsv line " + row.line() + ": duplicate name '" + n + "'");
                }
            }
        }
        assertThat(problems).isEmpty();
        // Loading checks every country and org code, role and date.
        assertThat(TriggerLexicon.load().size()).isGreaterThan(2000);
        assertThat(Gazetteer.load().startingWith("Aleppo")).isNotEmpty();
    }

    @Test
    void convertedTriggersOnlyAddPatternsOfLemmasTheOwnLexiconLacks() {
        TriggerLexicon lex = TriggerLexicon.load();
        // "expel" is an own lemma: none of PETRARCH's expel patterns is loaded beside the own rows.
        assertThat(lex.rulesFor(new dyad.nlp.Token(0, "expelled", "expel", "VBD", 0, 8)))
                .allMatch(r -> r.type() == dyad.model.PloverType.SANCTION || r.type() == dyad.model.PloverType.COERCE);
        // "evacuate" has no own row: its patterns ("evacuate" + embassy) are loaded, its bare verb is not.
        assertThat(lex.rulesFor(new dyad.nlp.Token(0, "evacuated", "evacuate", "VBD", 0, 9)))
                .isNotEmpty().allMatch(r -> !r.requires().isEmpty())
                .anyMatch(r -> r.requires().contains("embassy") && r.type() == dyad.model.PloverType.SANCTION);
    }

    @Test
    void ownListsWinOverConvertedOnes() {
        Gazetteer g = Gazetteer.load();
        // "Nicolas Maduro" is in leaders.tsv: PETRARCH's open-ended VEN GOV row for him is not loaded.
        assertThat(g.startingWith("Nicolas")).filteredOn(e -> e.alias().equals("Nicolas Maduro"))
                .extracting(GazetteerEntry::name).containsOnly("Nicolás Maduro");
        // Kabul is countries.tsv's capital of Afghanistan (GOV), not the converted place (CVL).
        assertThat(g.startingWith("Kabul")).filteredOn(e -> e.alias().equals("Kabul"))
                .extracting(GazetteerEntry::kind).containsOnly(dyad.extract.actors.EntryKind.CAPITAL);
        // A converted place with no own entry is a place: its state's civilians.
        assertThat(g.startingWith("Aleppo")).filteredOn(e -> e.alias().equals("Aleppo"))
                .extracting(GazetteerEntry::country, GazetteerEntry::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SYR", Role.CVL));
    }
}
