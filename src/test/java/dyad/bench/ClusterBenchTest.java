package dyad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dyad.store.StoreLocation;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterBenchTest {

    @Test
    void timesARebuildAndSingleAddsOnVariedTextsWithoutFalseCopies(@TempDir Path dir) {
        ClusterBench.Result r = new ClusterBench().run(StoreLocation.folder(dir), 3_000, 5_000, 20,
                new PrintStream(OutputStream.nullOutputStream()));
        assertThat(r.rebuild().events()).isBetween(3_000L, 3_020L);
        assertThat(r.storedRebuild().events()).isBetween(5_000L, 5_040L);
        assertThat(r.rebuild().copies()).isZero(); // the made-up words keep documents apart
        assertThat(r.adds().count()).isEqualTo(20);
        assertThat(r.adds().p95()).isGreaterThanOrEqualTo(r.adds().p50()).isPositive();
        assertThat(r.baseline().count()).isEqualTo(20);
    }
}
