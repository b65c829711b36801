package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * First-person words inside a quotation are its speaker's side: "we" and "our government" said
 * by a state's official are that state's government, "I" the official; an activist's "we" is no
 * state, and outside quotations (and letters) "we" stays nobody.
 */
@Tag("models")
class QuotedVoicesTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2024-05-06", Event.class);
    }

    @Test
    void weInAForeignMinistrySpokeswomansQuoteIsHerGovernment() {
        List<Event> events = events("\"We have demanded that Chad release the fishermen at once,\" said Aïcha "
                + "Mahamat, a spokeswoman for the Nigerien foreign ministry.");
        assertThat(events).extracting(e -> e.type(), e -> e.source().country(), e -> e.source().text(),
                        e -> e.source().name(), e -> e.target().country())
                .contains(tuple(PloverType.REQUEST, "NER", "We", "Government of Niger", "TCD"));
    }

    @Test
    void ourGovernmentInAQuoteIsTheSpeakersGovernmentOverTheWholePhrase() {
        String text = "Uruguay's foreign minister, Pablo Ferreira, spoke to reporters in Montevideo on Monday. "
                + "\"Our government has asked Paraguay to return the ambassador,\" he said.";
        List<Event> events = events(text);
        assertThat(events).extracting(e -> e.type(), e -> e.source().country(), e -> e.source().text(),
                        e -> e.target().country())
                .contains(tuple(PloverType.REQUEST, "URY", "Our government", "PRY"));
    }

    @Test
    void iInAMinistersQuoteIsTheMinister() {
        List<Event> events = events("Mongolia's foreign minister, Batbold Ganzorig, arrived in Seoul on Sunday. "
                + "\"I will meet President Yoon to discuss mining investment,\" Ganzorig told reporters.");
        assertThat(events).extracting(e -> e.type(), e -> e.source().country(), e -> e.source().text(),
                        e -> e.target().country())
                .contains(tuple(PloverType.CONSULT, "MNG", "I", "KOR"));
    }

    @Test
    void anActivistsFirstPersonIsNoState() {
        List<Event> events = events("\"We visited Harare twice last year,\" said Amina Yusuf, director of the Horn "
                + "Rights Network in Nairobi.");
        assertThat(events).noneMatch(e -> "We".equals(e.source().text()));
    }

    @Test
    void weOutsideAnyQuotationIsNobody() {
        List<Event> events = events("Bolivia recalled its ambassador from Lima on Monday. We will visit Ecuador "
                + "next week, the magazine's editors wrote.");
        assertThat(events).noneMatch(e -> "We".equals(e.source().text()));
    }

    @Test
    void whoRefusesToAcceptInterferenceIsNotItsAgent() {
        List<Event> events = events("\"We will not accept interference in our internal affairs from Rwanda,\" said "
                + "Jean Kabila, a spokesman for the Burundian foreign ministry.");
        assertThat(events).noneMatch(e -> e.type() == PloverType.COERCE && "BDI".equals(e.source().country()));
    }

    @Test
    void thisCountryInAQuoteIsTheSpeakersState() {
        List<Event> events = events("Serbia closed two border crossings on Monday. \"This country will impose sanctions "
                + "on Serbia,\" said Ardit Hoxha, a spokesman for the Albanian foreign ministry.");
        assertThat(events).extracting(e -> e.type(), e -> e.source().country(), e -> e.source().text(),
                        e -> e.target().country())
                .contains(tuple(PloverType.SANCTION, "ALB", "country", "SRB"));
    }

    @Test
    void inReportedSpeechHisGovernmentIsThePlacedOfficeHoldersNotTheLastNamedPersons() {
        List<Event> events = events("Tanzanian Foreign Minister Amina Said visited Nairobi on Monday. Kenya's "
                + "president said on Friday that his government would recall its ambassador from Uganda.");
        assertThat(events).extracting(e -> e.type(), e -> e.source().country(), e -> e.source().text(),
                        e -> e.target().country())
                .contains(tuple(PloverType.SANCTION, "KEN", "his government", "UGA"))
                .noneMatch(t -> "TZA".equals(t.toList().get(1)) && "his government".equals(t.toList().get(2)));
    }

    @Test
    void anActAimedAtARelativePronounGetsNoTargetFromTheDocumentsTopic() {
        List<Event> events = events("Argentina expelled a Chilean diplomat on Monday. \"We remain ready to talk "
                + "with those with whom we disagree,\" said Camila Rojas, a spokeswoman for the Chilean foreign ministry.");
        assertThat(events).noneMatch(e -> e.type() == PloverType.ACCUSE && "CHL".equals(e.source().country()));
    }
}
