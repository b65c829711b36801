package dyad.accountability;

import static dyad.accountability.LetterFixtures.letter;
import static dyad.accountability.LetterFixtures.noReplyLetter;
import static dyad.accountability.LetterFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every automatic letter state, driven by fixture documents stored in an embedded store. */
class LetterLifecycleTest {

    @TempDir
    Path folder;

    private static TrackedLetter only(TrackingStore s, LocalDate asOf) {
        return s.service.letter(s.key("letter.txt"), asOf).orElseThrow();
    }

    @Test
    void unansweredLetterGoesOverdueAfterItsWindowAndVeryOverdueAfterTwice() {
        try (TrackingStore s = new TrackingStore(folder, letter())) {
            TrackedLetter early = only(s, LocalDate.of(2025, 11, 20));
            assertThat(early.state()).isEqualTo(LetterState.AWAITING_REPLY);
            assertThat(early.daysWaiting()).isEqualTo(7);
            assertThat(early.daysOverdue()).isZero();
            assertThat(early.replyWindowDays()).isEqualTo(30);

            assertThat(only(s, LocalDate.of(2025, 12, 13)).state()).isEqualTo(LetterState.AWAITING_REPLY);
            TrackedLetter late = only(s, LocalDate.of(2025, 12, 14));
            assertThat(late.state()).isEqualTo(LetterState.OVERDUE);
            assertThat(late.daysOverdue()).isEqualTo(1);
            assertThat(only(s, LocalDate.of(2026, 1, 12)).state()).isEqualTo(LetterState.OVERDUE);
            assertThat(only(s, LocalDate.of(2026, 1, 13)).state()).isEqualTo(LetterState.VERY_OVERDUE);
            // Before it was sent it is not tracked at all.
            assertThat(s.service.letters(LetterQuery.ALL, LocalDate.of(2025, 11, 12))).isEmpty();
        }
    }

