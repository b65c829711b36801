package dyad.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.PloverType;
import dyad.model.Role;
import org.junit.jupiter.api.Test;

/** The shipped tables the GDELT import reads CAMEO codes through load, check themselves and read as documented. */
class CameoTablesTest {

    private static final CameoTables TABLES = CameoTables.load();

    @Test
    void everyCameoRootIsKnownAndCodesFallBackToTheirParentThenTheirRoot() {
        for (int root = 1; root <= 20; root++) {
            assertThat(TABLES.act(String.format("%02d", root))).as("root %02d", root).isNotNull();
        }
        assertThat(TABLES.act("043").type()).isEqualTo(PloverType.CONSULT);
        assertThat(TABLES.act("0431")).as("no row of its own: its parent's").isEqualTo(TABLES.act("043"));
        assertThat(TABLES.act("0233")).isEqualTo(new CameoTables.Act(PloverType.REQUEST, "assist"));
        assertThat(TABLES.act("163")).isEqualTo(new CameoTables.Act(PloverType.SANCTION, "sanction"));
        assertThat(TABLES.act("010").type()).as("statements: no event").isNull();
        assertThat(TABLES.act("999")).isNull();
        assertThat(TABLES.act("1")).isNull();
        assertThat(TABLES.act("12345")).isNull();
    }

    @Test
    void countryCodesAreStatesRegionsOrUnknownAndRolesComeFromTheConvertersTable() {
        assertThat(TABLES.country("KEN")).isEqualTo(new CameoTables.Country("KEN", true));
        assertThat(TABLES.country("ROM")).isEqualTo(new CameoTables.Country("ROU", true));
        assertThat(TABLES.country("AFR")).isEqualTo(new CameoTables.Country(null, true));
        assertThat(TABLES.country("HKG").iso3()).isNull();
        assertThat(TABLES.country("XQZ").known()).isFalse();
        assertThat(TABLES.role("COP")).isEqualTo(Role.MIL);
        assertThat(TABLES.role("REB")).isEqualTo(Role.OPP);
        assertThat(TABLES.role("NGO")).isEqualTo(Role.CSO);
        assertThat(TABLES.knowsRole("UIS")).isTrue();
        assertThat(TABLES.role("UIS")).isNull();
        assertThat(TABLES.knowsRole("ZZZ")).isFalse();
    }
}
