package dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A search index folder damaged on disk (it is derived data) stops nothing: {@code dyad index
 * --rebuild} rebuilds it from the store, {@code dyad ingest} stores and then rebuilds it, {@code
 * dyad search} says what to run, and {@code dyad serve} starts, answers search with 503 naming the
 * command that mends it, and searches again once it is mended. No stack trace anywhere.
 */
class DamagedIndexTest {

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    /** Ways an index folder is found broken. */
    enum Damage {
        SEGMENTS_OVERWRITTEN, SEGMENTS_EMPTIED, SEGMENTS_DELETED, SEGMENT_FILE_DELETED, SEGMENT_FILE_TRUNCATED,
        GARBAGE_SEGMENTS_ADDED, GARBAGE_FILES_ONLY, A_FILE_NOT_A_FOLDER, LOCK_FILE_GARBLED;

        void applyTo(Path index) throws IOException {
            switch (this) {
                case SEGMENTS_OVERWRITTEN -> Files.writeString(segments(index), "xx");
                case SEGMENTS_EMPTIED -> Files.write(segments(index), new byte[0]);
                case SEGMENTS_DELETED -> Files.delete(segments(index));
                case SEGMENT_FILE_DELETED -> Files.delete(largest(index));
                case SEGMENT_FILE_TRUNCATED -> {
                    Path big = largest(index);
                    Files.write(big, java.util.Arrays.copyOf(Files.readAllBytes(big), (int) Files.size(big) / 2));
                }
                case GARBAGE_SEGMENTS_ADDED -> {
                    Files.writeString(index.resolve("segments_zz"), "not an index");
                    Files.writeString(index.resolve("_9.cfs"), "not a segment");
                }
                case GARBAGE_FILES_ONLY -> {
                    deleteTree(index);
                    Files.createDirectories(index);
                    Files.writeString(index.resolve("junk.bin"), "\u0000\u0001garbage");
                }
                case A_FILE_NOT_A_FOLDER -> {
                    deleteTree(index);
                    Files.writeString(index, "a file where the index folder should be");
                }
                case LOCK_FILE_GARBLED -> Files.writeString(index.resolve("write.lock"), "garbage");
            }
        }

        private static Path segments(Path index) throws IOException {
            try (Stream<Path> files = Files.list(index)) {
                return files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
            }
        }

        private static Path largest(Path index) throws IOException {
            try (Stream<Path> files = Files.list(index)) {
                return files.filter(f -> f.getFileName().toString().startsWith("_"))
                        .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
            }
        }
    }

    private Path store() {
        return dir.resolve("dyad-data");
    }

    private Path index() {
        return store().resolve("index");
    }

    /** Two texts ingested (the index built beside the store), then the index damaged. */
    private void storedThenDamaged(Damage damage) throws IOException {
        Files.createDirectories(dir.resolve("texts"));
        Files.writeString(dir.resolve("texts/a.txt"), "Ottawa recalled its ambassador.");
        Files.writeString(dir.resolve("texts/b.txt"), "Caracas protested.");
        assertThat(cli.run("ingest", "--db", store().toString(), dir.resolve("texts").toString()).exit()).isZero();
        assertThat(hits("ambassador")).isEqualTo(1);
        damage.applyTo(index());
    }

    private int hits(String text) {
        Cli.Run run = cli.run("search", "--db", store().toString(), text);
        assertThat(run.exit()).as(run.err()).isZero();
        return run.outLines().size() - 1;
    }

