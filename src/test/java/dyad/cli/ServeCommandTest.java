package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dyad.accountability.TrackingConfig;
import dyad.index.SearchQuery;
import dyad.store.StoreLocation;
import dyad.store.jdbc.JdbcRepository;
import dyad.web.Observatory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `dyad serve` refuses bad settings with one line naming them (the server itself is tested in dyad.web). */
class ServeCommandTest {

    @Test
    void badPortIsAUsageError() {
        Cli.Run run = new Cli().run("serve", "--port", "70000");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("dyad: --port must be 0..65535: 70000");
    }

    @Test
    void anAllowedHostWithASchemeOrPortIsAUsageError() {
        for (String bad : new String[] {"http://dyad.example.org", "dyad.example.org:7700", "a b", "dyad.example.org/x"}) {
            Cli.Run run = new Cli().run("serve", "--port", "0", "--allowed-host", bad);
            assertThat(run.exit()).as(bad).isEqualTo(2);
            assertThat(run.errLines()).as(bad).singleElement().asString().startsWith("dyad: --allowed-host '" + bad + "'")
                    .contains("is not a host name or address");
        }
    }

    @Test
    void badStoreIsNamed() {
        Cli.Run run = new Cli().run("serve", "--db", "ftp://example/x");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("dyad: --db: unsupported store");
    }

    @Test
    void badLetterSettingsAreNamed() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("dyad-letters", ".json");
        try {
            java.nio.file.Files.writeString(file, "{\"veryOverdueFactor\": 99}");
            Cli.Run run = new Cli().run("serve", "--letters-config", file.toString(), "--port", "0");
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.err()).startsWith("dyad: ").contains("veryOverdueFactor must be 2..20, got 99");
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    @Test
    void withoutAnIndexSearchSaysHowToBuildOne(@TempDir Path folder) {
        StoreLocation location = StoreLocation.folder(folder);
        try (JdbcRepository repo = JdbcRepository.open(location)) {
            StringWriter err = new StringWriter();
            Observatory o = ServedStore.observatory(repo, location, null, TrackingConfig.defaults(), new PrintWriter(err));
            assertThat(err.toString()).startsWith("dyad: search answers 503 until the index is mended: no search index at ")
                    .contains("'dyad index --rebuild'").doesNotContain("\n" + "dyad");
            assertThatThrownBy(() -> o.search().search(SearchQuery.text("sanctions")))
                    .hasMessageStartingWith("no search index at '" + folder.toAbsolutePath().resolve("index"))
                    .hasMessageContaining("build it with 'dyad index --rebuild' (stop the server first");
            assertThat(folder.resolve("index")).doesNotExist();
        }
    }

    @Test
    void serveIsListedInTheHelp() {
        Cli.Run run = new Cli().run("--help");
        assertThat(run.out()).contains("serve");
    }
}
