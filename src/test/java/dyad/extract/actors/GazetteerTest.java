package dyad.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Role;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lookups in the shipped gazetteer: what a name stands for, and who held an office when. */
class GazetteerTest {

    static final Gazetteer GAZETTEER = Gazetteer.load();

    private static GazetteerEntry entry(String alias) {
        return GAZETTEER.startingWith(alias).stream().filter(e -> e.alias().equals(alias)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry '" + alias + "'"));
    }

    @Test
    void aCapitalStandsForItsGovernment() {
        GazetteerEntry ottawa = entry("Ottawa");
        assertThat(ottawa.kind()).isEqualTo(EntryKind.CAPITAL);
        assertThat(ottawa.country()).isEqualTo("CAN");
        assertThat(ottawa.role()).isEqualTo(Role.GOV);
        assertThat(ottawa.name()).isEqualTo("Government of Canada");
        assertThat(entry("Caracas").country()).isEqualTo("VEN");
        assertThat(entry("Washington").name()).isEqualTo("Government of the United States");
    }

    @Test
    void aMinistryIsItsCountrysGovernment() {
        GazetteerEntry gac = entry("Global Affairs Canada");
        assertThat(gac.kind()).isEqualTo(EntryKind.ORGANIZATION);
        assertThat(gac.country()).isEqualTo("CAN");
        assertThat(gac.org()).isNull();
        assertThat(gac.role()).isEqualTo(Role.GOV);
        assertThat(entry("GAC").name()).isEqualTo("Global Affairs Canada");
    }

    @Test
    void unExpertsAreTheUnAsAnInternationalBody() {
        GazetteerEntry experts = entry("UN experts");
        assertThat(experts.org()).isEqualTo("UNO");
        assertThat(experts.role()).isEqualTo(Role.IGO);
        assertThat(experts.country()).isNull();
        assertThat(entry("International Court of Justice").org()).isEqualTo("UNO");
    }

    @Test
    void aLeadersNameCarriesEachOfficeWithItsTerm() {
        assertThat(GAZETTEER.startingWith("Maduro")).filteredOn(e -> e.alias().equals("Maduro"))
                .extracting(GazetteerEntry::office)
                .containsExactlyInAnyOrder("head_of_state_and_government", "foreign_minister", "minister");
        GazetteerEntry president = GAZETTEER.startingWith("Maduro").stream()
                .filter(e -> e.office().equals("head_of_state_and_government")).findFirst().orElseThrow();
        assertThat(president.name()).isEqualTo("Nicolás Maduro");
        assertThat(president.country()).isEqualTo("VEN");
        assertThat(president.role()).isEqualTo(Role.GOV);
        assertThat(president.from()).isEqualTo(LocalDate.of(2013, 3, 5));
        assertThat(president.validOn(LocalDate.of(2020, 6, 1))).isTrue();
        assertThat(president.validOn(LocalDate.of(2013, 3, 4))).isFalse();
        // An undated document accepts every term.
        assertThat(president.validOn(null)).isTrue();
    }

    @Test
    void findsWhoHeldAnOfficeOnADay() {
        Set<String> headOfState = Set.of("head_of_state", "head_of_state_and_government");
        assertThat(GAZETTEER.officeHolder("VEN", headOfState, LocalDate.of(2020, 1, 1)))
                .map(GazetteerEntry::name).hasValue("Nicolás Maduro");
        assertThat(GAZETTEER.officeHolder("VEN", headOfState, LocalDate.of(2005, 1, 1)))
                .map(GazetteerEntry::name).hasValue("Hugo Chávez");
        assertThat(GAZETTEER.officeHolder("VEN", Set.of("foreign_minister"), LocalDate.of(2010, 1, 1)))
                .map(GazetteerEntry::name).hasValue("Nicolás Maduro");
        assertThat(GAZETTEER.officeHolder("CAN", Set.of("head_of_government"), LocalDate.of(2020, 1, 1)))
                .map(GazetteerEntry::name).hasValue("Justin Trudeau");
        assertThat(GAZETTEER.officeHolder("VEN", headOfState, null)).isEmpty();
    }

    @Test
    void privatePeopleWithNoDatedOfficeAreNotNamesOfTheirCountry() {
        // The converted lists hold ~1,800 undated private people; a common name ("Carlos Mendoza") named someone else.
        assertThat(GAZETTEER.people()).noneMatch(p -> p.role() == dyad.model.Role.CVL && p.from() == null && p.to() == null);
        assertThat(GAZETTEER.people()).anyMatch(p -> p.role() == dyad.model.Role.GOV && p.from() != null);
    }

    @Test
    void countriesHaveTheirNamesAndGovernments() {
        assertThat(GAZETTEER.country("CAN")).hasValue(new Country("CAN", "Canada", "Government of Canada"));
        assertThat(GAZETTEER.country("XYZ")).isEmpty();
        assertThat(GAZETTEER.countryCodes()).hasSizeGreaterThanOrEqualTo(193);
    }

    @Test
    void looksNamesUpByTheirFirstWordIgnoringCaseLongestFirst() {
        assertThat(Gazetteer.firstWord("Côte d'Ivoire")).isEqualTo("côte");
        assertThat(Gazetteer.firstWord("Guinea-Bissau")).isEqualTo("guinea");
        assertThat(Gazetteer.firstWord("U.S.")).isEqualTo("u.s.");
        assertThat(Gazetteer.firstWord("Canada’s")).isEqualTo("canada");
        var united = GAZETTEER.startingWith("united");
        assertThat(united).extracting(GazetteerEntry::alias).contains("United States", "United Nations");
        for (int i = 1; i < united.size(); i++) {
            assertThat(united.get(i).alias().length()).isLessThanOrEqualTo(united.get(i - 1).alias().length());
        }
        assertThat(GAZETTEER.startingWith("Atlantis")).isEmpty();
    }
}
