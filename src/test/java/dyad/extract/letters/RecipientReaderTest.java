package dyad.extract.letters;

import static dyad.extract.letters.Letters.government;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.extract.actors.Mention;
import dyad.model.Actor;
import dyad.model.EventDate;
import dyad.model.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whom a letter is addressed to: its address block, else its title, else its greeting. */
class RecipientReaderTest {

    private static List<Actor> recipients(String text, LocalDate written, List<Mention> mentions) {
        return Letters.read(text, EventDate.day(written), mentions).orElseThrow().letter().recipients();
    }

    @Test
    void anAddressLineReachingASecondRecipientThroughAnother() {
        String text = """
                To: Their Excellencies the Heads of State and Government of ECOWAS, through H.E. John Mahama, \
                President of the Republic of Ghana

                Your Excellencies,

                We urge you to reopen the borders.
                """;
        assertThat(recipients(text, LocalDate.of(2025, 3, 1), List.of()))
                .extracting(Actor::name, Actor::country, Actor::org, Actor::role).containsExactly(
                        tuple("ECOWAS Authority of Heads of State and Government", null, "ECOWAS", Role.IGO),
                        tuple("John Mahama", "GHA", null, Role.GOV));
    }

    @Test
    void aLetterheadIsNotARecipientButATitledNameUnderItIs() {
        String text = """
                Human Rights Law Centre
                Level 17, 461 Bourke Street
                Melbourne VIC 3000

                12 May 2024

                The Hon Tony Burke MP
                Minister for Home Affairs
                Parliament House
                Canberra ACT 2600

                Dear Minister,

                We urge you to end offshore processing.
                """;
        // Not known to the gazetteer: the name as written, placed by the address; a minister, not a legislator.
        assertThat(recipients(text, LocalDate.of(2024, 5, 12), List.of()))
                .extracting(Actor::name, Actor::country, Actor::role).containsExactly(tuple("Tony Burke", "AUS", Role.GOV));
    }

    @Test
    void aGreetingNamesABodyOrAnOfficeOfTheLettersState() {
        String council = "Dear Members of the Security Council,\n\nWe call on you to renew the mandate.\n";
        assertThat(recipients(council, LocalDate.of(2024, 6, 1), List.of()))
                .extracting(Actor::name, Actor::org, Actor::role)
                .containsExactly(tuple("United Nations Security Council", "UNO", Role.IGO));
        // "Dear Prime Minister," with no address block: the office's holder in the state the letter is about.
        String text = "Dear Prime Minister,\n\nWe urge Canada to restore ties with Venezuela, as Canada promised.\n";
        List<Mention> mentions = List.of(government(text, "Canada", "", "CAN", "Government of Canada"),
                government(text, "Canada", "promised", "CAN", "Government of Canada"),
                government(text, "Venezuela", "", "VEN", "Government of Venezuela"));
        assertThat(recipients(text, LocalDate.of(2024, 6, 1), mentions)).extracting(Actor::name, Actor::country)
                .containsExactly(tuple("Justin Trudeau", "CAN"));
    }

    @Test
    void anOfficeBeforeAKnownLeadersNameOpensTheAddressBlockWithoutATitle() {
        String text = """
                President Cyril Ramaphosa
                Union Buildings
                Pretoria

                Open letter on the visit of the Dalai Lama to Cape Town and relations with China

                Dear President,

                We urge you to grant the visa.
                """;
        // The address block, not the title's "to Cape Town" nor the states it names.
        assertThat(recipients(text, LocalDate.of(2019, 9, 1), List.of()))
                .extracting(Actor::text, Actor::name, Actor::country, Actor::role)
                .containsExactly(tuple("President Cyril Ramaphosa", "Cyril Ramaphosa", "ZAF", Role.GOV));
    }

    @Test
    void aSubjectLineOfTheHeadNamesNoRecipient() {
        String text = """
                To: The Hon. Penny Wong, Minister for Foreign Affairs, Parliament House, Canberra

                Re: Australia's aid to Papua New Guinea

                Dear Minister,

                We urge you to restore the health programme.
                """;
        assertThat(recipients(text, LocalDate.of(2024, 5, 2), List.of()))
                .extracting(Actor::name, Actor::country, Actor::role).containsExactly(tuple("Penny Wong", "AUS", Role.GOV));
    }

    @Test
    void aTitleAddressesThoseBeforeWhatItIsAbout() {
        String text = """
                Joint letter to President Lula on Venezuela's elections

                Excellency,

                We, the organisations signing below, call on your government to withhold recognition.
                """;
        List<Mention> mentions = List.of(
                Letters.mention(text, "President Lula", "Joint", "Luiz Inácio Lula da Silva", "BRA", Role.GOV,
                        dyad.extract.actors.EntryKind.PERSON),
                government(text, "Venezuela", "Joint", "VEN", "Government of Venezuela"));
        assertThat(recipients(text, LocalDate.of(2024, 9, 10), mentions))
                .extracting(Actor::name, Actor::country).containsExactly(tuple("Luiz Inácio Lula da Silva", "BRA"));
    }

    @Test
    void aGreetingNamingASurnameKeepsThatPersonInOfficeOnTheLettersOwnDate() {
        String text = """
                Open letter to the Minister of Foreign Affairs of Japan on aid to the junta

                15 March 2023

                Dear Minister Hayashi,

                We urge you to suspend all non-humanitarian aid.
                """;
        // The pipeline resolves the title's office on the day the document was found, a later minister's.
        List<Mention> mentions = List.of(Letters.mention(text, "Minister of Foreign Affairs of Japan", "Open",
                "Yōko Kamikawa", "JPN", Role.GOV, dyad.extract.actors.EntryKind.ROLE_CUE));
        assertThat(recipients(text, LocalDate.of(2024, 9, 12), mentions))
                .extracting(Actor::name, Actor::country, Actor::role)
                .containsExactly(tuple("Yoshimasa Hayashi", "JPN", Role.GOV));
    }
}
