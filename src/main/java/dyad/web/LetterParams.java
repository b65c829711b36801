package dyad.web;

import dyad.accountability.LetterQuery;
import dyad.accountability.LetterState;
import dyad.accountability.TrackedLetter;
import dyad.model.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The letter filters shared by the letter pages, API, CSV export and feeds: {@code recipient},
 * {@code signatory} (text in a name), {@code state} (repeat or comma-separate), {@code country}
 * (an author's or recipient's) and {@code as_of} (the day to replay, default today).
 */
record LetterParams(LetterQuery query, String country, LocalDate asOf, String recipient, String signatory,
                    List<String> states) {

    static LetterParams of(Params params) {
        String recipient = params.text("recipient");
        String signatory = params.text("signatory");
        var states = params.enums("state", LetterState.class, code -> LetterState.valueOf(code.toUpperCase(Locale.ROOT)));
        return new LetterParams(new LetterQuery(recipient, states, signatory), params.country("country"),
                asOf(params), recipient == null ? "" : recipient, signatory == null ? "" : signatory,
                states.stream().map(LetterState::code).toList());
    }

    /** {@code as_of}, null for today. */
    static LocalDate asOf(Params params) {
        return params.date("as_of");
    }

    /** Whether the letter passes every filter. */
    Predicate<TrackedLetter> accepts() {
        return t -> query.accepts(t) && (country == null || inCountry(t.recipients()) || inCountry(t.signatories()));
    }

    private boolean inCountry(List<Actor> actors) {
        return actors.stream().anyMatch(a -> country.equals(a.country()));
    }
}
