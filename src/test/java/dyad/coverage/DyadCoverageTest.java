package dyad.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Role;
import dyad.store.CoverageCounts;
import dyad.store.CoverageCounts.DocumentCount;
import dyad.store.CoverageCounts.QuoteCount;
import dyad.store.CoverageQuery;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DyadCoverageTest {

    static final YearMonth JAN = YearMonth.of(2025, 1);
    static final YearMonth APR = YearMonth.of(2025, 4);

    @Test
    void monthsRunWithoutGapsAndSplitTheirQuotesBySide() {
        CoverageCounts counts = new CoverageCounts(
                List.of(new DocumentCount(null, 2, 1), new DocumentCount(JAN, 3, 2), new DocumentCount(APR, 1, 1)),
                new DocumentCount(null, 6, 3),
                List.of(new QuoteCount(JAN, "CAN", Role.GOV, "Mélanie Joly", 2), new QuoteCount(JAN, "CAN", Role.MIL, "General X", 1),
                        new QuoteCount(APR, "CAN", Role.CSO, "Amnesty", 1), new QuoteCount(APR, "USA", Role.GOV, "Rubio", 1),
                        new QuoteCount(null, null, null, null, 4)));
        DyadCoverage c = DyadCoverage.of(CoverageQuery.of("CAN", "VEN"), counts);

        assertThat(c.months()).extracting(DyadCoverage.Month::month)
                .containsExactly(JAN, JAN.plusMonths(1), JAN.plusMonths(2), APR);
        assertThat(c.months().get(0)).isEqualTo(new DyadCoverage.Month(JAN, 3, 2, 3, new DyadCoverage.Split(3, 0, 0, 0, 0)));
        assertThat(c.months().get(1)).isEqualTo(new DyadCoverage.Month(JAN.plusMonths(1), 0, 0, 0, DyadCoverage.Split.NONE));
        assertThat(c.months().get(3).quotesBy()).isEqualTo(new DyadCoverage.Split(0, 1, 0, 0, 1));
        assertThat(c.undated()).isEqualTo(new DyadCoverage.Tally(2, 1, 4, new DyadCoverage.Split(0, 0, 0, 0, 4)));
        assertThat(c.total()).isEqualTo(new DyadCoverage.Tally(6, 3, 9, new DyadCoverage.Split(3, 1, 0, 0, 5)));
    }

    @Test
    void eachSideSaysWhoOfItIsQuoted() {
        DyadCoverage c = DyadCoverage.of(CoverageQuery.of("CAN", "VEN"), counts(
                new QuoteCount(JAN, "CAN", Role.GOV, "Mélanie Joly", 2), new QuoteCount(JAN, "CAN", Role.OPP, "Pierre", 1)));
        assertThat(c.sides()).extracting(DyadCoverage.Side::statement).containsExactly(
                "CAN: 2 quotes from its government, 1 quote from its other voices.",
                "Nobody from VEN is quoted: neither its government nor any other voice.");
        assertThat(c.unquoted()).extracting(DyadCoverage.Side::country).containsExactly("VEN");

        DyadCoverage onlyGovernment = DyadCoverage.of(CoverageQuery.of("CAN", "VEN"), counts(
                new QuoteCount(JAN, "VEN", Role.GOV, "Delcy Rodríguez", 1), new QuoteCount(JAN, "CAN", Role.CSO, "Amnesty", 3)));
        assertThat(onlyGovernment.sides()).extracting(DyadCoverage.Side::statement).containsExactly(
                "CAN's government is not quoted; 3 quotes from its other voices.",
                "Only VEN's government is quoted (1 quote); none of its other voices.");
        assertThat(onlyGovernment.unquoted()).isEmpty();
    }

    @Test
    void voicesComeByCountryAndGroupThePairFirst() {
        DyadCoverage c = DyadCoverage.of(CoverageQuery.of("CAN", "VEN"), counts(
                new QuoteCount(JAN, null, Role.IGO, "Jane Roe", 5),
                new QuoteCount(JAN, "USA", Role.GOV, "Rubio", 1),
                new QuoteCount(JAN, "BRA", Role.GOV, "Lula", 2),
                new QuoteCount(JAN, "VEN", Role.OPP, "Machado", 1),
                new QuoteCount(JAN, "VEN", Role.GOV, "Delcy Rodríguez", 2),
                new QuoteCount(JAN, "VEN", Role.MIL, "Padrino", 1),
                new QuoteCount(null, "VEN", Role.GOV, "Delcy Rodríguez", 1),
                new QuoteCount(JAN, "CAN", Role.CSO, "Amnesty", 1),
                new QuoteCount(JAN, null, null, null, 2)));
        assertThat(c.voices()).extracting(v -> v.country() + " " + v.group().code() + " " + v.quotes()).containsExactly(
                "CAN civil_society 1", "VEN government 4", "VEN opposition 1", "BRA government 2", "USA government 1",
                "null international 5", "null unknown 2");
        DyadCoverage.Voices venGovernment = c.voices().get(1);
        assertThat(venGovernment.speakers()).isEqualTo(2);
        assertThat(venGovernment.top()).containsExactly(new DyadCoverage.Speaker("Delcy Rodríguez", Role.GOV, 3),
                new DyadCoverage.Speaker("Padrino", Role.MIL, 1));
        assertThat(c.voices().get(6).top()).isEmpty();
    }

    @Test
    void nobodyWritesAboutThePair() {
        DyadCoverage c = DyadCoverage.of(CoverageQuery.of("CAN", "VEN"),
                new CoverageCounts(List.of(), new DocumentCount(null, 0, 0), List.of()));
        assertThat(c.months()).isEmpty();
        assertThat(c.total()).isEqualTo(new DyadCoverage.Tally(0, 0, 0, DyadCoverage.Split.NONE));
        assertThat(c.voices()).isEmpty();
        assertThat(c.unquoted()).hasSize(2);
    }

    @Test
    void everyRoleIsInOneGroup() {
        for (Role role : Role.values()) {
            assertThat(VoiceGroup.values()).filteredOn(g -> g.roles().contains(role)).hasSize(1);
        }
        assertThat(VoiceGroup.of(Role.MIL)).isEqualTo(VoiceGroup.GOVERNMENT);
        assertThat(VoiceGroup.of(null)).isEqualTo(VoiceGroup.UNKNOWN);
    }

    private static CoverageCounts counts(QuoteCount... quotes) {
        return new CoverageCounts(List.of(new DocumentCount(JAN, 1, 1)), new DocumentCount(null, 1, 1), List.of(quotes));
    }
}
