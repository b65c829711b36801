package dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's view of a parsed JSON value, where score.py depends on it: {@code str(x)} for
 * values that may not be strings (a relation pair of numbers, a year given as 2017),
 * truthiness ({@code role or ""}) and {@code ==} (1 == 1.0 == True).
 */
final class PyJson {

    private PyJson() {
    }

    /** Python {@code str()} of the value; a missing value is None. */
    static String str(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        return repr(v);
    }

    /** Python {@code repr()} of the value (what str() of a list or dict shows of its members). */
    static String repr(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isTextual()) {
            return PyText.repr(v.textValue());
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return floatRepr(v.doubleValue());
        }
        List<String> parts = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(x -> parts.add(repr(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            parts.add(PyText.repr(e.getKey()) + ": " + repr(e.getValue()));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    /** Python {@code repr(float)}: shortest digits, exponent form below 1e-4 and from 1e16. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = d < 0 || (d == 0 && 1 / d < 0) ? "-" : "";
        if (d == 0) {
            return sign + "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        if (exp >= -4 && exp < 16) {
            String plain = bd.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }

    /** Python truthiness: None, false, 0, "", [] and {} are false. */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0 || (v.isIntegralNumber() && v.bigIntegerValue().signum() != 0);
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        return v.size() > 0;
    }

    /** Python {@code ==} of two values; missing and null are both None. Numbers and booleans compare by value. */
    static boolean equal(JsonNode a, JsonNode b) {
        boolean aNone = a == null || a.isNull() || a.isMissingNode();
        boolean bNone = b == null || b.isNull() || b.isMissingNode();
        if (aNone || bNone) {
            return aNone && bNone;
        }
        if (numeric(a) && numeric(b)) {
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            return x != null && y != null && x.compareTo(y) == 0 || sameInfinity(a, b);
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isArray() && b.isArray() || a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            if (a.isArray()) {
                for (int i = 0; i < a.size(); i++) {
                    if (!equal(a.get(i), b.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!b.has(k) || !equal(a.get(k), b.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean numeric(JsonNode v) {
        return v.isNumber() || v.isBoolean();
    }

    /** Exact value of a number or boolean; null for NaN and infinities, which BigDecimal cannot hold. */
    private static BigDecimal number(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v.isIntegralNumber()) {
            return new BigDecimal(v.bigIntegerValue());
        }
        double d = v.doubleValue();
        return Double.isFinite(d) ? new BigDecimal(d) : null;
    }

    private static boolean sameInfinity(JsonNode a, JsonNode b) {
        return a.isFloatingPointNumber() && b.isFloatingPointNumber()
                && Double.isInfinite(a.doubleValue()) && a.doubleValue() == b.doubleValue();
    }
}
