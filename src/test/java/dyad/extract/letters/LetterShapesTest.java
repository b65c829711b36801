package dyad.extract.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dyad.extract.SharedModels;
import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.PloverType;
import dyad.model.Record;
import dyad.model.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Open letters of the common shapes, end to end: who signed them, to whom, what they demand
 * (text and offsets), the earlier letters they cite, and the REQUEST events of the signatories.
 * The letters are written for these tests.
 */
class LetterShapesTest {

    private static List<Record> extract(String text, LocalDate written) {
        return SharedModels.get().extractor().extract(new Document("letter.txt", text, EventDate.day(written)));
    }

    private static Optional<Letter> letter(List<Record> records) {
        return records.stream().filter(Letter.class::isInstance).map(Letter.class::cast).findFirst();
    }

    private static List<Event> requests(List<Record> records) {
        return records.stream().filter(Event.class::isInstance).map(Event.class::cast)
                .filter(e -> e.type() == PloverType.REQUEST).toList();
    }

    /** A demand's text is the document between its offsets, and is the item without its marker. */
    private static void assertDemand(String text, Demand d, String expected) {
        assertThat(d.text()).isEqualTo(expected);
        assertThat(d.start()).isEqualTo(text.indexOf(expected));
        assertThat(text.substring(d.start(), d.end())).isEqualTo(expected);
    }

    // ---- a "To:" block naming an office, bullets after "We therefore request:", signatories on one line ----

    private static final String JAPAN = """
            15 May 2024

            To: The Prime Minister of Japan
            Prime Minister's Office, Tokyo

            Dear Prime Minister,

            We, the undersigned organisations, write to you about the detention of asylum seekers in Japan's \
            immigration centres.

            On 3 March 2024 we wrote to you asking that the Government release the detained families. To date we \
            have heard nothing.

            We therefore request:

            • That Japan end the indefinite detention of asylum seekers;
            • That the Government publish the number of people held in each centre.

            Signed: Japan Association for Refugees (Japan), Refugee Council of Australia (Australia) and Asia \
            Pacific Refugee Rights Network (Thailand)
            """;

