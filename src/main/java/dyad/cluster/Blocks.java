package dyad.cluster;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Blocking, so that a telling is compared only with tellings that could tell its act: a block is
 * one type, one pair of parties and one month (a year for tellings dated only to the year; the
 * report's month for undated ones). A telling lives in one block ({@link #home}) and looks into
 * the few blocks its date can reach ({@link #near}).
 */
public final class Blocks {

    private final ClusterSettings settings;

    public Blocks(ClusterSettings settings) {
        this.settings = settings;
    }

    /** The block a telling is kept in. */
    public long home(Telling t) {
        int period = switch (t.date().precision()) {
            case DAY, MONTH -> month(t.date().firstDay());
            case YEAR -> t.date().yearValue() * 100;
            case UNKNOWN -> t.reported() == null ? 0 : month(t.reported());
        };
        return key(t, period);
    }

    /**
     * The blocks holding every telling {@link SameAct} could accept: the months the telling's
     * dates reach (widened by the day tolerance, and forward by the undated window, where undated
     * tellings reported later are kept), and the years of those months.
     */
    public Set<Long> near(Telling t) {
        Set<Long> keys = new LinkedHashSet<>();
        LocalDate[] span = t.span(settings);
        if (span == null) {
            keys.add(key(t, 0));
            return keys;
        }
        LocalDate from = span[0].minusDays(settings.dayTolerance());
        LocalDate to = span[1].plusDays(settings.dayTolerance());
        LocalDate last = to.plusDays(settings.undatedWindowDays());
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(last)); m = m.plusMonths(1)) {
            keys.add(key(t, m.getYear() * 100 + m.getMonthValue()));
        }
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            keys.add(key(t, y * 100));
        }
        return keys;
    }

    private static int month(LocalDate d) {
        return d.getYear() * 100 + d.getMonthValue();
    }

    private static long key(Telling t, int period) {
        long h = 1125899906842597L;
        for (char ch : (t.type().name() + '|' + t.pair()).toCharArray()) {
            h = 31 * h + ch;
        }
        h = (h ^ period) * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }
}
