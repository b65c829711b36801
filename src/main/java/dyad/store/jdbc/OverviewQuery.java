package dyad.store.jdbc;

import dyad.model.PloverType;
import dyad.store.Overview;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@link dyad.store.Repository#overview()}: counts per table, the span of event dates, events by type, busiest dyads. */
final class OverviewQuery {

    private OverviewQuery() {
    }

    static Overview read(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            long[] counts = new long[5];
            String[] tables = {"documents", "events", "quotes", "letters", "relations"};
            for (int i = 0; i < tables.length; i++) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + tables[i])) {
                    rs.next();
                    counts[i] = rs.getLong(1);
                }
            }
            LocalDate first;
            LocalDate last;
            try (ResultSet rs = s.executeQuery("SELECT min(date_start), max(date_start) FROM events")) {
                rs.next();
                first = localDate(rs.getDate(1));
                last = localDate(rs.getDate(2));
            }
            Map<PloverType, Long> byType = new EnumMap<>(PloverType.class);
            try (ResultSet rs = s.executeQuery("SELECT type, count(*) FROM events GROUP BY type")) {
                while (rs.next()) {
                    byType.put(PloverType.valueOf(rs.getString(1)), rs.getLong(2));
                }
            }
            List<Overview.DyadCount> top = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT source_country, target_country, sum(events) AS total"
                    + " FROM event_cells GROUP BY source_country, target_country HAVING sum(events) > 0"
                    + " ORDER BY total DESC, source_country, target_country LIMIT 10")) {
                while (rs.next()) {
                    top.add(new Overview.DyadCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return new Overview(counts[0], counts[1], counts[2], counts[3], counts[4], first, last, byType, top);
        }
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
