package dyad.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Letter tracking and its decision log on PostgreSQL, at {@code DYAD_TEST_PG} (or
 * {@code -Ddyad.test.pg}); skipped without one, a failure under CI, as the repository tests.
 */
class PostgresDecisionLogTest {

    /** A scenario of {@link FollowScenarios} on an empty PostgreSQL store. */
    private static void follow(java.util.function.Consumer<FollowScenarios> scenario) throws Exception {
        StoreLocation location = StoreLocation.parse(TestPostgres.emptied());
        try (Repository repository = Stores.open(location); JdbcDecisionLog log = JdbcDecisionLog.open(location)) {
            scenario.accept(new FollowScenarios(repository, log, LetterService.of(repository, log,
                    TrackingConfig.defaults(), Clock.fixed(TrackingStore.NOW, ZoneOffset.UTC))));
        }
    }

    @Test
    void decisionsFollowTheirLetterAndLinksToNewVersionsOnPostgres() throws Exception {
        follow(FollowScenarios::statesFollowTheLetterToItsNewVersion);
        follow(FollowScenarios::linksFollowTheReplyAndTheEventsToTheirNewVersions);
    }

    @Test
    void decisionsThatCannotFollowAreStrandedAndSettledOnPostgres() throws Exception {
        follow(FollowScenarios::aDecisionThatCannotFollowIsStrandedListedAndSettledByAPerson);
        follow(FollowScenarios::aDemandTheNewVersionLacksStrandsItsDecision);
    }

    @Test
    void decisionsAreStoredAppendOnlyAndTrackingWorksOnPostgres() throws Exception {
        String url = TestPostgres.emptied();
        StoreLocation location = StoreLocation.parse(url);
        try (Repository repository = Stores.open(location); JdbcDecisionLog log = JdbcDecisionLog.open(location)) {
            repository.write(SeedLetters.january8());
            LetterService service = LetterService.of(repository, log, TrackingConfig.defaults(),
                    Clock.fixed(TrackingStore.NOW, ZoneOffset.UTC));
            TrackedLetter november = service.letters(LetterQuery.ALL, LocalDate.of(2026, 1, 8)).get(1);
            assertThat(november.daysWaiting()).isEqualTo(56);
            service.mark(new Mark(november.id(), Decision.Action.LETTER_STATE, null, "replied", LocalDate.of(2026, 1, 9),
                    "Ana", "reply on file"));
            service.mark(new Mark(november.id(), Decision.Action.LETTER_STATE, null, "auto", LocalDate.of(2026, 1, 10),
                    "Ana", "the reply was to another letter"));
            assertThat(log.all()).extracting(Decision::value).containsExactly("replied", "auto");
            assertThat(log.all().get(0).at()).isEqualTo(TrackingStore.NOW);
            assertThat(service.letter(november.id(), LocalDate.of(2026, 1, 9)).orElseThrow().state())
                    .isEqualTo(LetterState.REPLIED);
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("DELETE FROM letter_decisions"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> s.execute("UPDATE letter_decisions SET decided_by = 'someone else'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
            assertThat(log.all()).hasSize(2);
        }
    }
}
