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

    @Test
    void aPersonSigningOnBehalfOfABodyGivesTheBodyPlacedWhereItsOpeningDescriptionSays() {
        String text = """
                Dear Minister,

                The Laos Rivers Solidarity Network is a coalition of 30 parishes and farmers' groups across Thailand. \
                We are writing to you about the new dam on the Mekong.

                We urge you to suspend the power purchase agreement.

                Sincerely,

                Fr. Somchai Dee, Convenor, on behalf of the Laos Rivers Solidarity Network
                """;
        // Its name says Laos, its description says where it works from; the convenor signs for it, not as himself.
        assertThat(authors(text)).extracting(Actor::name, Actor::country, Actor::role)
                .containsExactly(tuple("Laos Rivers Solidarity Network", "THA", Role.CSO));
    }

    @Test
    void aSignedLineWithoutASerialCommaEndsWithTwoNames() {
        String text = """
                Excellency,

                We, the organisations signing below, call on your government to publish the audit.

                Signed:
                Fundar Centro, Servicios Educa, Tlachinollan, Educa Oaxaca and Red Todos los Derechos
                """;
        assertThat(authors(text)).extracting(Actor::name).containsExactly("Fundar Centro", "Servicios Educa",
                "Tlachinollan", "Educa Oaxaca", "Red Todos los Derechos");
    }

    @Test
    void aPlacedListKeepsANameWithAndWholeAndSignedWithACommaOpensTheBlock() {
        String inline = """
                Your Excellency,

                We call on your government to stop the renditions.

                Signed: Haki Pwani (Kenya), Sauti Moja Uganda (Uganda), Legal and Human Rights Centre (Tanzania)
                """;
        assertThat(authors(inline)).extracting(Actor::name, Actor::country).containsExactly(
                tuple("Haki Pwani", "KEN"), tuple("Sauti Moja Uganda", "UGA"),
                tuple("Legal and Human Rights Centre", "TZA"));
        String lines = """
                Dear Prime Minister and President,

                We call on you to open the border crossings.

                Signed,

                Peace Dialogue (Armenia)
                Caucasus Bridges Initiative (Azerbaijan)
                """;
        assertThat(authors(lines)).extracting(Actor::name, Actor::country).containsExactly(
                tuple("Peace Dialogue", "ARM"), tuple("Caucasus Bridges Initiative", "AZE"));
    }

    @Test
    void aPersonsLineWithTitleAndBodyIsPlacedByTheBodysState() {
        String text = """
                Dear Minister,

                We urge you to renew the funding.

                Sincerely,

                Maria Gonzalez, Executive Director, Canadian Network on Colombia
                """;
        // "on Colombia" is what the network works on, not where it is.
        assertThat(authors(text)).extracting(Actor::name, Actor::country, Actor::role)
                .containsExactly(tuple("Maria Gonzalez", "CAN", Role.CSO));
    }

    @Test
    void organisedByTwoBodiesTheFirstWithItsAcronym() {
        String text = """
                PETITION

                We, the undersigned citizens and residents, call on the Government to repeal the Sedition Act.

                Organised by: Kumpulan Hak Rakyat Malaysia (KHRM) and Lawyers for Justice
                """;
        assertThat(authors(text)).extracting(Actor::name, Actor::country).containsExactly(
                tuple("Kumpulan Hak Rakyat Malaysia", "MYS"), tuple("Lawyers for Justice", "MYS"));
    }

    @Test
    void aBodyStylingItsNameInLowerCaseSignsInAColumn() {
        String text = """
                Dear Minister,

                We urge Austria to stop arms exports to the parties to the war.

                Kind regards,

                suedwind aktion
                Austrian Peace Council
                Vienna Refugee Network
                in solidarity with our partners
                """;
        assertThat(authors(text)).extracting(Actor::name, Actor::country).containsExactly(
                tuple("suedwind aktion", "AUT"), tuple("Austrian Peace Council", "AUT"), tuple("Vienna Refugee Network", "AUT"));
    }

    @Test
    void aBodyNamedForAnotherStateIsOfTheStateItsNameOpensWith() {
        String text = """
                Dear Minister,

                We ask Sweden to keep funding refugee schools.

                Sincerely,

                Sweden Committee for Afghanistan
                The Finland Network on Somalia
                """;
        assertThat(authors(text)).extracting(Actor::name, Actor::country).containsExactly(
                tuple("Sweden Committee for Afghanistan", "SWE"), tuple("Finland Network on Somalia", "FIN"));
    }
}
