package dyad.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Map;

/**
 * Why a JSON body could not be read, as a {@link BadParameter} naming the field and saying what it
 * must be in the API's words: never Jackson's message, which names Java types and classes.
 */
final class JsonProblem {

    private JsonProblem() {
    }

    /**
     * @param fields the body's fields, in order, each with what it must be ("a whole number", "text")
     */
    static BadParameter of(JsonProcessingException e, Map<String, String> fields) {
        String known = "; the fields are " + String.join(", ", fields.keySet());
        if (e instanceof UnrecognizedPropertyException u) {
            String name = u.getPropertyName();
            return plain(name) ? new BadParameter(name, "unknown field" + known)
                    : new BadParameter("body", "unknown field " + Shown.quoted(name) + known);
        }
        if (e instanceof JsonMappingException m) { // well-formed JSON holding a value of the wrong kind
            String field = m.getPath().isEmpty() ? null : m.getPath().get(0).getFieldName();
            if (field == null || !fields.containsKey(field)) {
                return new BadParameter("body", "a JSON object is needed, such as {\"state\": \"replied\", …}");
            }
            return new BadParameter(field, "must be " + fields.get(field));
        }
        if (e instanceof StreamConstraintsException) {
            return new BadParameter("body", "too deeply nested or too long to read" + where(e.getLocation()));
        }
        // The one parse failure with a field to name: a field given twice (STRICT_DUPLICATE_DETECTION).
        if (e.getProcessor() instanceof JsonParser parser && e.getOriginalMessage().startsWith("Duplicate field")) {
            String name = currentName(parser);
            return plain(name) ? new BadParameter(name, "given twice; give it once")
                    : new BadParameter("body", "a field is given twice; give it once" + where(e.getLocation()));
        }
        return new BadParameter("body", "not JSON" + where(e.getLocation()));
    }

    private static boolean plain(String name) {
        return name != null && name.matches("[A-Za-z][A-Za-z0-9_]{0,59}");
    }

    private static String currentName(JsonParser parser) {
        try {
            return parser.currentName();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
