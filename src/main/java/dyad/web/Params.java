package dyad.web;

import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.store.Dyad;
import dyad.store.PageRequest;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and checks the query parameters of one request. Every problem is a {@link BadParameter}
 * naming the parameter, so the client learns which one to fix.
 */
final class Params {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 1_000_000;
    static final int MAX_TEXT = 200;

    private final Context ctx;

    Params(Context ctx) {
        this.ctx = ctx;
    }

    /** {@code offset} (default 0) and {@code limit} (default 20, at most 100). */
    PageRequest page() {
        int offset = integer("offset", 0, 0, MAX_OFFSET);
        int limit = integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        return new PageRequest(offset, limit);
    }

    int integer(String name, int absent, int min, int max) {
        String v = single(name);
        if (v == null) {
            return absent;
        }
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new BadParameter(name, "must be a whole number, got " + Shown.quoted(v));
        }
        if (n < min || n > max) {
            throw new BadParameter(name, "must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }

    /** Free text, trimmed, at most 200 characters; null when absent or blank. */
    String text(String name) {
        String v = single(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw new BadParameter(name, "must be at most " + MAX_TEXT + " characters");
        }
        return v.trim();
    }

    /** An ISO 3166-1 alpha-3 code, upper-cased; null when absent. */
    String country(String name) {
        String v = single(name);
        return v == null || v.isBlank() ? null : countryCode(name, v);
    }

    /** An ISO 3166-1 alpha-3 code of a state Dyad knows ({@link States}), upper-cased. */
    static String countryCode(String name, String v) {
        String c = v.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            throw new BadParameter(name, "must be an ISO 3166-1 alpha-3 country code such as CAN, got " + Shown.quoted(v));
        }
        if (!States.known(c)) {
            throw new BadParameter(name, "unknown country code " + c + "; an ISO 3166-1 alpha-3 code of a state, such as CAN");
        }
        return c;
    }

    /** The path's two countries {@code {a}} and {@code {b}}, as an ordered dyad: two different known states. */
    static Dyad pathDyad(Context ctx) {
        String a = countryCode("a", ctx.pathParam("a"));
        String b = countryCode("b", ctx.pathParam("b"));
        if (a.equals(b)) {
            throw new BadParameter("b", "a dyad is two different countries, got " + a + " twice");
        }
        return Dyad.ordered(a, b);
    }

    LocalDate date(String name) {
        String v = single(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "must be a date YYYY-MM-DD, got " + Shown.quoted(v));
        }
    }

    YearMonth month(String name) {
        String v = single(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new BadParameter(name, "must be a month YYYY-MM, got " + Shown.quoted(v));
        }
    }

    boolean flag(String name) {
        String v = single(name);
        if (v == null || v.isBlank()) {
            return false;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadParameter(name, "must be true or false, got " + Shown.quoted(v));
        };
    }

    /** PLOVER types, as repeated parameters or comma-separated. */
    Set<PloverType> types(String name) {
        return enums(name, PloverType.class, code -> PloverType.valueOf(code.toUpperCase(Locale.ROOT)));
    }

    Set<Modality> modalities(String name) {
        return enums(name, Modality.class, code -> Modality.valueOf(code.toUpperCase(Locale.ROOT)));
    }

    <E extends Enum<E>> Set<E> enums(String name, Class<E> type, Function<String, E> parse) {
        Set<E> out = EnumSet.noneOf(type);
        for (String code : list(name)) {
            try {
                out.add(parse.apply(code));
            } catch (IllegalArgumentException e) {
                List<String> known = new ArrayList<>();
                for (E c : type.getEnumConstants()) {
                    known.add(c.name().toLowerCase(Locale.ROOT));
                }
                throw new BadParameter(name, "unknown value " + Shown.quoted(code) + "; one of " + String.join(", ", known));
            }
        }
        return out;
    }

    private List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        if (out.size() > 50) {
            throw new BadParameter(name, "at most 50 values");
        }
        return out;
    }

    /** The parameter's one value, or null; given twice it is an error rather than a silent choice. */
    String single(String name) {
        List<String> values = ctx.queryParams(name);
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new BadParameter(name, "given " + values.size() + " times; give it once");
        }
        return values.get(0);
    }

    /** Both ends of a range, checked for order. */
    static <T extends Comparable<? super T>> void ordered(String name, T from, T to) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new BadParameter(name, from + " is after to " + to);
        }
    }
}
