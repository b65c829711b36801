package dyad.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Actor;
import dyad.model.Demand;
import dyad.model.EventDate;
import dyad.model.Letter;
import dyad.model.PloverType;
import dyad.model.Role;
import dyad.store.EventFilter;
import dyad.store.RecordKey;
import dyad.store.Stored;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tracking fetches only the events a letter's demands could use: by addressee state, type and window. */
class DemandCandidatesTest {

    private static final Set<PloverType> TYPES = Set.of(PloverType.PROTEST, PloverType.REJECT);
    private static final String TEXT = "1. We urge Canada to act. 2. We urge Peru to act. 3. We urge them to act.";

    private static Stored<Letter> letter(int id, EventDate sent, Actor... addressees) {
        List<Demand> demands = new ArrayList<>();
        for (Actor a : addressees) {
            demands.add(LetterFixtures.demand(TEXT, demands.size() + 1, "We urge Canada to act.", a));
        }
        return new Stored<>(new RecordKey(id, 0), "h" + id, new Letter("l" + id, sent, List.of(), List.of(), demands,
                List.of()));
    }

    @Test
    void oneFilterPerAddresseeStateSpanningItsLettersWindows() {
        Actor canada = LetterFixtures.actor(TEXT, "Canada", "Government of Canada", "CAN", Role.GOV);
        Actor peru = LetterFixtures.actor(TEXT, "Peru", "Government of Peru", "PER", Role.GOV);
        Actor nobody = new Actor("them", 53, 57, "them", null, null, Role.CVL);
        List<Stored<Letter>> letters = List.of(
                letter(1, LetterFixtures.day("2026-01-08"), canada, nobody),
                letter(2, LetterFixtures.day("2025-11-13"), canada),
                letter(3, LetterFixtures.day("2024-06-01"), peru),
                letter(4, EventDate.UNKNOWN, peru),
                letter(5, LetterFixtures.day("2026-03-01"), peru)); // sent after the day of the view

        List<EventFilter> filters = DemandCandidates.filters(letters, TYPES, 365, LocalDate.of(2026, 2, 1));

        assertThat(filters).containsExactly(
                // from the first day of the earlier letter's year to the day of the view (before either window ends)
                EventFilter.ALL.withCountry("CAN").withTypes(TYPES).between(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 1)),
                // to the end of the 365-day window
                EventFilter.ALL.withCountry("PER").withTypes(TYPES).between(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 1)));
    }

    @Test
    void lettersWithoutDemandsNeedNoEvents() {
        assertThat(DemandCandidates.filters(List.of(letter(1, LetterFixtures.day("2026-01-08"))), TYPES, 365,
                LocalDate.of(2026, 2, 1))).isEmpty();
    }
}
