package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-maintained OpenAPI description matches the routes the server registers. */
class OpenApiTest {

    @TempDir
    static Path folder;
    static WebHarness web;

    @BeforeAll
    static void start() {
        web = new WebHarness(folder);
    }

    @AfterAll
    static void stop() {
        web.close();
    }

    @Test
    void everyApiRouteIsDescribedAndNothingElse() {
        JsonNode spec = web.json("/api/openapi.json", 200);
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        List<String> described = new ArrayList<>();
        spec.get("paths").fieldNames().forEachRemaining(described::add);
        assertThat(web.server.apiPaths()).isNotEmpty().allMatch(p -> p.startsWith("/api/"));
        assertThat(described).containsExactlyInAnyOrderElementsOf(web.server.apiPaths());
        List<String> operations = new ArrayList<>();
        for (String path : described) {
            spec.get("paths").get(path).fields().forEachRemaining(op -> {
                operations.add(op.getKey() + " " + path);
                assertThat(op.getValue().get("responses").has("200")).as(op.getKey() + " " + path).isTrue();
            });
        }
        assertThat(operations).containsExactlyInAnyOrderElementsOf(web.server.apiOperations());
    }

    @Test
    void everyReferenceResolves() {
        JsonNode spec = web.json("/api/openapi.json", 200);
        List<String> refs = new ArrayList<>();
        collect(spec, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(spec.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void pagedRoutesDescribeOffsetAndLimit() {
        JsonNode spec = web.json("/api/openapi.json", 200);
        for (String path : List.of("/api/events", "/api/quotes", "/api/letters", "/api/letters/overdue", "/api/actors",
                "/api/search", "/api/docs")) {
            List<String> params = new ArrayList<>();
            spec.get("paths").get(path).get("get").get("parameters").forEach(p -> params.add(p.path("$ref").asText(p.path("name").asText())));
            assertThat(params).as(path).contains("#/components/parameters/offset", "#/components/parameters/limit");
        }
        assertThat(spec.at("/components/parameters/limit/schema/maximum").asInt()).isEqualTo(Params.MAX_LIMIT);
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collect(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, refs));
        }
    }
}
