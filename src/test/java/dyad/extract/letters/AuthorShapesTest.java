package dyad.extract.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Actor;
import dyad.model.EventDate;
import dyad.model.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who signs a letter when it says so in prose or in a closing line, and where signatory bodies belong. */
class AuthorShapesTest {

    private static List<Actor> authors(String text) {
        return Letters.read(text, EventDate.day(LocalDate.of(2022, 3, 3)), List.of()).orElseThrow().letter().authors();
    }

    @Test
    void aNetworkSpeakingAsWeAndSigningOnItsBehalfIsOneAuthor() {
        String text = """
                Dear Minister,

                We, the Andean Water Justice Network, a coalition of farmers' unions, write about the dam.

                We urge you to halt construction until the communities are consulted.

                Signed on behalf of the Andean Water Justice Network
                3 March 2022
                """;
        assertThat(authors(text)).extracting(Actor::text, Actor::name, Actor::role)
                .containsExactly(tuple("Andean Water Justice Network", "Andean Water Justice Network", Role.CSO));
    }

    @Test
    void aBodyWritingAsItselfAndClosingForAndOnBehalfBelongsToTheNationItsNameOpensWith() {
        String text = """
                Dear Minister,

                We write as the Malian Traders Union in Senegal, on behalf of six thousand shopkeepers.

                We call on you to reopen the market in Dakar.

                For and on behalf of the Malian Traders Union in Senegal (MTUS) and its branches in Thiès and Kaolack
                """;
        // Named twice, once with its acronym: one author, of Mali although its name says Senegal too.
        assertThat(authors(text)).extracting(Actor::name, Actor::country)
                .containsExactly(tuple("Malian Traders Union in Senegal", "MLI"));
    }

    @Test
    void aNationsBodyIsNoPersonAndBodiesWithoutAStateTakeTheOneTheOthersShare() {
        String text = """
                Dear Prime Minister,

                We urge you to meet the delegation.

                Yours sincerely,

                Danish PEN
                Danish Helsinki Committee
                Human Rights House Foundation
                """;
        // "Helsinki" is Finland's capital, but the demonym opening the name says whose committee it is.
        assertThat(authors(text)).extracting(Actor::name, Actor::country, Actor::role).containsExactly(
                tuple("Danish PEN", "DNK", Role.CSO), tuple("Danish Helsinki Committee", "DNK", Role.CSO),
                tuple("Human Rights House Foundation", "DNK", Role.CSO));
    }
}
