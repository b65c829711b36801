package dyad.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;

/** The one JSON writer (and reader) for records: one compact object per line. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.INDENT_OUTPUT);

    /** Reads the lines {@link #line} writes; {@code kind} picks the record, which ignores it. */
    private static final ObjectMapper READER = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Map<String, Class<? extends Record>> KINDS = Map.of(
            "event", Event.class, "quote", Quote.class, "letter", Letter.class, "relation", Relation.class);

    private Json() {
    }

    public static String line(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write record as JSON", e);
        }
    }

    /**
     * The record a line of {@code dyad extract} holds, validated as the extractor's own are.
     *
     * @throws IllegalArgumentException naming what is wrong: not JSON, no known {@code kind}, a field a record refuses
     */
    public static Record record(String line) {
        try {
            JsonNode node = READER.readTree(line);
            String kind = node == null ? null : node.path("kind").asText(null);
            Class<? extends Record> type = kind == null ? null : KINDS.get(kind);
            if (type == null) {
                throw new IllegalArgumentException("not a record: 'kind' must be one of " + KINDS.keySet().stream().sorted().toList());
            }
            return READER.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException iae ? iae : e;
            throw new IllegalArgumentException(cause.getMessage().split("\\R")[0], e);
        }
    }
}
