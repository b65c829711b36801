package dyad.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.model.PloverType;
import org.junit.jupiter.api.Test;

class ScoreWeightsTest {

    @Test
    void theStandardFileWeighsEveryTypeFromCooperationToConflict() {
        ScoreWeights w = ScoreWeights.standard();

        assertThat(w.asMap()).hasSize(PloverType.values().length);
        assertThat(w.weight(PloverType.AID)).isEqualTo(5.0);
        assertThat(w.weight(PloverType.REQUEST)).isZero();
        assertThat(w.weight(PloverType.ASSAULT)).isEqualTo(-9.0);
        assertThat(w.asMap().values()).allSatisfy(v -> assertThat(v).isBetween(-10.0, 10.0));
        for (PloverType t : new PloverType[] {PloverType.AGREE, PloverType.CONSULT, PloverType.SUPPORT, PloverType.CONCEDE,
                PloverType.COOPERATE, PloverType.AID, PloverType.RETREAT}) {
            assertThat(w.weight(t)).as(t.name()).isPositive();
        }
        for (PloverType t : new PloverType[] {PloverType.ACCUSE, PloverType.REJECT, PloverType.THREATEN, PloverType.PROTEST,
                PloverType.MOBILIZE, PloverType.SANCTION, PloverType.COERCE, PloverType.ASSAULT}) {
            assertThat(w.weight(t)).as(t.name()).isNegative();
        }
    }

    @Test
    void aBadFileIsNamedWithItsLineAndProblem() {
        String dir = "/dyad/timeline/";
        assertThatThrownBy(() -> ScoreWeights.load(dir + "duplicate.tsv"))
                .hasMessage(dir + "duplicate.tsv line 21: AGREE appears twice");
        assertThatThrownBy(() -> ScoreWeights.load(dir + "missing.tsv"))
                .hasMessage(dir + "missing.tsv: no weight for [AID, ASSAULT]");
        assertThatThrownBy(() -> ScoreWeights.load(dir + "not-a-number.tsv"))
                .hasMessage(dir + "not-a-number.tsv line 19: weight of COERCE is not a number: 'minus seven'");
        assertThatThrownBy(() -> ScoreWeights.load(dir + "too-large.tsv"))
                .hasMessage(dir + "too-large.tsv line 10: weight of AID must be in [-10, 10], got 12");
        assertThatThrownBy(() -> ScoreWeights.load(dir + "unknown-type.tsv"))
                .hasMessage(dir + "unknown-type.tsv line 21: unknown PLOVER type 'YIELD'");
        assertThatThrownBy(() -> ScoreWeights.load(dir + "absent.tsv"))
                .hasMessageContaining("absent.tsv");
    }
}
