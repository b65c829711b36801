package dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * score.py's small normalisers. All are defensive, as in Python: a field of the wrong type
 * reads as absent, so a malformed record scores as a poor one instead of failing the run.
 */
final class Norm {

    private Norm() {
    }

    /** A date reduced to what scoring compares: (value, precision); a missing date is (null, "unknown"). */
    record DateKey(String value, String precision) {
    }

    /** Offsets with end > start >= 0; "start": 0, "end": 0 is no span. */
    record Offsets(long start, long end) {
        long length() {
            return end - start;
        }
    }

    /** The field of an object, or null when the value is not an object, the field is absent or JSON null. */
    static JsonNode field(JsonNode obj, String name) {
        if (obj == null || !obj.isObject()) {
            return null;
        }
        JsonNode v = obj.get(name);
        return v == null || v.isNull() ? null : v;
    }

    /** The field's string, or null when it is not a string. */
    static String text(JsonNode obj, String name) {
        JsonNode v = field(obj, name);
        return v != null && v.isTextual() ? v.textValue() : null;
    }

    /** Base name of a document path, with either slash style. */
    static String docKey(String name) {
        String s = name.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    /** Upper-cased country code of an actor, or null when missing or blank. */
    static String countryOf(JsonNode actor) {
        String c = text(actor, "country");
        if (c == null || PyText.strip(c).isEmpty()) {
            return null;
        }
        return PyText.upper(PyText.strip(c));
    }

    static String normType(JsonNode rec) {
        String t = text(rec, "type");
        return t == null ? null : PyText.upper(PyText.strip(t));
    }

    /** Stripped lower-case string of a field, or null when not a non-blank string. */
    static String normLower(JsonNode obj, String name) {
        String s = text(obj, name);
        return s == null || PyText.strip(s).isEmpty() ? null : PyText.lower(PyText.strip(s));
    }

    static DateKey normDate(JsonNode date) {
        JsonNode v = field(date, "value");
        String value = v == null ? null : PyText.strip(PyJson.str(v));
        if (value != null && value.isEmpty()) {
            value = null;
        }
        String precision = normLower(date, "precision");
        if (precision == null && value == null) {
            precision = "unknown";
        }
        return new DateKey(value, precision);
    }

    /** Integer offsets (not booleans, not 3.0) with end > start >= 0, else null. */
    static Offsets spanOf(JsonNode obj) {
        JsonNode s = field(obj, "start");
        JsonNode e = field(obj, "end");
        if (s == null || e == null || !s.isIntegralNumber() || !e.isIntegralNumber()
                || !s.canConvertToLong() || !e.canConvertToLong()) {
            return null;
        }
        long start = s.longValue();
        long end = e.longValue();
        return end > start && start >= 0 ? new Offsets(start, end) : null;
    }

    static long overlap(Offsets a, Offsets b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    static double iou(Offsets a, Offsets b) {
        if (a == null || b == null) {
            return 0.0;
        }
        long union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
        return union == 0 ? 0.0 : (double) overlap(a, b) / union;
    }

    /** Normalised name of an actor: its `name`, else its `text`; "" when neither. */
    static String actorName(JsonNode actor) {
        String name = PyText.normName(text(actor, "name"));
        return name.isEmpty() ? PyText.normName(text(actor, "text")) : name;
    }

    /** Shared words (multiset) / words of the shorter text; 0 when one is empty. */
    static double wordOverlapRatio(String t1, String t2) {
        List<String> w1 = PyText.split(PyText.normName(t1));
        List<String> w2 = PyText.split(PyText.normName(t2));
        if (w1.isEmpty() || w2.isEmpty()) {
            return 0.0;
        }
        return (double) Counts.sharedCount(Counts.of(w1), Counts.of(w2)) / Math.min(w1.size(), w2.size());
    }

    /** Multiset helpers (Python's Counter and its {@code &}). */
    static final class Counts {
        private Counts() {
        }

        static <K> Map<K, Integer> of(Iterable<K> items) {
            Map<K, Integer> m = new HashMap<>();
            items.forEach(k -> m.merge(k, 1, Integer::sum));
            return m;
        }

        static <K> int sharedCount(Map<K, Integer> a, Map<K, Integer> b) {
            int n = 0;
            for (Map.Entry<K, Integer> e : a.entrySet()) {
                n += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
            }
            return n;
        }

        static <K> int total(Map<K, Integer> m) {
            return m.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
