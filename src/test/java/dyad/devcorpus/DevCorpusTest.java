package dyad.devcorpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dyad.model.PloverType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The development corpus holds what its README promises and its gold proves itself: every span's
 * text is the document's text at its offsets (UTF-16, as records.md counts them), every document
 * has a catalog row, and the corpus is as varied as issue 10 asks (documents, pairs, continents,
 * genres, events of every type, quotes, letters, relation states).
 */
class DevCorpusTest {

    static final Path ROOT = Path.of("src/test/resources/devcorpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> gold(String split) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(ROOT.resolve(split).resolve("gold.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    @Test
    void everySpanIsTheTextAtItsOffsets() throws IOException {
        List<String> problems = new ArrayList<>();
        int spans = 0;
        for (String split : List.of("work", "check", "fresh")) {
            Map<String, String> docs = new HashMap<>();
            for (JsonNode r : gold(split)) {
                String name = r.path("doc").asText();
                String text = docs.computeIfAbsent(name, n -> read(ROOT.resolve(split).resolve("docs").resolve(n)));
                List<JsonNode> withSpans = new ArrayList<>();
                collect(r, withSpans);
                for (JsonNode s : withSpans) {
                    spans++;
                    int start = s.get("start").asInt();
                    int end = s.get("end").asInt();
                    if (end > text.length() || !text.substring(start, end).equals(s.get("text").asText())) {
                        problems.add(split + "/" + name + " [" + start + ", " + end + "): '" + s.get("text").asText() + "'");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(spans).isGreaterThan(7000);
    }

    @Test
    void isAsVariedAsTheIssueAsks() throws IOException {
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Integer> types = new TreeMap<>();
        int demands = 0;
        for (String split : List.of("work", "check", "fresh")) {
            for (JsonNode r : gold(split)) {
                kinds.merge(r.path("kind").asText(), 1, Integer::sum);
                if (r.path("kind").asText().equals("event")) {
                    types.merge(r.path("type").asText(), 1, Integer::sum);
                }
                demands += r.path("demands").size();
            }
        }
        assertThat(kinds.get("doc")).isGreaterThanOrEqualTo(40);
        assertThat(kinds.get("event")).isGreaterThanOrEqualTo(600);
        assertThat(kinds.get("quote")).isGreaterThanOrEqualTo(60);
        assertThat(kinds.get("letter")).isGreaterThanOrEqualTo(10);
        assertThat(kinds.get("relation")).isGreaterThanOrEqualTo(80);
        assertThat(demands).isGreaterThanOrEqualTo(40);
        for (PloverType t : PloverType.values()) {
            assertThat(types.getOrDefault(t.name(), 0)).as(t.name()).isGreaterThanOrEqualTo(15);
        }
        List<String[]> manifest = Files.readAllLines(ROOT.resolve("manifest.csv")).stream().skip(1)
                .map(l -> l.split(",")).toList();
        Set<String> pairs = new HashSet<>();
        Set<String> continents = new HashSet<>();
        Set<String> genres = new HashSet<>();
        for (String[] row : manifest) {
            for (String p : row[2].split(";")) {
                pairs.add(p.trim());
            }
            continents.addAll(List.of(row[4].split(";")));
            genres.add(row[3]);
        }
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(25);
        assertThat(continents).hasSizeGreaterThanOrEqualTo(5);
        assertThat(genres).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void everyDocumentIsCataloguedWithAPublicationDate() throws IOException {
        for (String split : List.of("work", "check", "fresh")) {
            Path docs = ROOT.resolve(split).resolve("docs");
            Set<String> catalogued = new HashSet<>();
            for (String line : Files.readAllLines(docs.resolve("catalog.csv")).subList(1, Files.readAllLines(docs.resolve("catalog.csv")).size())) {
                String[] cells = line.split(",", 3);
                assertThat(cells[1]).as(line).matches("\\d{4}-\\d{2}(-\\d{2})?");
                catalogued.add(cells[0]);
            }
            try (var files = Files.list(docs)) {
                assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")))
                        .allMatch(catalogued::contains);
            }
        }
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isObject()) {
            if (n.has("start") && n.has("end") && n.has("text") && n.get("start").isInt()) {
                out.add(n);
            }
            n.elements().forEachRemaining(c -> collect(c, out));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> collect(c, out));
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
