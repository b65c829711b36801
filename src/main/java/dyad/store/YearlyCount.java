package dyad.store;

import dyad.model.PloverType;

/** How many events of one type a dyad had in one year. */
public record YearlyCount(int year, PloverType type, long events) {
    public YearlyCount {
        if (year < 0 || year > 9999 || type == null || events < 0) {
            throw new IllegalArgumentException("yearly count needs a year in 0..9999, a type and a count >= 0");
        }
    }
}
