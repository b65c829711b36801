package dyad.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.List;

/** Inline records for tests, written loosely so they read like data: {kind:'event', type:'AGREE'}. */
final class TestJson {

    private static final ObjectMapper LOOSE = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();

    private TestJson() {
    }

    static JsonNode json(String loose) {
        try {
            return LOOSE.readTree(loose);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad test JSON: " + loose, e);
        }
    }

    static List<JsonNode> lines(String... loose) {
        return Arrays.stream(loose).map(TestJson::json).toList();
    }
}
