package dyad.accountability;

import static dyad.accountability.LetterFixtures.letter;
import static dyad.accountability.LetterFixtures.reply;
import static dyad.accountability.LetterFixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.Modality;
import dyad.model.PloverType;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Corrections by people: audit-logged, never overridden by automatic linking, replayable. */
class ManualDecisionTest {

    @TempDir
    Path folder;

    private static final LocalDate LATER = LocalDate.of(2026, 2, 1);

    private static Mark mark(String id, Decision.Action action, Integer demand, String value, LocalDate on) {
        return new Mark(id, action, demand, value, on, "Ana Reviewer", "called the minister's office");
    }

    @Test
    void aStateSetByHandIsLoggedWithWhoWhenAndWhyAndWinsUntilHandedBack() {
        try (TrackingStore s = new TrackingStore(folder, letter())) {
            String id = s.key("letter.txt");
            Decision d = s.service.mark(mark(id, Decision.Action.LETTER_STATE, null, "replied", LocalDate.of(2025, 12, 1)));
            assertThat(d.id()).isPositive();
            assertThat(s.service.decisions()).singleElement().satisfies(logged -> {
                assertThat(logged.who()).isEqualTo("Ana Reviewer");
                assertThat(logged.why()).isEqualTo("called the minister's office");
                assertThat(logged.at()).isEqualTo(TrackingStore.NOW);
                assertThat(logged.effective()).isEqualTo(LocalDate.of(2025, 12, 1));
                assertThat(logged.letter().letter().documentHash()).hasSize(64);
            });
            TrackedLetter t = s.service.letter(id, LATER).orElseThrow();
            assertThat(t.state()).isEqualTo(LetterState.REPLIED);
            assertThat(t.setByHand()).isTrue();
            assertThat(t.decisions()).hasSize(1);
            // Replaying history: before the decision held, tracking was automatic.
            assertThat(s.service.letter(id, LocalDate.of(2025, 11, 30)).orElseThrow().state())
                    .isEqualTo(LetterState.AWAITING_REPLY);
            // "auto" hands the state back; the log keeps both decisions.
            s.service.mark(mark(id, Decision.Action.LETTER_STATE, null, "auto", LocalDate.of(2026, 1, 1)));
            assertThat(s.service.letter(id, LATER).orElseThrow().state()).isEqualTo(LetterState.VERY_OVERDUE);
            assertThat(s.service.decisions()).extracting(Decision::value).containsExactly("replied", "auto");
            assertThat(s.service.feed(LATER)).extracting(TimelineEntry::kind).contains("decision", "overdue");
        }
    }

    @Test
    void automaticLinkingNeverOverridesAHumanDecision() {
        try (TrackingStore s = new TrackingStore(folder, letter(),
                reply("reply.txt", "2025-12-20", "2025-11-13", "Canada remains committed to international law."),
                statement("condemn.txt", "2026-01-10", "Canada condemned the U.S. strikes.", PloverType.ACCUSE,
                        Modality.ASSERTED, "U.S."))) {
            String id = s.key("letter.txt");
            s.service.mark(mark(id, Decision.Action.LETTER_STATE, null, "refused", LocalDate.of(2025, 12, 1)));
            s.service.mark(mark(id, Decision.Action.DEMAND_STATE, 1, "rejected", LocalDate.of(2025, 12, 1)));
            TrackedLetter t = s.service.letter(id, LATER).orElseThrow();
            assertThat(t.state()).isEqualTo(LetterState.REFUSED);
            assertThat(t.replies()).hasSize(1); // the automatic reply is still shown
            TrackedDemand first = t.demands().get(0);
            assertThat(first.state()).isEqualTo(DemandState.REJECTED);
            assertThat(first.setByHand()).isTrue();
            assertThat(first.evidence()).hasSize(1); // shown, but not counted against the person's decision
        }
    }

