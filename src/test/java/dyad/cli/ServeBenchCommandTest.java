package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad bench serve` runs on a tiny store and prints a row per endpoint; its figures are the benchmark's, not checked here. */
class ServeBenchCommandTest {

    @Test
    void timesEveryEndpointOfATinyStore(@TempDir Path folder) throws Exception {
        Path text = Files.writeString(folder.resolve("note.txt"), "Canada recalled its ambassador from Venezuela.");
        Path store = folder.resolve("store");
        assertThat(new Cli().run("ingest", "--db", store.toString(), text.toString()).exit()).isZero();

        Cli.Run run = new Cli().run("bench", "serve", "--db", store.toString(), "--requests", "20", "--concurrency", "2");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).anySatisfy(l -> assertThat(l).containsSubsequence("endpoint", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "failed", "/baseline", "first ms"));
        for (String row : new String[] {"baseline: static file", "api events, 50", "api timeline", "overview page",
                "dyad page", "dyad feed", "api timeline, If-None-Match"}) {
            assertThat(run.outLines()).as(row).anySatisfy(l -> assertThat(l).startsWith(row).matches(".*\\s0\\s+\\d+\\.\\d\\d\\s+\\d+\\.\\d.*"));
        }
        assertThat(run.out()).contains("(target >= 500 req/s:", "(target >= 300 req/s:");
    }

    @Test
    void refusesNoClients() {
        Cli.Run run = new Cli().run("bench", "serve", "--concurrency", "0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("dyad: --concurrency and --requests must be at least 1");
    }
}
