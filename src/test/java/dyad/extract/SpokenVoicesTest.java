package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.model.Event;
import dyad.model.PloverType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Voices that are no quotation: in a transcript a witness's "we" is the side of the body that
 * introduced the witness names; in a statement "we" and "our country" are its issuer, named in
 * the heading or in a letterhead above it.
 */
@Tag("models")
class SpokenVoicesTest {

    private static List<Event> events(String text) {
        return SharedModels.records(text, "2024-05-06", Event.class);
    }

    private static final String HEARING = """
            HEARING ON RELATIONS WITH THE ANDEAN REGION

            STATEMENT OF TOMAS LINDQVIST, STATE SECRETARY, MINISTRY FOR FOREIGN AFFAIRS OF SWEDEN

            Mr. BERG. The committee will come to order. Mr. Lindqvist, please begin.

            Mr. LINDQVIST. Thank you, Mr. Chairman. We have demanded that Bolivia release the detained engineers.

            Mr. BERG. Thank you.
            """;

    @Test
    void aWitnessesWeIsTheStateOfTheBodyHeSpeaksFor() {
        assertThat(events(HEARING)).extracting(e -> e.type(), e -> e.source().text(), e -> e.source().country(),
                        e -> e.target().country())
                .contains(tuple(PloverType.REQUEST, "We", "SWE", "BOL"));
    }

    @Test
    void aNamedWitnessesTurnsInOralEvidence() {
        String text = """
                Oral evidence: relations with Ghana

                Witness: Karin Dahl, Minister, Ministry for Foreign Affairs of Sweden.

                Q1 Chair: Minister, what has the Government done?

                Karin Dahl: We have urged Ghana to release the two journalists.

                Q2 Chair: Thank you.
                """;
        assertThat(events(text)).extracting(e -> e.type(), e -> e.source().text(), e -> e.source().country(),
                        e -> e.target().country())
                .contains(tuple(PloverType.REQUEST, "We", "SWE", "GHA"));
    }

    @Test
    void aMembersTurnWithNoIntroductionSpeaksForNobody() {
        String text = """
                STATEMENT OF TOMAS LINDQVIST, STATE SECRETARY, MINISTRY FOR FOREIGN AFFAIRS OF SWEDEN

                Mr. BERG. We have demanded that Bolivia release the detained engineers.

                Mr. LINDQVIST. Thank you, Mr. Chairman.
                """;
        assertThat(events(text)).noneMatch(e -> "We".equals(e.source().text()) && e.source().country() != null);
    }

    @Test
    void aStatementsWeIsTheMinistryInItsHeading() {
        String text = """
                Statement by the Ministry of Foreign Affairs of Chile on the detention of Chilean nationals

                Santiago, 3 May 2024

                We have demanded that Peru release the fishermen without delay.
                """;
        assertThat(events(text)).extracting(e -> e.type(), e -> e.source().text(), e -> e.source().country(),
                        e -> e.target().country())
                .contains(tuple(PloverType.REQUEST, "We", "CHL", "PER"));
    }

    @Test
    void aStatementUnderALetterheadIsTheLetterheadsState() {
        String text = """
                REPUBLIC OF GHANA
                Ministry of Foreign Affairs

                Statement on relations with the Republic of Togo

                Accra, 3 May 2024

                1. Togo has expelled our country's ambassador without any reason. We condemn this decision.
                """;
        assertThat(events(text)).noneMatch(e -> "GHA".equals(e.target().country()) && "TGO".equals(e.source().country())
                && "our".equalsIgnoreCase(e.source().text()));
        assertThat(events(text)).extracting(e -> e.source().text(), e -> e.source().country())
                .contains(tuple("We", "GHA"));
    }

    @Test
    void aStatementsQuotationStillSpeaksForItsSpeaker() {
        String text = """
                Statement by the Ministry of Foreign Affairs of Chile

                Santiago, 3 May 2024

                "We will impose sanctions on Chile," Peru's foreign minister, Ana Torres, said on Monday.
                """;
        assertThat(events(text)).noneMatch(e -> "We".equals(e.source().text()) && "CHL".equals(e.source().country()));
    }

    @Test
    void aReportThatCitesAStatementIsNoStatement() {
        String text = """
                Chile protested on Monday after a statement by the Ministry of Foreign Affairs of Peru accused it of spying.
                We have demanded that Peru release the fishermen, the newspaper's editors wrote.
                """;
        assertThat(events(text)).noneMatch(e -> "We".equals(e.source().text()) && e.source().country() != null);
    }

    @Test
    void anIntervieweesAnswersSpeakForHisState() {
        String text = """
                Interview with the Foreign Minister of Kenya, Peter Mwangi

                Q: What has Nairobi asked of Uganda?

                A: We have demanded that Uganda withdraw its troops from the border.

                Q: Thank you.
                """;
        assertThat(events(text)).extracting(e -> e.type(), e -> e.source().text(), e -> e.source().country(),
                        e -> e.target().country())
                .contains(tuple(PloverType.REQUEST, "We", "KEN", "UGA"));
    }
}