    @Test
    void repliesAndEvidenceCanBeLinkedAndUnlinkedByHand() {
        try (TrackingStore s = new TrackingStore(folder, letter(),
                reply("stray.txt", "2025-12-01", "2024-05-05", "Canada remains committed to international law."),
                statement("condemn.txt", "2026-01-10", "Canada condemned the U.S. strikes.", PloverType.ACCUSE,
                        Modality.ASSERTED, "U.S."),
                statement("suspend.txt", "2026-01-11", "Canada ended a program with the U.S.", PloverType.AID,
                        Modality.ASSERTED, "U.S."))) {
            String id = s.key("letter.txt");
            String stray = s.service.unlinkedReplies(LATER).get(0).id();
            s.service.mark(mark(id, Decision.Action.LINK_REPLY, null, stray, null));
            TrackedLetter t = s.service.letter(id, LocalDate.of(2026, 3, 1)).orElseThrow();
            assertThat(t.state()).isEqualTo(LetterState.REPLIED);
            assertThat(t.replies()).singleElement().satisfies(r -> {
                assertThat(r.byHand()).isTrue();
                assertThat(r.reason()).contains("Ana Reviewer", "called the minister's office");
            });
            assertThat(s.service.unlinkedReplies(LocalDate.of(2026, 3, 1))).isEmpty();

            String condemnation = t.demands().get(0).evidence().get(0).id();
            s.service.mark(mark(id, Decision.Action.UNLINK_EVIDENCE, 1, condemnation, null));
            String aid = s.repository.events(dyad.store.EventFilter.ALL.withTypes(java.util.Set.of(PloverType.AID)),
                    dyad.store.PageRequest.first(1)).items().get(0).key().toString();
            s.service.mark(mark(id, Decision.Action.LINK_EVIDENCE, 2, aid, null));
            TrackedLetter after = s.service.letter(id, LocalDate.of(2026, 3, 1)).orElseThrow();
            assertThat(after.demands().get(0).evidence()).isEmpty();
            assertThat(after.demands().get(0).state()).isEqualTo(DemandState.OPEN);
            assertThat(after.demands().get(1).state()).isEqualTo(DemandState.MET);
            assertThat(after.demands().get(1).evidence()).singleElement()
                    .satisfies(ev -> assertThat(ev.byHand()).isTrue());
        }
    }

    @Test
    void anEventLinkedByHandThatRulesAlsoFoundIsListedOncePerDemand() {
        try (TrackingStore s = new TrackingStore(folder, letter(),
                statement("condemn.txt", "2026-01-10", "Canada condemned the U.S. strikes.", PloverType.ACCUSE,
                        Modality.ASSERTED, "U.S."))) {
            String id = s.key("letter.txt");
            String condemnation = s.service.letter(id, LATER).orElseThrow().demands().get(0).evidence().get(0).id();
            s.service.mark(mark(id, Decision.Action.LINK_EVIDENCE, 2, condemnation, null));
            TrackedLetter t = s.service.letter(id, LocalDate.of(2026, 3, 1)).orElseThrow();
            assertThat(t.demands().get(0).evidence()).singleElement().satisfies(ev -> assertThat(ev.byHand()).isFalse());
            assertThat(t.demands().get(1).evidence()).singleElement().satisfies(ev -> assertThat(ev.byHand()).isTrue());
        }
    }

    @Test
    void badCorrectionsAreRefusedNamingWhatIsWrongAndLogNothing() {
        try (TrackingStore s = new TrackingStore(folder, letter())) {
            String id = s.key("letter.txt");
            assertThatThrownBy(() -> s.service.mark(mark("99-0", Decision.Action.LETTER_STATE, null, "replied", null)))
                    .hasMessageContaining("no tracked letter '99-0'");
            assertThatThrownBy(() -> s.service.mark(mark(id, Decision.Action.DEMAND_STATE, 7, "met", null)))
                    .hasMessageContaining("has no demand 7");
            assertThatThrownBy(() -> s.service.mark(mark(id, Decision.Action.LETTER_STATE, null, "lost", null)))
                    .hasMessageContaining("unknown letter state 'lost'");
            assertThatThrownBy(() -> s.service.mark(mark(id, Decision.Action.LINK_REPLY, null, id, null)))
                    .hasMessageContaining("cannot answer itself");
            assertThatThrownBy(() -> s.service.mark(new Mark(id, Decision.Action.LETTER_STATE, null, "replied", null, " ",
                    "why"))).hasMessageContaining("--by");
            assertThatThrownBy(() -> s.service.mark(mark(id, Decision.Action.LINK_EVIDENCE, 1, id, null)))
                    .hasMessageContaining("is not a stored event");
            assertThat(s.service.decisions()).isEmpty();
        }
    }

    @Test
    void decisionsSurviveReopeningTheStoreAndReingesting() {
        Path data = folder.resolve("store");
        try (TrackingStore s = new TrackingStore(data, letter())) {
            s.service.mark(mark(s.key("letter.txt"), Decision.Action.LETTER_STATE, null, "replied", null));
        }
        try (TrackingStore s = new TrackingStore(data, reply("other.txt", "2025-12-01", "2024-01-01", "x"))) {
            // Same text, same hash: re-ingesting changes nothing; the decision still applies.
            s.repository.write(letter());
            assertThat(s.service.decisions()).hasSize(1);
            assertThat(s.service.letter(s.key("letter.txt"), LocalDate.of(2026, 3, 1)).orElseThrow().state())
                    .isEqualTo(LetterState.REPLIED);
        }
    }
}
