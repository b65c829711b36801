package dyad.store;

import java.util.Locale;

/**
 * A pair of countries (ISO 3166-1 alpha-3). Ordered: {@code a} acts on {@code b} (the event's
 * source and target countries). Unordered: either direction.
 */
public record Dyad(String a, String b, boolean ordered) {

    public Dyad {
        a = code(a, "first");
        b = code(b, "second");
    }

    public static Dyad ordered(String source, String target) {
        return new Dyad(source, target, true);
    }

    public static Dyad either(String a, String b) {
        return new Dyad(a, b, false);
    }

    static String code(String country, String which) {
        String c = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("dyad " + which + " country must be ISO 3166-1 alpha-3: '" + country + "'");
        }
        return c;
    }
}
