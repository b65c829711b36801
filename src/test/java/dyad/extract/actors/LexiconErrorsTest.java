package dyad.extract.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A malformed lexicon row fails loading with the resource and line that hold it. */
class LexiconErrorsTest {

    private static final String DIR = "/lexicon/malformed/";

    @Test
    void aRowWithTooFewColumnsIsNamed() {
        assertThatThrownBy(() -> TsvTable.read(DIR + "columns/countries.tsv", 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("/lexicon/malformed/columns/countries.tsv line 3: expected 6 tab-separated columns, found 3");
        assertThatThrownBy(() -> Gazetteer.load(DIR + "columns/"))
                .hasMessage("/lexicon/malformed/columns/countries.tsv line 3: expected 6 tab-separated columns, found 3");
    }

    @Test
    void cellsAreTrimmedDashIsEmptyListsSplitOnBarsAndMissingTrailingColumnsAreEmpty() {
        List<TsvTable.Row> rows = TsvTable.read("/lexicon/rows.tsv", 4);
        assertThat(rows).extracting(TsvTable.Row::line).containsExactly(2, 4);
        TsvTable.Row one = rows.get(0);
        assertThat(one.resource()).isEqualTo("/lexicon/rows.tsv");
        assertThat(one.cell(1)).isEqualTo("two");
        assertThat(one.cell(2)).isEmpty();
        assertThat(one.list(2)).isEmpty();
        assertThat(one.list(3)).containsExactly("x", "y", "z");
        // Editors drop trailing tabs: up to two missing columns read as empty.
        TsvTable.Row shortRow = rows.get(1);
        assertThat(shortRow.cell(1)).isEqualTo("row");
        assertThat(shortRow.cell(3)).isEmpty();
        assertThat(one.error("bad").getMessage()).isEqualTo("/lexicon/rows.tsv line 2: bad");
        assertThatThrownBy(() -> TsvTable.read("/lexicon/rows.tsv", 5))
                .hasMessage("/lexicon/rows.tsv line 4: expected 5 tab-separated columns, found 2");
    }

    @Test
    void aMissingResourceIsNamed() {
        assertThatThrownBy(() -> TsvTable.read(DIR + "nowhere.tsv", 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing lexicon resource /lexicon/malformed/nowhere.tsv");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreRead() {
        Gazetteer g = Gazetteer.load(DIR + "bom-crlf/");
        assertThat(g.countryCodes()).containsExactly("CAN");
        assertThat(g.startingWith("Government")).extracting(GazetteerEntry::alias).containsExactly("government");
    }

    @Test
    void aBadCountryCodeIsNamed() {
        assertThatThrownBy(() -> Gazetteer.load(DIR + "country-code/"))
                .hasMessage("/lexicon/malformed/country-code/countries.tsv line 5: not an ISO3 code: 'VE'");
    }

    @Test
    void anUnknownRoleIsNamed() {
        assertThatThrownBy(() -> Gazetteer.load(DIR + "leaders/"))
                .hasMessage("/lexicon/malformed/leaders/leaders.tsv line 3: unknown role 'BOSS'");
    }

    @Test
    void anUnknownOrgCodeIsNamed() {
        assertThatThrownBy(() -> Gazetteer.load(DIR + "orgs/"))
                .hasMessage("/lexicon/malformed/orgs/organizations.tsv line 3: unknown org code 'UN'");
    }
}
