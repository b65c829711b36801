package dyad.store.jdbc;

import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.store.TimelineQuery;
import dyad.store.YearlyCount;
import dyad.store.YearlyCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@link dyad.store.Repository#yearlyTimeline(TimelineQuery)}: a GROUP BY over the dyad's rows
 * of {@code events} (event_counts keeps months only, so it cannot see events dated to the year).
 * Both directions are one OR: DuckDB's events are not in dyad order, so it scans the two country
 * columns once either way (one scan beats two, ~20 ms per million events, measured by
 * {@code dyad bench store}); PostgreSQL ORs two ranges of its {@code events_dyad} index.
 */
final class YearlyTimelineQuery {

    private YearlyTimelineQuery() {
    }

    static YearlyCounts read(Connection c, TimelineQuery q) throws SQLException {
        Where w = events(q);
        List<YearlyCount> years = new ArrayList<>();
        long undated = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT CAST(EXTRACT(YEAR FROM date_start) AS INTEGER), type, count(*)"
                + " FROM events" + w.sql() + " GROUP BY 1, 2")) {
            Where.bind(ps, 1, w.params());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int year = rs.getInt(1);
                    if (rs.wasNull()) {
                        undated += rs.getLong(3);
                    } else {
                        years.add(new YearlyCount(year, PloverType.valueOf(rs.getString(2)), rs.getLong(3)));
                    }
                }
            }
        }
        years.sort(Comparator.comparingInt(YearlyCount::year).thenComparing(YearlyCount::type));
        return new YearlyCounts(years, undated);
    }

    /**
     * The dyad's events of the query's types and modalities. The months bound dated events
     * as far as their dates tell: by month when known to the month (date_month), else by year
     * (date_start is 1 January of the year); undated events (no date_start) are never cut.
     */
    private static Where events(TimelineQuery q) {
        Where w = new Where().dyad("source_country", "target_country", q.dyad());
        w.in("type", q.types().stream().map(PloverType::name).toList());
        w.in("modality", q.modalities().stream().map(Modality::code).toList());
        if (q.from() != null) {
            w.add("(date_start IS NULL OR date_month >= ? OR (date_month IS NULL AND date_start >= ?))",
                    q.from().getYear() * 100 + q.from().getMonthValue(), LocalDate.of(q.from().getYear(), 1, 1));
        }
        if (q.to() != null) {
            w.add("(date_start IS NULL OR date_month <= ? OR (date_month IS NULL AND date_start <= ?))",
                    q.to().getYear() * 100 + q.to().getMonthValue(), LocalDate.of(q.to().getYear(), 1, 1));
        }
        return w;
    }
}
