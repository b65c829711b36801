package dyad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dyad.model.Json;
import dyad.source.DocumentDater;
import dyad.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole documents against reviewed output: {@code golden/NAME.txt|md} and
 * {@code NAME.expected.jsonl}. Run with {@code -Dgolden.update=true} to rewrite the expected
 * files after a deliberate change, then review the diff in the commit.
 */
@Tag("models")
class GoldenDocumentsTest {

    private static final Path DIR = Path.of("src/test/resources/golden");

    static Stream<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documents")
    void extractionMatchesTheReviewedOutput(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Document doc = new Document(file.getFileName().toString(), text, new DocumentDater().dateOf(text));
        List<String> lines = SharedModels.get().extractor().extract(doc).stream().map(Json::line).toList();

        for (String line : lines) { // every span is the text it claims to be
            assertSpansAreInText(Json.MAPPER.readTree(line), text);
        }
        Path expected = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.(txt|md)$", ".expected.jsonl"));
        if (Boolean.getBoolean("golden.update")) {
            Files.write(expected, lines, StandardCharsets.UTF_8);
        }
        assertThat(lines).as("records of %s (rerun with -Dgolden.update=true to accept)", file)
                .containsExactlyElementsOf(Files.readAllLines(expected, StandardCharsets.UTF_8));
    }

    private static void assertSpansAreInText(JsonNode node, String text) {
        if (node.isObject() && node.has("start") && node.has("end") && node.get("text").isTextual()) {
            int start = node.get("start").asInt();
            int end = node.get("end").asInt();
            assertThat(text.substring(start, end)).isEqualTo(node.get("text").asText());
        }
        node.forEach(child -> assertSpansAreInText(child, text));
    }
}
