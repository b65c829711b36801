package dyad.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.PloverType;
import org.junit.jupiter.api.Test;

/** The shipped demand rules and reply cues load, class the sample demands, and bad files fail by line. */
class RuleFilesTest {

    @Test
    void shippedRulesClassTheSampleLettersDemands() {
        DemandRules rules = DemandRules.load();
        assertThat(rules.rules()).extracting(DemandRule::actionClass).doesNotHaveDuplicates().contains("condemn");
        assertThat(rules.classify("We urge Canada to defend the UN Charter by unequivocally condemning the U.S. "
                + "military intervention in Venezuela")).extracting(DemandRule::actionClass).containsExactly("condemn");
        assertThat(rules.classify("for Canada to: immediately suspend intelligence sharing with the U.S. via Operation "
                + "CARIBBE and close the loophole that currently allows for the export of military goods to the U.S."))
                .extracting(DemandRule::actionClass).containsExactly("suspend_cooperation", "halt_arms_exports");
        assertThat(rules.classify("We call on Canada to urgently articulate a robust, independent, rights-based policy"))
                .isEmpty();
        assertThat(rules.eventTypes()).contains(PloverType.ACCUSE, PloverType.RETREAT, PloverType.REJECT);
    }

    @Test
    void badRuleFilesFailNamingFileAndLine() {
        assertThatThrownBy(() -> DemandRules.load("/accountability/bad-rules.tsv"))
                .hasMessage("/accountability/bad-rules.tsv line 3: unknown PLOVER event type 'SHOUT'");
        assertThatThrownBy(() -> DemandRules.load("/accountability/twice-rules.tsv"))
                .hasMessage("/accountability/twice-rules.tsv line 2: action class 'condemn' is listed twice");
        assertThatThrownBy(() -> ReplyCues.load("/accountability/bad-cues.tsv"))
                .hasMessage("/accountability/bad-cues.tsv line 2: kind must be refused or acknowledged, got 'shrugged'");
    }

    @Test
    void replyCuesTellRefusalsAcknowledgementsAndAnswers() {
        ReplyCues cues = ReplyCues.load();
        assertThat(cues.kindOf("Thank you for your letter. Canada will not suspend its cooperation.")).isEqualTo(LetterState.REFUSED);
        assertThat(cues.kindOf("The Government is not in a position to suspend intelligence sharing.")).isEqualTo(LetterState.REFUSED);
        assertThat(cues.kindOf("I acknowledge receipt of your letter of May 2.")).isEqualTo(LetterState.ACKNOWLEDGED);
        assertThat(cues.kindOf("Thank you for your letter. Canada remains committed to the UN Charter.")).isEqualTo(LetterState.REPLIED);
        assertThat(cues.kindOf(null)).isEqualTo(LetterState.REPLIED);
    }
}
