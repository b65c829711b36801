package dyad.accountability;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.Document;
import dyad.model.Event;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.LetterReference;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Precision;
import dyad.model.Record;
import dyad.model.Role;
import dyad.model.Span;
import dyad.store.Ingested;
import java.util.ArrayList;
import java.util.List;

/**
 * Letters, replies and government statements built by hand (no models): a civil-society letter
 * of 13 November 2025 to Minister Anand with two demands, and the documents that answer it.
 * Public for the web tests, which show the same letters.
 */
public final class LetterFixtures {

    private LetterFixtures() {
    }

    public static final String LETTER = """
            November 13, 2025

            Open letter to Minister Anita Anand

            1. We urge Canada to condemn the U.S. strikes on Venezuela.
            2. We call on Canada to suspend intelligence sharing with the U.S. via Operation CARIBBE.

            The Peace Network is a coalition of Canadian organizations.
            """;

    public static EventDate day(String value) {
        return new EventDate(value, Precision.DAY);
    }

    public static Actor actor(String doc, String text, String name, String country, Role role) {
        int at = doc.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("'" + text + "' is not in: " + doc);
        }
        return new Actor(text, at, at + text.length(), name, country, null, role);
    }

    public static Demand demand(String doc, int n, String text, Actor addressee) {
        int at = doc.indexOf(text);
        return new Demand(n, text, addressee, text, at, at + text.length());
    }

    public static Ingested doc(String name, String date, String text, List<Record> records) {
        return Ingested.of(new Document(name, text, day(date)), "fixtures/" + name, records);
    }

    /** The letter of 13 November 2025: Peace Network to Anita Anand, demands 1 (condemn) and 2 (suspend sharing). */
    public static Ingested letter() {
        String t = LETTER;
        Actor canada = actor(t, "Canada", "Government of Canada", "CAN", Role.GOV);
        int second = t.indexOf("Canada", t.indexOf("call on"));
        Actor canada2 = new Actor("Canada", second, second + 6, "Government of Canada", "CAN", null, Role.GOV);
        return doc("letter.txt", "2025-11-13", t, List.of(new Letter("letter.txt", day("2025-11-13"),
                List.of(actor(t, "The Peace Network", "Peace Network", "CAN", Role.CSO)),
                List.of(actor(t, "Minister Anita Anand", "Anita Anand", "CAN", Role.GOV)),
                List.of(demand(t, 1, "We urge Canada to condemn the U.S. strikes on Venezuela.", canada),
                        demand(t, 2, "We call on Canada to suspend intelligence sharing with the U.S. via Operation CARIBBE.",
                                canada2)),
                List.of())));
    }

    /** A reply from Anita Anand to the Peace Network citing a letter of {@code cited}, with the given body. */
    public static Ingested reply(String name, String date, String cited, String body) {
        String t = "Dear Peace Network,\n\nThank you for your letter of " + cited + ". " + body
                + "\n\nSincerely,\nMinister Anita Anand\n";
        return doc(name, date, t, List.of(new Letter(name, day(date),
                List.of(actor(t, "Minister Anita Anand", "Anita Anand", "CAN", Role.GOV)),
                List.of(actor(t, "Peace Network", "Peace Network", "CAN", Role.CSO)),
                List.of(), List.of(new LetterReference(day(cited), List.of(), true)))));
    }

    /** A later letter by the Peace Network citing the 13 November letter as unanswered. */
    public static Ingested noReplyLetter(String date) {
        String t = "Open letter to Prime Minister Mark Carney\n\nWe have received no reply to our letter to"
                + " Minister Anand of November 13, 2025.\n\nThe Peace Network is a coalition.\n";
        return doc("reminder.txt", date, t, List.of(new Letter("reminder.txt", day(date),
                List.of(actor(t, "The Peace Network", "Peace Network", "CAN", Role.CSO)),
                List.of(actor(t, "Prime Minister Mark Carney", "Mark Carney", "CAN", Role.GOV)),
                List.of(),
                List.of(new LetterReference(day("2025-11-13"),
                        List.of(actor(t, "Minister Anand", "Anita Anand", "CAN", Role.GOV)), false)))));
    }

    /** A follow-up with a demand, its signatories not recognised, thanking for the answer to the 13 November letter. */
    public static Ingested thanksLetter(String date) {
        String t = "Dear Minister Anand,\n\nThank you for your reply to our letter of November 13, 2025.\n\n"
                + "1. We urge Canada to condemn the U.S. strikes now.\n";
        Actor canada = actor(t, "Canada", "Government of Canada", "CAN", Role.GOV);
        return doc("thanks.txt", date, t, List.of(new Letter("thanks.txt", day(date), List.of(),
                List.of(actor(t, "Minister Anand", "Anita Anand", "CAN", Role.GOV)),
                List.of(demand(t, 1, "We urge Canada to condemn the U.S. strikes now.", canada)),
                List.of(new LetterReference(day("2025-11-13"), List.of(), true)))));
    }

    /** A government statement: {@code sentence} states an act by Canada on {@code targetText} (a USA body). */
    public static Ingested statement(String name, String date, String sentence, PloverType type, Modality modality,
                              String targetText) {
        return statement(name, date, sentence, type, modality, targetText, "Government of the United States", "USA");
    }

    /** As above, against another target. */
    public static Ingested statement(String name, String date, String sentence, PloverType type, Modality modality,
                              String targetText, String targetName, String targetCountry) {
        String t = "Statement by the Government of Canada.\n\n" + sentence + "\n";
        List<Record> records = new ArrayList<>();
        Actor canada = actor(t, "Canada", "Government of Canada", "CAN", Role.GOV);
        int s = t.indexOf(canada.text(), t.indexOf(sentence));
        canada = new Actor("Canada", s, s + 6, "Government of Canada", "CAN", null, Role.GOV);
        Actor target = targetText == null ? new Actor(null, null, null, targetName, targetCountry, null, Role.GOV)
                : actor(t, targetText, targetName, targetCountry, Role.GOV);
        int start = t.indexOf(sentence);
        records.add(new Event(name, type, null, canada, target, day(date), modality,
                Span.of(t, start, start + sentence.length())));
        return doc(name, date, t, records);
    }
}
