package dyad.extract.letters;

import static dyad.extract.letters.Letters.mention;
import static org.assertj.core.api.Assertions.assertThat;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.extract.dates.DateExpressionFinder;
import dyad.extract.dates.DateLexicon;
import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A minister's reply to an open letter: read as a letter that cites the one it answers, signed by the minister. */
class ReplyLetterTest {

    private static final EventDate WRITTEN = EventDate.day(LocalDate.of(2025, 12, 20));

    private static final String REPLY = """
            Dear Ms. Rivera,

            Thank you for your letter of November 13, 2025, regarding Operation CARIBBE.

            Canada remains committed to international law and to working with its partners.

            Sincerely,

            The Honourable Anita Anand
            Minister of Foreign Affairs
            """;

    private static Letter extract(String text, List<Mention> mentions) {
        DateExpressionFinder dates = new DateExpressionFinder(DateLexicon.load());
        LetterExtractor.Context c = new LetterExtractor.Context(new Document("reply.txt", text, WRITTEN), mentions,
                (from, to) -> dates.find(text, from, to, WRITTEN, WRITTEN).stream()
                        .map(t -> new LetterExtractor.DatedSpan(t.span(), t.date())).toList());
        return new LetterExtractor(Letters.gazetteer(), LetterLexicon.load()).extract(c).orElseThrow();
    }

    @Test
    void aReplyCitesTheLetterItAnswersAsRepliedAndIsSignedByTheMinister() {
        List<Mention> mentions = List.of(
                mention(REPLY, "Canada", "", "Government of Canada", "CAN", Role.GOV, EntryKind.COUNTRY),
                mention(REPLY, "Anita Anand", "", "Anita Anand", "CAN", Role.GOV, EntryKind.PERSON),
                mention(REPLY, "Minister of Foreign Affairs", "", "Anita Anand", "CAN", Role.GOV, EntryKind.PERSON));
        Letter reply = extract(REPLY, mentions);
        assertThat(reply.references()).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.day(LocalDate.of(2025, 11, 13)));
            assertThat(ref.replied()).isTrue();
            assertThat(ref.recipients()).isEmpty();
        });
        // The title names the same person again: one signatory, as first written.
        assertThat(reply.authors()).extracting(Actor::text).containsExactly("Anita Anand");
        assertThat(reply.authors().get(0).start()).isEqualTo(REPLY.indexOf("Anita Anand"));
    }

    @Test
    void inResponseToYourPetitionAlsoAnswersIt() {
        String text = "Dear Petitioners,\n\nIn response to your petition of March 3, 2025, the Government has reviewed"
                + " the matter.\n";
        assertThat(extract(text, List.of()).references()).singleElement()
                .satisfies(ref -> assertThat(ref.replied()).isTrue());
    }

    @Test
    void aLetterWithSignatoryDescriptionsIgnoresItsSignOff() {
        String text = "Open letter to the Prime Minister\n\nWe urge Canada to act now on the crisis, with its partners, "
                + "before the situation deteriorates further. We have raised these concerns for many years, with "
                + "many partners, in many forums, and we will keep raising them until they are heard.\n\n"
                + "The Peace Network is a coalition of Canadian organizations.\n\nSincerely,\n\nJane Doe\n";
        List<Mention> mentions = List.of(mention(text, "Jane Doe", "", "Jane Doe", "CAN", Role.CSO, EntryKind.PERSON));
        assertThat(extract(text, mentions).authors()).extracting(Actor::name).containsExactly("Peace Network");
    }

    @Test
    void aSignatoryNameDoesNotRunAcrossLines() {
        String text = "Open letter to the Prime Minister\n\nWe urge Canada to act now on the crisis, with its partners, "
                + "before the situation deteriorates further. We have raised these concerns for many years, with "
                + "many partners, in many forums, and we will keep raising them until they are heard.\n\nJane Doe\n\n"
                + "The Peace Network is a coalition of Canadian organizations.\n";
        Letter letter = extract(text, List.of());
        assertThat(letter.authors()).extracting(Actor::text).containsExactly("The Peace Network");
        assertThat(letter.authors().get(0).start()).isEqualTo(text.indexOf("The Peace Network"));
    }
}