    @Test
    void theFeedListsLettersFallingOverdueLatestFirst() {
        try (TrackingStore s = new TrackingStore(folder, letter())) {
            assertThat(s.service.feed(LocalDate.of(2026, 1, 13)))
                    .extracting(TimelineEntry::date, TimelineEntry::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 13), "very_overdue"),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 14), "overdue"));
            assertThat(s.service.feed(LocalDate.of(2025, 12, 13))).isEmpty();
        }
    }

    @Test
    void anInMemoryStoreCannotKeepDecisions() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> JdbcDecisionLog.open(dyad.store.StoreLocation.parse("jdbc:duckdb:")))
                .hasMessageContaining("letter decisions need a store on disk or a server");
    }

    @Test
    void aReplyFromTheRecipientCitingTheDateMovesTheLetterToReplied() {
        try (TrackingStore s = new TrackingStore(folder, letter(),
                reply("reply.txt", "2025-12-20", "2025-11-13", "Canada remains committed to international law."))) {
            assertThat(only(s, LocalDate.of(2025, 12, 19)).state()).isEqualTo(LetterState.OVERDUE);
            TrackedLetter t = only(s, LocalDate.of(2025, 12, 20));
            assertThat(t.state()).isEqualTo(LetterState.REPLIED);
            assertThat(t.daysWaiting()).isEqualTo(37);
            assertThat(t.daysOverdue()).isNull();
            ReplyLink r = t.replies().get(0);
            assertThat(r.byHand()).isFalse();
            assertThat(r.confidence()).isEqualTo(1.0);
            assertThat(r.reason()).contains("cites a letter of 2025-11-13", "written by a recipient", "addressed to a signatory");
            // The reply is not tracked as a letter of its own.
            assertThat(s.service.letters(LetterQuery.ALL, LocalDate.of(2026, 1, 1))).hasSize(1);
            assertThat(s.service.timeline(t.id(), LocalDate.of(2026, 1, 1))).extracting(TimelineEntry::kind)
                    .containsExactly("sent", "overdue", "replied");
        }
    }

    @Test
    void refusalsAndAcknowledgementsAreToldApartByTheirWords() {
        try (TrackingStore s = new TrackingStore(folder, letter(),
                reply("refusal.txt", "2025-12-01", "2025-11-13", "Canada will not suspend intelligence sharing with its ally."))) {
            assertThat(only(s, LocalDate.of(2025, 12, 2)).state()).isEqualTo(LetterState.REFUSED);
        }
    }

    @Test
    void anAcknowledgementOfReceiptIsNotAnAnswer() {
        try (TrackingStore s = new TrackingStore(folder.resolve("a"), letter(),
                reply("ack.txt", "2025-11-20", "2025-11-13", "I acknowledge receipt of your letter and will respond in due course."))) {
            TrackedLetter t = only(s, LocalDate.of(2025, 11, 21));
            assertThat(t.state()).isEqualTo(LetterState.ACKNOWLEDGED);
            assertThat(t.state().unanswered()).isFalse();
        }
    }

    @Test
    void conflictingRepliesAreAllShownAndFlaggedNotMerged() {
        try (TrackingStore s = new TrackingStore(folder, letter(),
                reply("reply.txt", "2025-12-01", "2025-11-13", "Canada remains committed to international law."),
                reply("refusal.txt", "2025-12-05", "2025-11-13", "We are unable to accede to your request."))) {
            TrackedLetter t = only(s, LocalDate.of(2025, 12, 31));
            assertThat(t.conflicting()).isTrue();
            assertThat(t.replies()).extracting(ReplyLink::kind).containsExactlyInAnyOrder(LetterState.REPLIED, LetterState.REFUSED);
            assertThat(t.state()).isEqualTo(LetterState.REFUSED); // the latest answer
        }
    }

    @Test
    void aLaterLetterReportingNoReplyRecordsTheLetterAsUnansweredOnItsDate() {
        try (TrackingStore s = new TrackingStore(folder, letter(), noReplyLetter("2026-01-08"))) {
            TrackedLetter t = only(s, LocalDate.of(2026, 1, 8));
            assertThat(t.noReplyClaims()).containsExactly(new NoReplyClaim(s.key("reminder.txt"), LocalDate.of(2026, 1, 8)));
            assertThat(t.state()).isEqualTo(LetterState.OVERDUE);
            assertThat(t.daysWaiting()).isEqualTo(56);
            // Cited and stored: one tracked letter, not two.
            assertThat(s.service.letters(LetterQuery.ALL, LocalDate.of(2026, 1, 8))).hasSize(2);
        }
    }

    @Test
    void aCitedLetterThatIsNotStoredIsTrackedFromTheCitation() {
        try (TrackingStore s = new TrackingStore(folder, noReplyLetter("2026-01-08"))) {
            TrackedLetter cited = s.service.letters(LetterQuery.ALL, LocalDate.of(2026, 1, 8)).stream()
                    .filter(TrackedLetter::cited).findFirst().orElseThrow();
            assertThat(cited.id()).isEqualTo(s.key("reminder.txt") + "r0");
            assertThat(cited.sent()).isEqualTo(LocalDate.of(2025, 11, 13));
            assertThat(cited.recipients()).extracting(a -> a.name()).containsExactly("Anita Anand");
            assertThat(cited.signatories()).extracting(a -> a.name()).containsExactly("Peace Network");
            assertThat(cited.state()).isEqualTo(LetterState.OVERDUE);
            assertThat(cited.daysWaiting()).isEqualTo(56);
        }
    }

    @Test
    void aFollowUpWithDemandsThatReportsAnAnswerIsTrackedItselfAndAnswersTheEarlierLetter() {
        try (TrackingStore s = new TrackingStore(folder, letter(), LetterFixtures.thanksLetter("2026-01-05"))) {
            TrackedLetter t = only(s, LocalDate.of(2026, 1, 5));
            assertThat(t.state()).isEqualTo(LetterState.REPLIED);
            assertThat(t.replies()).singleElement().satisfies(r -> {
                assertThat(r.reply()).isNull();
                assertThat(r.reportedBy()).isEqualTo(s.key("thanks.txt"));
                assertThat(r.confidence()).isEqualTo(0.7);
            });
            assertThat(s.service.letter(s.key("thanks.txt"), LocalDate.of(2026, 1, 5)).orElseThrow().demands()).hasSize(1);
        }
    }

    @Test
    void aReplyCitingAnUnknownLetterIsKeptAsUnlinked() {
        try (TrackingStore s = new TrackingStore(folder, letter(),
                reply("stray.txt", "2025-12-01", "2024-05-05", "Canada remains committed to international law."))) {
            Tracking t = s.service.track(LocalDate.of(2025, 12, 31));
            assertThat(t.unlinkedReplies()).singleElement().satisfies(u -> {
                assertThat(u.letter().doc()).isEqualTo("stray.txt");
                assertThat(u.reason()).contains("2024-05-05");
            });
            assertThat(only(s, LocalDate.of(2025, 12, 31)).state()).isEqualTo(LetterState.OVERDUE);
        }
    }

    @Test
    void responseTimesPerRecipientGiveTheMedianAndTheShareUnanswered() {
        try (TrackingStore s = new TrackingStore(folder, letter(), noReplyLetter("2026-01-08"),
                reply("reply.txt", "2025-12-20", "2025-11-13", "Canada remains committed to international law."))) {
            var stats = s.service.responseTimes(LocalDate.of(2026, 1, 10));
            assertThat(stats).extracting(RecipientStats::recipient).containsExactly("Anita Anand", "Mark Carney");
            RecipientStats anand = stats.get(0);
            assertThat(anand.medianDaysToReply()).isEqualTo(37.0);
            assertThat(anand.shareUnanswered()).isZero();
            assertThat(stats.get(1).shareUnanswered()).isEqualTo(1.0);
            assertThat(stats.get(1).medianDaysToReply()).isNull();
        }
    }
}
