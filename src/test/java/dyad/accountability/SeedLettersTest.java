package dyad.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Actor;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance: the sample letter of 8 January 2026 as extracted, tracked as of that day. */
class SeedLettersTest {

    @TempDir
    Path folder;

    private static final LocalDate JAN_8 = LocalDate.of(2026, 1, 8);

    @Test
    void theJanuaryLetterHasThreeOpenDemandsAndTheNovemberLetterIsUnansweredAndOverdue() {
        try (TrackingStore s = new TrackingStore(folder, SeedLetters.january8())) {
            List<TrackedLetter> letters = s.service.letters(LetterQuery.ALL, JAN_8);
            assertThat(letters).hasSize(2);

            TrackedLetter january = letters.get(0);
            assertThat(january.sent()).isEqualTo(JAN_8);
            assertThat(january.state()).isEqualTo(LetterState.AWAITING_REPLY);
            assertThat(january.recipients()).extracting(Actor::name).containsExactly("Mark Carney");
            assertThat(january.demands()).extracting(d -> d.demand().n()).containsExactly(1, 2, 3);
            assertThat(january.demands()).extracting(TrackedDemand::state).containsOnly(DemandState.OPEN);

            TrackedLetter november = letters.get(1);
            assertThat(november.cited()).isTrue();
            assertThat(november.sent()).isEqualTo(LocalDate.of(2025, 11, 13));
            assertThat(november.recipients()).extracting(Actor::name)
                    .containsExactly("Anita Anand", "David McGuinty", "Maninder Sidhu");
            assertThat(november.signatories()).extracting(Actor::name).containsExactly("Americas Policy Group", "Common Frontiers");
            assertThat(november.state()).isEqualTo(LetterState.OVERDUE);
            assertThat(november.daysWaiting()).isEqualTo(56);
            assertThat(november.daysOverdue()).isEqualTo(26);
            assertThat(november.noReplyClaims()).containsExactly(new NoReplyClaim(january.id(), JAN_8));

            assertThat(s.service.overdue(JAN_8)).extracting(TrackedLetter::id).containsExactly(november.id());
            assertThat(s.service.letters(new LetterQuery("mcguinty", java.util.Set.of(), "frontiers"), JAN_8))
                    .extracting(TrackedLetter::id).containsExactly(november.id());
        }
    }

    @Test
    void theCsvExportHasAHeaderAndOneRowPerLetter() throws Exception {
        try (TrackingStore s = new TrackingStore(folder, SeedLetters.january8())) {
            StringBuilder csv = new StringBuilder();
            s.service.exportCsv(LetterQuery.ALL, JAN_8, csv);
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.toString())).getRecords();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get("demands")).isEqualTo("1:open; 2:open; 3:open");
            assertThat(rows.get(1).get("recipients")).isEqualTo("Anita Anand, David McGuinty, Maninder Sidhu");
            assertThat(rows.get(1).get("state")).isEqualTo("overdue");
            assertThat(rows.get(1).get("days_waiting")).isEqualTo("56");
        }
    }
}
