package dyad.web;

import dyad.accountability.LetterFixtures;
import dyad.model.Actor;
import dyad.model.Letter;
import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.model.Role;
import dyad.store.Ingested;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The letters the letter web tests track, beside the web corpus (whose 8 January letter is overdue and
 * cites an unanswered one of 13 November 2025): the accountability fixtures' letter to Minister Anand
 * (demand 1 met by a condemnation; acknowledged, then refused: conflicting answers), a reply citing no
 * tracked letter, and a letter whose names and demand carry markup.
 */
final class LetterDesk {

    private LetterDesk() {
    }

    static final String HOSTILE_NAME = "letters/<script>alert('name')</script>.txt";

    static final String HOSTILE = """
            Open letter to <b>Minister</b> "X", 1 October 2025.
            1. We urge Canada to <img src=x onerror=alert(1)> stop.
            Signed: <script>alert('sig')</script> & friends.
            """;

    static WebHarness harness(Path folder) {
        return harness(folder, new Ingested[0]);
    }

    /** {@link #harness(Path)} with further documents. */
    static WebHarness harness(Path folder, Ingested... more) {
        List<Ingested> documents = new ArrayList<>(List.of(LetterFixtures.letter(),
                LetterFixtures.statement("condemn.txt", "2026-01-10", "Canada condemned the U.S. strikes.", PloverType.ACCUSE,
                        Modality.ASSERTED, "U.S."),
                LetterFixtures.reply("ack.txt", "2025-11-20", "2025-11-13",
                        "I acknowledge receipt of your letter and will respond in due course."),
                LetterFixtures.reply("refuse.txt", "2025-12-20", "2025-11-13", "Canada is unable to accede to your request."),
                LetterFixtures.reply("stray.txt", "2025-12-01", "2024-05-05", "Canada remains committed to international law."),
                hostile()));
        documents.addAll(List.of(more));
        return new WebHarness(folder, documents.toArray(Ingested[]::new));
    }

    static Ingested hostile() {
        String t = HOSTILE;
        String demand = "We urge Canada to <img src=x onerror=alert(1)> stop.";
        Actor canada = LetterFixtures.actor(t, "Canada", "Government of Canada", "CAN", Role.GOV);
        return LetterFixtures.doc(HOSTILE_NAME, "2025-10-01", t, List.of(new Letter(HOSTILE_NAME,
                LetterFixtures.day("2025-10-01"),
                List.of(LetterFixtures.actor(t, "<script>alert('sig')</script>", "<script>alert('sig')</script> & Co", "CAN", Role.CSO)),
                List.of(LetterFixtures.actor(t, "<b>Minister</b> \"X\"", "<b>Minister</b> \"X\"", "CAN", Role.GOV)),
                List.of(LetterFixtures.demand(t, 1, demand, canada)), List.of())));
    }

    /** The id of the letter stored from document {@code doc} (not one known from a citation). */
    static String id(WebHarness web, String doc) {
        return web.letters.track(null).letters().stream().filter(t -> !t.cited() && t.letter().doc().equals(doc))
                .findFirst().orElseThrow().id();
    }
}
