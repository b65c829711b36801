package dyad.extract.letters;

import static dyad.extract.letters.Letters.mention;
import static org.assertj.core.api.Assertions.assertThat;

import dyad.extract.actors.EntryKind;
import dyad.extract.actors.Mention;
import dyad.extract.dates.DateExpressionFinder;
import dyad.model.Actor;
import dyad.model.Document;
import dyad.model.EventDate;
import dyad.model.LetterReference;
import dyad.model.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Earlier letters a letter cites: their date, recipients, and whether they were answered. */
class ReferenceReaderTest {

    private static final EventDate WRITTEN = EventDate.day(LocalDate.of(2026, 1, 8));

    /** The references of a letter: the text follows a salutation, so that it reads as one. */
    private static List<LetterReference> references(String text, List<Mention> mentions) {
        return Letters.read(text, WRITTEN, mentions).orElseThrow().letter().references();
    }

    private static Mention minister(String text, String surname) {
        return mention(text, surname, "", "Minister " + surname, "CAN", Role.GOV, EntryKind.PERSON);
    }

    @Test
    void readsTheDateRecipientsAndMissingReplyOfAnEarlierLetter() {
        String text = """
                Dear Prime Minister,

                2. We reiterate the calls in our letter to Ministers Anand, McGuinty and Sidhu of November 13, 2025 \
                for Canada to suspend intelligence sharing. We are dismayed that two months later, we have received \
                no reply to our letter from your ministers.
                """;
        List<Mention> mentions = List.of(minister(text, "Anand"), minister(text, "McGuinty"), minister(text, "Sidhu"),
                mention(text, "Canada", "", "Government of Canada", "CAN", Role.GOV, EntryKind.COUNTRY));
        List<LetterReference> refs = references(text, mentions);
        assertThat(refs).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.day(LocalDate.of(2025, 11, 13)));
            // Named between "letter" and its date; Canada, after the date, is what the letter asked of.
            assertThat(ref.recipients()).extracting(Actor::text).containsExactly("Anand", "McGuinty", "Sidhu");
            assertThat(ref.recipients()).extracting(Actor::start).containsExactly(
                    text.indexOf("Anand"), text.indexOf("McGuinty"), text.indexOf("Sidhu"));
            assertThat(ref.replied()).isFalse();
        });
    }

    @Test
    void aReplyMentionedInTheParagraphMakesItAnswered() {
        String text = "Dear Ms. Ortiz,\n\nThank you for your reply to our letter of March 3, 2024 to the Minister.\n\n"
                + "No response to others.";
        assertThat(references(text, List.of())).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.day(LocalDate.of(2024, 3, 3)));
            assertThat(ref.recipients()).isEmpty();
            // "No response" is in the next paragraph, not this one.
            assertThat(ref.replied()).isTrue();
        });
    }

    @Test
    void aLetterWhoseParagraphSaysNothingOfAReplyHasAnUnknownReply() {
        String text = "Dear Minister,\n\nIn a letter sent in June 2023 we raised the same concerns.";
        assertThat(references(text, List.of())).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.month(java.time.YearMonth.of(2023, 6)));
            assertThat(ref.replied()).isNull();
        });
    }

    @Test
    void lettersListedTogetherAreEachAReference() {
        String text = "Dear Minister,\n\nWe wrote to you on 3 March 2025 and on 5 May 2025. We have received no reply.\n";
        assertThat(references(text, List.of())).extracting(LetterReference::date, LetterReference::replied).containsExactly(
                org.assertj.core.api.Assertions.tuple(EventDate.day(LocalDate.of(2025, 3, 3)), false),
                org.assertj.core.api.Assertions.tuple(EventDate.day(LocalDate.of(2025, 5, 5)), false));
        String plural = "Dear Minister,\n\nOur letters of 3 March 2025 and 5 May 2025 remain unanswered.\n";
        assertThat(references(plural, List.of())).hasSize(2).allMatch(r -> Boolean.FALSE.equals(r.replied()));
    }

    @Test
    void aLetterMentionedWithoutADateIsNotAReference() {
        assertThat(references("Dear Minister,\n\nWe attach our letter for your information.", List.of())).isEmpty();
    }

    @Test
    void theLettersOwnHeadingIsNotAnEarlierLetter() {
        String text = "Open Letter to Prime Minister Mark Carney, January 8, 2026\n\nDear Prime Minister,\n";
        assertThat(references(text, List.of())).isEmpty();
        String withArticle = "**An Open Letter to Prime Minister Mark Carney, January 8, 2026**\n\nDear Prime Minister,\n";
        assertThat(references(withArticle, List.of())).isEmpty();
        // Near the top but inside a line, or "our letter" opening one: a citation, not the title.
        String cited = "Dear Minister,\n\nOur letter to you of May 2, 2025 is still unanswered.\n";
        assertThat(references(cited, List.of())).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.day(LocalDate.of(2025, 5, 2)));
            assertThat(ref.replied()).isFalse();
        });
    }

    @Test
    void aPetitionToldAsAVerbIsAnEarlierLetterToWhomItNames() {
        String text = """
                Dear Speaker,

                In March 2024 we petitioned the Senate of Kenya; the petition was referred to a committee and has                 not been heard.

                We urge you to schedule a hearing.
                """;
        List<Mention> mentions = List.of(mention(text, "Senate of Kenya", "", "Senate of Kenya", "KEN", Role.LEG,
                EntryKind.ORGANIZATION));
        assertThat(references(text, mentions)).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.month(java.time.YearMonth.of(2024, 3)));
            assertThat(ref.recipients()).extracting(Actor::name, Actor::country).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Senate of Kenya", "KEN"));
        });
    }

    @Test
    void aPersonAfterTheirOfficeIsTheRecipientThoughTheMentionBeginsAtTheOffice() {
        String text = """
                Dear Secretary-General,

                On 3 May 2024 we wrote to the Secretary-General of ASEAN, Dr Lim Jock Hoi, asking for a mediation \
                mechanism. We have received no reply.
                """;
        String written = "Secretary-General of ASEAN, Dr Lim Jock Hoi";
        int start = text.indexOf(written);
        Mention person = new Mention(0, 0, new Actor(written, start, start + written.length(), "Lim Jock Hoi", null,
                "ASEAN", Role.IGO), EntryKind.PERSON, null);
        assertThat(references(text, List.of(person))).singleElement().satisfies(ref -> {
            assertThat(ref.date()).isEqualTo(EventDate.day(LocalDate.of(2024, 5, 3)));
            assertThat(ref.recipients()).extracting(Actor::name, Actor::org).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Lim Jock Hoi", "ASEAN"));
        });
    }
}
