package dyad.store;

import java.time.YearMonth;

/**
 * The coverage of a pair of countries: the documents about them, by month of publication, and the
 * quotes about them. Unordered: coverage of a pair has no direction. Optional months (null = all)
 * keep only documents dated within them.
 */
public record CoverageQuery(String a, String b, YearMonth from, YearMonth to) {

    public CoverageQuery {
        a = Dyad.code(a, "first");
        b = Dyad.code(b, "second");
        if (a.equals(b)) {
            throw new IllegalArgumentException("coverage: a pair is two different countries, got " + a + " twice");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("coverage: from " + from + " is after to " + to);
        }
    }

    public static CoverageQuery of(String a, String b) {
        return new CoverageQuery(a, b, null, null);
    }

    /** Whether the query keeps only some months (then documents not dated to a month are left out). */
    public boolean bounded() {
        return from != null || to != null;
    }
}
