package dyad.store;

import java.util.List;

/**
 * A dyad's yearly event counts per PLOVER type (by year, then type in PLOVER order; years
 * without events absent) and how many of its events carry no date at all.
 */
public record YearlyCounts(List<YearlyCount> years, long undated) {
    public YearlyCounts {
        years = List.copyOf(years);
        if (undated < 0) {
            throw new IllegalArgumentException("undated events must be >= 0, got " + undated);
        }
    }
}