    private static void noStackTrace(String err) {
        assertThat(err).doesNotContain("\tat ").doesNotContain("Exception:").doesNotContain("Caused by");
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void indexRebuildRebuildsFromTheStoreWhateverStateTheFolderIsIn(Damage damage) throws IOException {
        storedThenDamaged(damage);

        Cli.Run rebuild = cli.run("index", "--rebuild", "--db", store().toString());

        assertThat(rebuild.exit()).as(rebuild.err()).isZero();
        noStackTrace(rebuild.err());
        assertThat(rebuild.errLines()).last().asString().startsWith("dyad: indexed 2 documents from ");
        assertThat(hits("ambassador")).isEqualTo(1);
        assertThat(hits("protested")).isEqualTo(1);
        if (damage == Damage.A_FILE_NOT_A_FOLDER) { // kept aside, not deleted: it was not the index
            try (Stream<Path> aside = Files.list(store())) {
                assertThat(aside.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("index.damaged"));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Damage.class)
    void ingestStoresTheNewTextAndRebuildsADamagedIndex(Damage damage) throws IOException {
        storedThenDamaged(damage);
        Files.writeString(dir.resolve("texts/c.txt"), "Lima thanked Quito.");

        Cli.Run ingest = cli.run("ingest", "--db", store().toString(), dir.resolve("texts").toString());

        assertThat(ingest.exit()).as(ingest.err()).isZero();
        noStackTrace(ingest.err());
        assertThat(ingest.errLines()).last().asString().contains(": 1 added, 0 replaced, 2 unchanged, 0 failed");
        assertThat(hits("ambassador")).isEqualTo(1);
        assertThat(hits("thanked")).isEqualTo(1);
    }

    @Test
    void searchOnADamagedIndexSaysWhatToRunInOneLine() throws IOException {
        storedThenDamaged(Damage.SEGMENTS_OVERWRITTEN);

        Cli.Run search = cli.run("search", "--db", store().toString(), "ambassador");

        assertThat(search.exit()).isEqualTo(2);
        assertThat(search.errLines()).singleElement().asString().startsWith("dyad: search index '" + index().toAbsolutePath())
                .contains("is damaged").endsWith("rebuild it with 'dyad index --rebuild'");
    }

    @ParameterizedTest
    @EnumSource(value = Damage.class, names = {"SEGMENTS_OVERWRITTEN", "SEGMENT_FILE_DELETED", "A_FILE_NOT_A_FOLDER"})
    void serveStartsOnADamagedIndexAndAnswersSearch503NamingTheCommandThatMendsIt(Damage damage) throws Exception {
        storedThenDamaged(damage);
        List<String> said = new ArrayList<>();
        Process server = serve(said);
        try {
            String base = said.get(said.size() - 1).replaceAll(".* at (http://[^/]+)/.*", "$1");
            assertThat(said).hasSize(2);
            assertThat(said.get(0)).startsWith("dyad: search answers 503 until the index is mended: search index '")
                    .contains("rebuild it with 'dyad index --rebuild'").contains("stop the server first");
            HttpResponse<String> api = get(base + "/api/search?q=ambassador");
            assertThat(api.statusCode()).isEqualTo(503);
            JsonNode error = new ObjectMapper().readTree(api.body());
            assertThat(error.get("status").asInt()).isEqualTo(503);
            assertThat(error.get("error").asText()).contains("'dyad index --rebuild'");
            HttpResponse<String> page = get(base + "/search?q=ambassador");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("dyad index --rebuild");
            assertThat(get(base + "/api/events").statusCode()).isEqualTo(200);
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        assertThat(cli.run("index", "--rebuild", "--db", store().toString()).exit()).isZero();
        said.clear();
        server = serve(said);
        try {
            String base = said.get(said.size() - 1).replaceAll(".* at (http://[^/]+)/.*", "$1");
            assertThat(said).hasSize(1);
            HttpResponse<String> mended = get(base + "/api/search?q=ambassador");
            assertThat(mended.statusCode()).as(mended.body()).isEqualTo(200);
            assertThat(new ObjectMapper().readTree(mended.body()).get("total").asInt()).isEqualTo(1);
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** {@code dyad serve} on the store in a JVM of its own, once it says where it serves; {@code said} gets its stderr lines. */
    private Process serve(List<String> said) throws IOException, InterruptedException {
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--db", store().toString(), "--port", "0").start();
        if (firstLines(server, said) == null) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("the server did not start: " + said);
        }
        return server;
    }

    /** Reads the server's stderr until it says where it serves (or a minute passes); returns the base URL or null. */
    private static String firstLines(Process server, List<String> said) throws InterruptedException {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line = err.readLine(); line != null; line = err.readLine()) {
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the server was stopped
            }
        }, "serve-stderr");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                said.add(line);
                Matcher m = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/").matcher(line);
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
