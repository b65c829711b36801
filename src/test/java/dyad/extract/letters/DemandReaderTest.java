package dyad.extract.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbered items of a letter and the demands among them. */
class DemandReaderTest {

    private static final String LETTER = """
            Dear Prime Minister,

            We ask three things of your government:

            1. We urge Canada to defend the UN Charter by condemning the U.S. military intervention in Venezuela.
            2) We call on Venezuelan civil society and on Ottawa to: immediately restore consular services; and
               - reopen the embassy
            3. Thank you for your attention.

            Sincerely,
            The Network
            """;

    /** A mention of {@code written} (its first occurrence after {@code after}) as this actor. */
    static Mention mention(String text, String written, String after, String name, String country, Role role,
                           EntryKind kind) {
        int start = text.indexOf(written, text.indexOf(after));
        Actor a = new Actor(written, start, start + written.length(), name, country, null, role);
        return new Mention(0, 0, a, kind, null);
    }

    @Test
    void itemsRunFromTheirNumberToTheNextNumberOrBlankLine() {
        List<DemandReader.Item> items = DemandReader.items(LETTER);
        assertThat(items).extracting(DemandReader.Item::n).containsExactly(1, 2, 3);
        DemandReader.Item first = items.get(0);
        assertThat(first.start()).isEqualTo(LETTER.indexOf("We urge"));
        assertThat(first.end()).isEqualTo(LETTER.indexOf("Venezuela.") + "Venezuela.".length());
        assertThat(first.text()).isEqualTo(LETTER.substring(first.start(), first.end()));
        // A nested bullet belongs to its item; the next number ends it.
        assertThat(items.get(1).text()).isEqualTo("We call on Venezuelan civil society and on Ottawa to: immediately"
                + " restore consular services; and\n   - reopen the embassy");
        // The last item ends at the blank line, not at the end of the letter.
        assertThat(items.get(2).text()).isEqualTo("Thank you for your attention.");
    }

    @Test
    void anItemThatAsksIsADemandAddressedToTheFirstGovernmentItNames() {
        List<Mention> mentions = List.of(
                mention(LETTER, "Canada", "1.", "Government of Canada", "CAN", Role.GOV, EntryKind.COUNTRY),
                mention(LETTER, "Venezuela", "1.", "Government of Venezuela", "VEN", Role.GOV, EntryKind.COUNTRY),
                mention(LETTER, "Venezuelan civil society", "2)", "Venezuelan civil society", "VEN", Role.CSO,
                        EntryKind.ROLE_CUE),
                mention(LETTER, "Ottawa", "2)", "Government of Canada", "CAN", Role.GOV, EntryKind.CAPITAL));
        List<Demand> demands = DemandReader.demands(LETTER, mentions);
        assertThat(demands).extracting(Demand::n).containsExactly(1, 2);
        Demand first = demands.get(0);
        assertThat(first.addressee().text()).isEqualTo("Canada");
        assertThat(first.addressee().country()).isEqualTo("CAN");
        assertThat(first.summary()).isEqualTo("defend the UN Charter by condemning the U.S. military intervention in Venezuela");
        assertThat(LETTER.substring(first.start(), first.end())).isEqualTo(first.text());
        // Civil society is not an addressee: the first government named is.
        Demand second = demands.get(1);
        assertThat(second.addressee().text()).isEqualTo("Ottawa");
        assertThat(second.addressee().start()).isEqualTo(LETTER.indexOf("Ottawa"));
        assertThat(second.summary()).isEqualTo("restore consular services");
    }

    @Test
    void aDemandNamingNoGovernmentHasNoAddressee() {
        String text = "1. We demand an end to the blockade.\n2. The talks must resume.\n";
        List<Demand> demands = DemandReader.demands(text, List.of());
        assertThat(demands).extracting(Demand::n).containsExactly(1, 2);
        assertThat(demands).extracting(Demand::addressee).containsOnlyNulls();
        assertThat(demands).extracting(Demand::summary).containsExactly("the blockade", "The talks must resume");
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
