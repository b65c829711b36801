package dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository contract on the embedded store (DuckDB in a folder). */
class EmbeddedRepositoryTest extends RepositoryContract {

    @TempDir
    Path folder;

    @Override
    protected Repository openEmpty() {
        return Stores.open(StoreLocation.folder(folder.resolve("dyad-data")));
    }

    @Override
    protected Repository reopen() {
        return openEmpty();
    }

    @Test
    void theFolderIsCreatedOnFirstUse() {
        assertThat(Files.isRegularFile(folder.resolve("dyad-data").resolve(StoreLocation.EMBEDDED_FILE))).isTrue();
    }

    @Test
    void aSecondProcessIsToldWhoHoldsTheStore() throws Exception {
        Path file = folder.resolve("dyad-data").resolve(StoreLocation.EMBEDDED_FILE);
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StoreHolder.class.getName(), file.getParent().toString())
                .redirectErrorStream(true).start();
        try {
            repo.close();
            repo = null;
            String line = new String(other.getInputStream().readNBytes(6), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(line).as(() -> line + readRest(other)).isEqualTo("ready\n");

            assertThatThrownBy(() -> Stores.open(StoreLocation.folder(file.getParent())))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith("--db: '" + file + "' is in use by another process (PID " + other.pid() + ")");
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    private static String readRest(Process p) {
        try {
            p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** Holds a store open until killed. */
    public static final class StoreHolder {
        public static void main(String[] args) throws Exception {
            try (Repository r = Stores.open(StoreLocation.folder(Path.of(args[0])))) {
                System.out.print("ready\n");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }
}