    @Test
    void aToBlockNamingAnOfficeIsAddressedToItsHolderAndBulletsAreDemands() {
        List<Record> records = extract(JAPAN, LocalDate.of(2024, 5, 15));
        Letter l = letter(records).orElseThrow();
        assertThat(l.recipients()).extracting(Actor::name, Actor::country, Actor::role)
                .containsExactly(tuple("Fumio Kishida", "JPN", Role.GOV));
        // Signatories listed on the "Signed:" line, each placed by the state in its parentheses.
        assertThat(l.authors()).extracting(Actor::name, Actor::country, Actor::role).containsExactly(
                tuple("Japan Association for Refugees", "JPN", Role.CSO),
                tuple("Refugee Council of Australia", "AUS", Role.CSO),
                tuple("Asia Pacific Refugee Rights Network", "THA", Role.CSO));
        assertThat(l.demands()).hasSize(2);
        assertDemand(JAPAN, l.demands().get(0), "That Japan end the indefinite detention of asylum seekers;");
        assertDemand(JAPAN, l.demands().get(1), "That the Government publish the number of people held in each centre.");
        assertThat(l.demands()).extracting(d -> d.addressee().country()).containsExactly("JPN", "JPN");
        // "To date we have heard nothing": unanswered.
        assertThat(l.references()).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.day(LocalDate.of(2024, 3, 3)));
            assertThat(ref.replied()).isFalse();
            assertThat(ref.recipients()).extracting(Actor::name).containsExactly("Fumio Kishida");
        });
        // Signatories of three states are "we" of no state; they ask Japan now, and asked it on 3 March.
        List<Event> requests = requests(records);
        assertThat(requests).allSatisfy(e -> {
            assertThat(e.source().country()).isNull();
            assertThat(e.target().country()).isEqualTo("JPN");
        });
        assertThat(requests).extracting(e -> e.evidence().text()).contains(
                "That Japan end the indefinite detention of asylum seekers;",
                "We therefore request:");
        assertThat(requests).filteredOn(e -> e.date().equals(EventDate.day(LocalDate.of(2024, 3, 3)))).isNotEmpty();
    }

    // ---- an honoured address block, "Your Excellency,", lettered demands, "Name – Country" signatories ----

    private static final String COLOMBIA = """
            His Excellency Gustavo Petro Urrego
            President of the Republic of Colombia
            Casa de Nariño, Bogotá

            10 April 2025

            Your Excellency,

            We write as Colombian and international human rights organisations about the killing of social leaders.

            We thank you for your reply of 20 February 2025 to our letter of 2 February 2025, and for the meeting \
            that followed.

            We respectfully urge Your Excellency to:

            (a) Order the police to protect social leaders in Cauca;
            (b) Invite the Special Rapporteur on human rights defenders to return.

            Yours sincerely,

            Comisión Colombiana de Juristas – Colombia
            Dejusticia – Colombia
            Washington Office on Latin America – United States
            Ana María Restrepo, Director, Fundación Paz y Reconciliación, Bogotá
            """;

    @Test
    void anHonouredAddressBlockLetteredDemandsAndSignatoriesPlacedAfterADash() {
        List<Record> records = extract(COLOMBIA, LocalDate.of(2025, 4, 10));
        Letter l = letter(records).orElseThrow();
        assertThat(l.recipients()).extracting(Actor::name, Actor::country, Actor::role)
                .containsExactly(tuple("Gustavo Petro", "COL", Role.GOV));
        assertThat(l.authors()).extracting(Actor::name, Actor::country, Actor::role).containsExactly(
                tuple("Comisión Colombiana de Juristas", "COL", Role.CSO),
                tuple("Dejusticia", "COL", Role.CSO),
                tuple("Washington Office on Latin America", "USA", Role.CSO),
                tuple("Ana María Restrepo", "COL", Role.CSO));
        assertThat(l.demands()).extracting(Demand::n).containsExactly(1, 2);
        assertDemand(COLOMBIA, l.demands().get(0), "Order the police to protect social leaders in Cauca;");
        assertDemand(COLOMBIA, l.demands().get(1), "Invite the Special Rapporteur on human rights defenders to return.");
        // "Your Excellency" in the lead-in is whom every item asks.
        assertThat(l.demands()).extracting(d -> d.addressee().name()).containsOnly("Gustavo Petro");
        assertThat(l.references()).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.day(LocalDate.of(2025, 2, 2)));
            assertThat(ref.replied()).isTrue();
        });
        // The lead-in names the President; the items do not, so only the lead-in is a REQUEST of its own.
        assertThat(requests(records)).extracting(e -> e.evidence().text(), e -> e.target().country())
                .contains(tuple("We respectfully urge Your Excellency to:", "COL"));
        assertThat(requests(records)).noneMatch(e -> e.evidence().text().startsWith("Order the police"));
    }

    // ---- a salutation naming a minister, "We urge you to" paragraphs, signatories with titles ----

    private static final String SOUTH_AFRICA = """
            Dear Minister Lamola,

            We write as South African human rights and faith organisations about arms exports to the parties to \
            the war in Sudan.

            In our petition to the Department last year we asked for the register of export permits to be \
            published. It remains unanswered.

            We urge you to suspend every export permit for military goods bound for the Rapid Support Forces or \
            their suppliers. Sudan's civilians cannot wait.

            We further call on the Government to publish the register of permits every quarter.

            We would welcome the opportunity to discuss these requests with you.

            Yours faithfully,

            Prof. Thandiwe Mokoena
            Chairperson, Lawyers for Human Rights
            Sipho Dlamini
            Director, Ceasefire Campaign
            """;

    @Test
    void urgingParagraphsAreDemandsAndTitledPeopleSign() {
        List<Record> records = extract(SOUTH_AFRICA, LocalDate.of(2025, 2, 14));
        Letter l = letter(records).orElseThrow();
        // "Dear Minister Lamola": the minister of that name in office.
        assertThat(l.recipients()).extracting(Actor::name, Actor::country, Actor::role)
                .containsExactly(tuple("Ronald Lamola", "ZAF", Role.GOV));
        // People sign; the line under each is their title. Their state is the one "we" names.
        assertThat(l.authors()).extracting(Actor::name, Actor::country, Actor::role).containsExactly(
                tuple("Thandiwe Mokoena", "ZAF", Role.CSO),
                tuple("Sipho Dlamini", "ZAF", Role.CSO));
        assertThat(l.demands()).hasSize(2);
        // A demand runs to its paragraph's end, the sentence after it included.
        assertDemand(SOUTH_AFRICA, l.demands().get(0), "We urge you to suspend every export permit for military goods "
                + "bound for the Rapid Support Forces or their suppliers. Sudan's civilians cannot wait.");
        assertDemand(SOUTH_AFRICA, l.demands().get(1),
                "We further call on the Government to publish the register of permits every quarter.");
        assertThat(l.demands().get(0).addressee().name()).isEqualTo("Ronald Lamola");
        assertThat(l.demands().get(1).addressee().name()).isEqualTo("Government of South Africa");
        // "in our petition … last year … It remains unanswered."
        assertThat(l.references()).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.year(2024));
            assertThat(ref.replied()).isFalse();
        });
        // Each demand, and the wish to meet, asks South Africa; the signatories are South African.
        List<Event> requests = requests(records);
        assertThat(requests).extracting(e -> e.source().country(), e -> e.target().country())
                .contains(tuple("ZAF", "ZAF"));
        assertThat(requests).extracting(e -> e.evidence().text()).contains(
                "We further call on the Government to publish the register of permits every quarter.",
                "We would welcome the opportunity to discuss these requests with you.");
    }

    // ---- a coalition describing itself, numbered demands with their own subjects, a letter to two leaders ----

    private static final String COALITION = """
            **Open letter to the Presidents of Armenia and Azerbaijan: sign the peace treaty**

            3 June 2025

            Dear President Khachaturyan and President Aliyev,

            We, the members of the South Caucasus Peace Network and partner organisations, write to you as talks \
            on the peace treaty stall.

            Our letter of 5 November 2024 remains unanswered.

            We call on you both to act on the following:

            1. Armenia and Azerbaijan should sign the treaty text agreed in March.
            2. Both Governments should open the border crossings to civilian traffic.

            The South Caucasus Peace Network is a coalition of civil society groups from Armenia, Azerbaijan and \
            Georgia.
            """;

    @Test
    void aCoalitionSpeakingAsWeAndDemandsNamingTheirSubjects() {
        List<Record> records = extract(COALITION, LocalDate.of(2025, 6, 3));
        Letter l = letter(records).orElseThrow();
        assertThat(l.recipients()).extracting(Actor::country).contains("ARM", "AZE");
        // The network speaks as "we"; it names three states, so it is of none.
        assertThat(l.authors()).extracting(Actor::name, Actor::country, Actor::role)
                .containsExactly(tuple("South Caucasus Peace Network", null, Role.CSO));
        assertThat(l.demands()).hasSize(2);
        assertDemand(COALITION, l.demands().get(0), "Armenia and Azerbaijan should sign the treaty text agreed in March.");
        assertDemand(COALITION, l.demands().get(1), "Both Governments should open the border crossings to civilian traffic.");
        assertThat(l.references()).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.day(LocalDate.of(2024, 11, 5)));
            assertThat(ref.replied()).isFalse();
        });
        // "Both Governments" and "Armenia and Azerbaijan": a REQUEST to each state.
        assertThat(requests(records)).filteredOn(e -> e.evidence().text().startsWith("Both Governments"))
                .extracting(e -> e.target().country()).containsExactlyInAnyOrder("ARM", "AZE");
        assertThat(requests(records)).filteredOn(e -> e.evidence().text().startsWith("Armenia and Azerbaijan"))
                .extracting(e -> e.target().country()).containsExactlyInAnyOrder("ARM", "AZE");
    }

    // ---- a petition with no salutation: "To the office, Name", "We, the undersigned …, call on", "Signed by:" ----

    private static final String PETITION = """
            PETITION TO THE FEDERAL PRESIDENT OF GERMANY

            To the Federal President, Frank-Walter Steinmeier
            Bellevue Palace, Berlin

            We, the undersigned citizens and associations, call on the Federal President to refuse to sign the new             asylum law until the Federal Constitutional Court has reviewed it.

            In our petition to the Federal President last year we asked for the same review. It remains unanswered.

            Signed by:
            Pro Asyl – Germany
            Refugee Law Clinic Berlin – Germany
            Jesuit Refugee Service – Germany
            """;

    @Test
    void aPetitionWithoutSalutationAddressedByOfficeThenName() {
        List<Record> records = extract(PETITION, LocalDate.of(2025, 3, 20));
        Letter l = letter(records).orElseThrow();
        assertThat(l.recipients()).extracting(Actor::name, Actor::country, Actor::role)
                .containsExactly(tuple("Frank-Walter Steinmeier", "DEU", Role.GOV));
        assertThat(l.authors()).extracting(Actor::name, Actor::country).containsExactly(
                tuple("Pro Asyl", "DEU"), tuple("Refugee Law Clinic Berlin", "DEU"), tuple("Jesuit Refugee Service", "DEU"));
        assertThat(l.demands()).singleElement().satisfies(d -> {
            assertThat(d.text()).startsWith("We, the undersigned citizens and associations, call on the Federal President")
                    .endsWith("has reviewed it.");
            assertThat(d.addressee().name()).isEqualTo("Frank-Walter Steinmeier");
        });
        assertThat(l.references()).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.year(2024));
            assertThat(ref.replied()).isFalse();
        });
        assertThat(requests(records)).extracting(e -> e.source().country(), e -> e.target().country())
                .contains(tuple("DEU", "DEU"));
    }

    // ---- two "To:" lines to officials of an international body, "On behalf of:" ----

    @Test
    void officialsOfAnInternationalBodyAndSignatoriesOnBehalfOf() {
        String text = """
                To: Ms Ursula von der Leyen, President of the European Commission
                To: Mr Charles Michel, President of the European Council

                Dear President von der Leyen, dear President Michel,

                We write ahead of the summit with the Community of Latin American and Caribbean States.

                Our letter of 4 April 2023 received no response.

                We call on the European Union to:

                - suspend the negotiations on the migration partnership with Tunisia;
                - publish the human rights impact assessment of the partnership.

                On behalf of:

                EuroMed Rights (Denmark)
                Oxfam EU Advocacy Office (Belgium)
                """;
        Letter l = letter(extract(text, LocalDate.of(2023, 6, 14))).orElseThrow();
        // Officials of the EU: no state, the organisation's code.
        assertThat(l.recipients()).extracting(Actor::name, Actor::country, Actor::org, Actor::role).containsExactly(
                tuple("Ursula von der Leyen", null, "EUR", Role.IGO), tuple("Charles Michel", null, "EUR", Role.IGO));
        assertThat(l.authors()).extracting(Actor::name, Actor::country)
                .containsExactly(tuple("EuroMed Rights", "DNK"), tuple("Oxfam EU Advocacy Office", "BEL"));
        assertThat(l.demands()).extracting(Demand::text).containsExactly(
                "suspend the negotiations on the migration partnership with Tunisia;",
                "publish the human rights impact assessment of the partnership.");
        assertThat(l.references()).singleElement().satisfies(ref -> assertThat(ref.replied()).isFalse());
    }

    // ---- "you" is the recipient; what "you" are asked to do is not an event yet ----

    @Test
    void youIsTheRecipientAndTheActAskedOfYouIsNoEvent() {
        String text = """
                Dear Prime Minister Ishiba,

                We write as Japanese peace organisations.

                In January you met President Yoon in Seoul, and we welcomed that visit.

                We urge you to press Seoul for a joint inquiry into the wartime labour cases.

                Yours sincerely,

                Peace Boat
                """;
        List<Record> records = extract(text, LocalDate.of(2025, 2, 1));
        Letter l = letter(records).orElseThrow();
        assertThat(l.recipients()).extracting(Actor::name).containsExactly("Shigeru Ishiba");
        List<Event> events = records.stream().filter(Event.class::isInstance).map(Event.class::cast).toList();
        // "you met President Yoon": the Prime Minister of Japan met the President of Korea.
        assertThat(events).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(PloverType.CONSULT);
            assertThat(e.source().text()).isEqualTo("you");
            assertThat(e.source().country()).isEqualTo("JPN");
            assertThat(e.target().country()).isEqualTo("KOR");
        });
        // The signatories ask Japan; Japan pressing Seoul is what they ask, not something that happened.
        String demand = "We urge you to press Seoul for a joint inquiry into the wartime labour cases.";
        assertThat(events).filteredOn(e -> e.evidence().text().equals(demand))
                .extracting(e -> e.type(), e -> e.source().country(), e -> e.target().country())
                .containsExactly(tuple(PloverType.REQUEST, "JPN", "JPN"));
    }

    // ---- a network signing "On behalf of", under a sign-off ----

    @Test
    void aBodySigningOnBehalfOfItselfIsTheAuthorWithoutTheCue() {
        String text = """
                Joint letter: Peru must stop the expulsions of Haitian migrants

                Lima, 4 April 2025

                To: H.E. the President of the Republic of Peru

                Your Excellency,

                We urge you to halt the expulsions of Haitian migrants at the border with Chile.

                Respectfully,

                On behalf of the Andean Migrant Defenders Network
                """;
        Letter l = letter(extract(text, LocalDate.of(2025, 4, 4))).orElseThrow();
        assertThat(l.authors()).extracting(Actor::name).containsExactly("Andean Migrant Defenders Network");
        assertThat(l.authors().get(0).text()).isEqualTo("Andean Migrant Defenders Network");
    }

    @Test
    void aSentenceUnderTheSignaturesIsAPostscriptNotASignatory() {
        String text = """
                Dear Minister,

                We urge Kenya to press Uganda to release the journalists held in Kampala.

                Yours sincerely,

                East Africa Press Freedom Network
                Centre for Media Studies of Nairobi
                We look forward to your reply and to meeting you in Nairobi.
                """;
        Letter l = letter(extract(text, LocalDate.of(2025, 3, 1))).orElseThrow();
        assertThat(l.authors()).extracting(Actor::text)
                .containsExactly("East Africa Press Freedom Network", "Centre for Media Studies of Nairobi");
    }

    @Test
    void aStateTheSignatoriesAskForIsNotTheirs() {
        String text = """
                Open letter to the President of Senegal

                Dear Mr President,

                We urge you to ask the Government of Mali to release the detained Senegalese truck drivers.

                Yours faithfully,

                Sahel Road Workers Alliance
                """;
        Letter l = letter(extract(text, LocalDate.of(2025, 4, 4))).orElseThrow();
        // Not Mali, the state asked for; placed nowhere else, the alliance takes the state of the government it writes to.
        assertThat(l.authors()).extracting(Actor::name, Actor::country)
                .containsExactly(tuple("Sahel Road Workers Alliance", "SEN"));
        String placed = text.replace("We urge you", "We, Senegalese unions and transport groups, urge you");
        assertThat(letter(extract(placed, LocalDate.of(2025, 4, 4))).orElseThrow().authors())
                .extracting(Actor::country).containsExactly("SEN");
    }

    @Test
    void theMinisterAnEarlierLetterAskedIsNotTheOneAsking() {
        String text = """
                Open letter to the Prime Minister of New Zealand

                Dear Prime Minister,

                On 2 February 2025 we wrote to the Minister of Foreign Affairs, Winston Peters, asking for a review \
                of fishing licences granted to Chinese vessels. We have received no reply.

                We urge you to order that review now.

                Yours sincerely,

                Pacific Fisheries Watch
                """;
        List<Event> asks = requests(extract(text, LocalDate.of(2025, 5, 1)));
        // The watch, placed nowhere else, is of the state whose government it writes to.
        assertThat(asks).extracting(e -> e.source().country(), e -> e.target().country(), e -> e.date().value())
                .containsExactlyInAnyOrder(tuple("NZL", "NZL", "2025-02-02"), tuple("NZL", "NZL", "2025-05-01"));
    }

    // ---- news stories about letters are not letters ----

    @Test
    void aNewsStoryMentioningALetterIsNotALetter() {
        String wire = """
                OTTAWA, March 3 (Wire) — Canada's foreign minister sent a letter to her Venezuelan counterpart on \
                Monday, urging the release of two detained journalists. "We call on Caracas to act," the letter said.

                The ministry said a second letter to the Venezuelan embassy would follow.
                """;
        assertThat(letter(extract(wire, LocalDate.of(2025, 3, 3)))).isEmpty();
        String headline = """
                Open letter to Trudeau signed by 300 academics

                More than 300 academics have signed an open letter to Prime Minister Justin Trudeau urging Canada to \
                recognise the State of Palestine. The letter, published on Tuesday, was organised by a group of \
                professors in Montreal.
                """;
        assertThat(letter(extract(headline, LocalDate.of(2024, 5, 21)))).isEmpty();
    }

    @Test
    void aSignedLineListsBodiesWithOneWordNamesAndASerialComma() {
        String text = """
                To: H.E. Gabriel Boric, President of the Republic of Chile

                Dear President Boric,

                We, the undersigned organisations, urge your government to protect land defenders in Araucanía.

                Signed: Observatorio Ciudadano, Ceppdi, Amnesty International, Human Rights Watch, and the \
                Latin America Working Group
                """;
        Letter l = letter(extract(text, LocalDate.of(2024, 5, 15))).orElseThrow();
        assertThat(l.authors()).extracting(Actor::name).containsExactly("Observatorio Ciudadano", "Ceppdi",
                "Amnesty International", "Human Rights Watch", "Latin America Working Group");
    }
}
