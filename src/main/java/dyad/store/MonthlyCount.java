package dyad.store;

import dyad.model.PloverType;
import java.time.YearMonth;

/** How many events of one type a dyad had in one month. */
public record MonthlyCount(YearMonth month, PloverType type, long events) {
    public MonthlyCount {
        if (month == null || type == null || events < 0) {
            throw new IllegalArgumentException("monthly count needs month, type and a count >= 0");
        }
    }
}
