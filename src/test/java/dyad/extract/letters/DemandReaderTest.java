package dyad.extract.letters;

import static dyad.extract.letters.Letters.government;
import static org.assertj.core.api.Assertions.assertThat;

import dyad.extract.actors.Mention;
import dyad.model.Demand;
import dyad.model.EventDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A letter's demands: numbered, lettered or bulleted items, and "We urge …" paragraphs, with whom they ask. */
class DemandReaderTest {

    private static final EventDate WRITTEN = EventDate.day(LocalDate.of(2025, 9, 1));

    private static List<Demand> demands(String text, List<Mention> mentions) {
        return Letters.read(text, WRITTEN, mentions).orElseThrow().letter().demands();
    }

    @Test
    void itemsThatAskAreDemandsRunningToTheNextItemOrABlankLine() {
        String text = """
                Dear Prime Minister,

                Our concerns are these.

                1. We urge Norway to suspend arms exports to the parties.
                2) The talks must resume, with:
                   - a ceasefire
                   - observers
                3. Thank you for your attention.

                Sincerely,
                The Network
                """;
        List<Mention> mentions = List.of(government(text, "Norway", "1.", "NOR", "Government of Norway"));
        List<Demand> demands = demands(text, mentions);
        // Item 3 asks nothing; the others are demands, numbered in order, nested points inside theirs.
        assertThat(demands).extracting(Demand::n).containsExactly(1, 2);
        assertThat(demands).extracting(Demand::text).containsExactly(
                "We urge Norway to suspend arms exports to the parties.",
                "The talks must resume, with:\n   - a ceasefire\n   - observers");
        Demand first = demands.get(0);
        assertThat(first.start()).isEqualTo(text.indexOf("We urge"));
        assertThat(text.substring(first.start(), first.end())).isEqualTo(first.text());
        assertThat(first.addressee().country()).isEqualTo("NOR");
        assertThat(first.summary()).isEqualTo("suspend arms exports to the parties");
    }

    @Test
    void aLeadInThatAsksMakesEveryItemADemandOfWhomItNames() {
        String text = """
                Dear Minister,

                We call on the Government of Chile to:

                (a) Open the archives of the dictatorship;
                (b) Compensate the families;
                (c) Report to Congress every year.

                Yours faithfully,
                Chilean Human Rights Association
                """;
        List<Mention> mentions = List.of(government(text, "the Government of Chile", "", "CHL", "Government of Chile"));
        List<Demand> demands = demands(text, mentions);
        assertThat(demands).extracting(Demand::text).containsExactly(
                "Open the archives of the dictatorship;", "Compensate the families;", "Report to Congress every year.");
        assertThat(demands).extracting(d -> d.addressee().name()).containsOnly("Government of Chile");
        assertThat(demands.get(1).start()).isEqualTo(text.indexOf("Compensate"));
    }

    @Test
    void romanNumeralsAndBulletsMarkItemsToo() {
        String text = """
                Dear Chancellor,

                Our demands:

                i. Germany should stop deportations to Afghanistan.
                ii. Germany should fund the resettlement programme.

                We also ask for the following:

                • the release of the detained reporters
                • an inquiry into the raids

                Regards,
                Pro Refugee Network
                """;
        List<Demand> demands = demands(text, List.of(
                government(text, "Germany", "i.", "DEU", "Government of Germany"),
                government(text, "Germany", "ii.", "DEU", "Government of Germany")));
        assertThat(demands).extracting(Demand::text).containsExactly(
                "Germany should stop deportations to Afghanistan.",
                "Germany should fund the resettlement programme.",
                "the release of the detained reporters",
                "an inquiry into the raids");
        assertThat(demands).extracting(Demand::n).containsExactly(1, 2, 3, 4);
    }

    @Test
    void urgingParagraphsAreDemandsRunningToTheirParagraphsEnd() {
        String text = """
                Dear Minister,

                Farmers have waited two years. We urge Ghana to restore the fertiliser subsidy before the planting \
                season. Every week counts.

                We call on Togo to reopen the border at Aflao.

                We ask that this not be forgotten.

                Yours sincerely,
                Peasant Farmers Association of Ghana
                """;
        List<Demand> demands = demands(text, List.of(
                government(text, "Ghana", "two years", "GHA", "Government of Ghana"),
                government(text, "Togo", "", "TGO", "Government of Togo")));
        // The sentence before the demand is not part of it; the one after it is. "We ask that this …" asks nobody.
        assertThat(demands).extracting(Demand::text).containsExactly(
                "We urge Ghana to restore the fertiliser subsidy before the planting season. Every week counts.",
                "We call on Togo to reopen the border at Aflao.");
        assertThat(demands).extracting(d -> d.addressee().country()).containsExactly("GHA", "TGO");
    }

    @Test
    void aSummaryIsTheAskedForActInAtMostFifteenWords() {
        assertThat(DemandReader.summary("We urge Canada to **immediately** suspend [arms exports](#) to Israel. More."))
                .isEqualTo("immediately suspend arms exports to Israel");
        assertThat(DemandReader.summary("We call on the government to: urgently recall its ambassador; and more."))
                .isEqualTo("recall its ambassador");
        // The dots of an initialism do not end the sentence.
        assertThat(DemandReader.summary("We urge Ottawa to heed U.N. experts on the U.S. blockade. Then more."))
                .isEqualTo("heed U.N. experts on the U.S. blockade");
        assertThat(DemandReader.summary("Canada must act now."))
                .isEqualTo("Canada must act now");
        assertThat(DemandReader.summary("We ask you to " + "stop ".repeat(20) + "now."))
                .isEqualTo(("stop ".repeat(15)).strip());
    }
}
