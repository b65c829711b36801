package dyad.accountability;

import static dyad.accountability.LetterFixtures.letter;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FollowScenarios} on the embedded store, and a decision recorded before anchors were kept. */
class DecisionsFollowLettersTest {

    @TempDir
    Path folder;

    private void run(java.util.function.Consumer<FollowScenarios> scenario) {
        try (TrackingStore s = new TrackingStore(folder)) {
            scenario.accept(new FollowScenarios(s.repository, s.log, s.service));
        }
    }

    @Test
    void statesFollowTheLetterToItsNewVersion() {
        run(FollowScenarios::statesFollowTheLetterToItsNewVersion);
    }

    @Test
    void aDecisionFollowsALetterThatGainedASignatory() {
        run(FollowScenarios::aDecisionFollowsALetterThatGainedASignatory);
    }

    @Test
    void linksFollowTheReplyAndTheEventsToTheirNewVersions() {
        run(FollowScenarios::linksFollowTheReplyAndTheEventsToTheirNewVersions);
    }

    @Test
    void aDecisionThatCannotFollowIsStrandedListedAndSettledByAPerson() {
        run(FollowScenarios::aDecisionThatCannotFollowIsStrandedListedAndSettledByAPerson);
    }

    @Test
    void aLinkWhoseEventIsGoneIsStrandedOnItsLetter() {
        run(FollowScenarios::aLinkWhoseEventIsGoneIsStrandedOnItsLetter);
    }

    @Test
    void aDemandTheNewVersionLacksStrandsItsDecision() {
        run(FollowScenarios::aDemandTheNewVersionLacksStrandsItsDecision);
    }

    @Test
    void aDecisionRecordedBeforeAnchorsWereKeptIsStrandedNotDropped() {
        try (TrackingStore s = new TrackingStore(folder, letter())) {
            TrackedLetter t = s.service.letter(s.key("letter.txt"), FollowScenarios.LATER).orElseThrow();
            Decision old = s.log.append(new Decision(0, t.ref(), Decision.Action.LETTER_STATE, null, "replied",
                    LocalDate.of(2025, 12, 1), "Ana", TrackingStore.NOW, "from an older Dyad", null, null));

            s.repository.write(FollowScenarios.appended(letter(), "\nP.S.\n"));

            assertThat(s.service.track(FollowScenarios.LATER).stranded()).singleElement().satisfies(x -> {
                assertThat(x.decision().id()).isEqualTo(old.id());
                assertThat(x.reason()).startsWith("its letter is no longer stored (the decision was recorded before Dyad");
                assertThat(x.candidates()).isEmpty();
            });
        }
    }
}
