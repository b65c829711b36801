package dyad.accountability;

import static dyad.accountability.LetterFixtures.letter;
import static dyad.accountability.LetterFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import dyad.model.Modality;
import dyad.model.PloverType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Later government acts linked to demands as evidence, with confidence and sentence. */
class DemandEvidenceTest {

    @TempDir
    Path folder;

    private static List<TrackedDemand> demands(TrackingStore s, LocalDate asOf) {
        return s.service.letter(s.key("letter.txt"), asOf).orElseThrow().demands();
    }

    @Test
    void demandsAreClassedByTheActTheyAskFor() {
        try (TrackingStore s = new TrackingStore(folder, letter())) {
            List<TrackedDemand> d = demands(s, LocalDate.of(2025, 11, 14));
            assertThat(d).extracting(TrackedDemand::actionClasses)
                    .containsExactly(List.of("condemn"), List.of("suspend_cooperation"));
            assertThat(d).extracting(TrackedDemand::state).containsOnly(DemandState.OPEN);
        }
    }

    @Test
    void aLaterCondemnationByTheAddressedGovernmentMeetsTheDemandWithItsSentence() {
        String sentence = "Canada condemned the U.S. strikes on Venezuela as a breach of the UN Charter.";
        try (TrackingStore s = new TrackingStore(folder, letter(),
                statement("condemn.txt", "2026-01-10", sentence, PloverType.ACCUSE, Modality.ASSERTED, "U.S."))) {
            assertThat(demands(s, LocalDate.of(2026, 1, 9)).get(0).state()).isEqualTo(DemandState.OPEN);
            TrackedDemand first = demands(s, LocalDate.of(2026, 1, 10)).get(0);
            assertThat(first.state()).isEqualTo(DemandState.MET);
            assertThat(first.evidence()).singleElement().satisfies(ev -> {
                assertThat(ev.actionClass()).isEqualTo("condemn");
                assertThat(ev.confidence()).isEqualTo(0.8);
                assertThat(ev.accepted()).isTrue();
                assertThat(ev.byHand()).isFalse();
                assertThat(ev.event().evidence().text()).isEqualTo(sentence);
            });
            // The other demand asks for something else.
            assertThat(demands(s, LocalDate.of(2026, 1, 10)).get(1).state()).isEqualTo(DemandState.OPEN);
            assertThat(s.service.feed(LocalDate.of(2026, 1, 10))).extracting(TimelineEntry::kind).contains("evidence");
        }
    }

    @Test
    void aSuspensionOfSharingMeetsTheSecondDemand() {
        try (TrackingStore s = new TrackingStore(folder, letter(), statement("suspend.txt", "2026-02-02",
                "Canada suspended intelligence sharing with the U.S. under Operation CARIBBE.",
                PloverType.RETREAT, Modality.ASSERTED, "U.S."))) {
            assertThat(demands(s, LocalDate.of(2026, 2, 2))).extracting(TrackedDemand::state)
                    .containsExactly(DemandState.OPEN, DemandState.MET);
        }
    }

    @Test
    void anAnnouncedActPartlyMeetsAndARefusedActRejects() {
        try (TrackingStore s = new TrackingStore(folder, letter(),
                statement("plan.txt", "2025-12-01", "Canada is seeking to suspend intelligence sharing with the U.S.",
                        PloverType.RETREAT, Modality.INTENDED, "U.S."),
                statement("refuse.txt", "2025-12-02", "Canada did not condemn the U.S. strikes.",
                        PloverType.ACCUSE, Modality.NEGATED, "U.S."))) {
            assertThat(demands(s, LocalDate.of(2025, 12, 3))).extracting(TrackedDemand::state)
                    .containsExactly(DemandState.REJECTED, DemandState.PARTIALLY_MET);
        }
    }

    @Test
    void anActAgainstAPartyTheDemandDoesNotNameIsOnlyACandidate() {
        try (TrackingStore s = new TrackingStore(folder, letter(), statement("other.txt", "2026-01-10",
                "Canada condemned the strikes.", PloverType.ACCUSE, Modality.ASSERTED, null))) {
            // The target is implicit here, yet its country (USA) is named in the demand ("U.S.").
            assertThat(demands(s, LocalDate.of(2026, 1, 10)).get(0).state()).isEqualTo(DemandState.MET);
        }
    }

    @Test
    void anActAgainstAPartyTheDemandDoesNotNameIsShownAsACandidateThatCountsForNothing() {
        try (TrackingStore s = new TrackingStore(folder, letter(), statement("russia.txt", "2026-01-10",
                "Canada condemned Russia for its strikes.", PloverType.ACCUSE, Modality.ASSERTED, "Russia",
                "Government of Russia", "RUS"))) {
            TrackedDemand first = demands(s, LocalDate.of(2026, 1, 10)).get(0);
            assertThat(first.state()).isEqualTo(DemandState.OPEN);
            assertThat(first.evidence()).singleElement().satisfies(ev -> {
                assertThat(ev.confidence()).isCloseTo(0.48, org.assertj.core.data.Offset.offset(1e-9));
                assertThat(ev.accepted()).isFalse();
            });
            assertThat(s.service.timeline(s.key("letter.txt"), LocalDate.of(2026, 1, 10)))
                    .filteredOn(e -> e.kind().equals("evidence")).singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("(candidate)", "Canada condemned Russia"));
        }
    }

    @Test
    void actsBeforeTheLetterOrHypotheticalOnesDoNotCount() {
        try (TrackingStore s = new TrackingStore(folder, letter(),
                statement("before.txt", "2025-11-01", "Canada condemned the U.S. strikes.", PloverType.ACCUSE,
                        Modality.ASSERTED, "U.S."),
                statement("maybe.txt", "2025-12-01", "Canada could condemn the U.S. strikes.", PloverType.ACCUSE,
                        Modality.HYPOTHETICAL, "U.S."))) {
            assertThat(demands(s, LocalDate.of(2026, 1, 10)).get(0).evidence()).isEmpty();
        }
    }
}
