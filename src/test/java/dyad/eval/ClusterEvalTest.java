package dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.extract.SharedModels;
import dyad.pipeline.Pipeline;
import dyad.pipeline.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad cluster eval} on the small fixture set (src/test/resources/clusterfixture): real extraction, real store. */
class ClusterEvalTest {

    private static final Path FIXTURE = Path.of("src/test/resources/clusterfixture");

    @Test
    @Tag("models")
    void scoresTheFixtureSet() {
        List<String> lines = new ArrayList<>();
        ClusterEval.Result r = ClusterEval.run(FIXTURE,
                new Pipeline(() -> SharedModels.get().extractor()::extractWithNotes, 2, System.in), new RunReport(lines::add), false);
        ClusterScores s = r.scores();
        assertThat(r.failures()).isZero();
        assertThat(s.acts()).isEqualTo(5);
        assertThat(s.labelled()).isEqualTo(24);
        assertThat(s.bcubed().precision()).isEqualTo(1.0); // the near miss (Norway's second round) stays apart
        assertThat(s.bcubed().f1()).isGreaterThan(0.90);
        assertThat(s.pairwise().f1()).isGreaterThan(0.90);
        assertThat(s.copiesFound()).isEqualTo(2);
        assertThat(s.falseCopies()).isZero();
    }

    @Test
    void pairwiseAndBcubedCountAsDefined() {
        List<ClusterScores.Item> items = List.of(new ClusterScores.Item("a", "A1", 1), new ClusterScores.Item("b", "A1", 1),
                new ClusterScores.Item("c", "A1", 2), new ClusterScores.Item("d", "A2", 2));
        ClusterScores s = ClusterScores.score(items, List.of(new ClusterScores.Pair("b", "a")),
                List.of(new ClusterScores.Pair("b", "a"), new ClusterScores.Pair("d", "c")));
        // pairs: ab same act same cluster (tp), ac/bc same act apart (fn 2), cd same cluster other act (fp)
        assertThat(s.pairwise().precision()).isEqualTo(0.5);
        assertThat(s.pairwise().recall()).isEqualTo(1.0 / 3);
        // b-cubed precision: a 1, b 1, c 1/2, d 1/2; recall: a 2/3, b 2/3, c 1/3, d 1
        assertThat(s.bcubed().precision()).isEqualTo(0.75);
        assertThat(s.bcubed().recall()).isEqualTo((2.0 / 3 + 2.0 / 3 + 1.0 / 3 + 1) / 4);
        assertThat(s.copiesFound()).isEqualTo(1);
        assertThat(s.falseCopies()).isEqualTo(1);
    }

    @Test
    void aBadGoldLineIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/a.txt"), "Kenya accused Somalia of a raid.");
        Files.writeString(dir.resolve("acts.tsv"), "act\ttype\tsource\ttarget\tdate\tprecision\tnote\nA1\tACCUSE\tKEN\tSOM\t2025\tyear\tx\n");
        Files.writeString(dir.resolve("tellings.tsv"), "act\tfile\tsentence\nA2\ta.txt\tKenya accused Somalia of a raid.\n");
        assertThatThrownBy(() -> ClusterGold.read(dir)).isInstanceOf(ScoreInputException.class)
                .hasMessage(dir.resolve("tellings.tsv") + " line 2: act 'A2' is not in acts.tsv");
        Files.writeString(dir.resolve("tellings.tsv"), "act\tfile\tsentence\nA1\ta.txt\tSomalia accused Kenya.\n");
        assertThatThrownBy(() -> ClusterGold.read(dir)).hasMessage(dir.resolve("tellings.tsv") + " line 2: the sentence is not in docs/a.txt");
        Files.writeString(dir.resolve("acts.tsv"), "act\ttype\tsource\ttarget\tdate\tprecision\tnote\nA1\tBLAME\tKEN\tSOM\t2025\tyear\tx\n");
        assertThatThrownBy(() -> ClusterGold.read(dir)).hasMessage(dir.resolve("acts.tsv") + " line 2: unknown PLOVER type 'BLAME'");
    }
}
