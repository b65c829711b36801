package dyad.store.jdbc;

import dyad.model.Modality;
import dyad.model.PloverType;
import dyad.store.MonthlyCount;
import dyad.store.TimelineQuery;
import dyad.store.YearlyCount;
import dyad.store.YearlyCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dyad timelines, monthly and yearly, read from the {@code event_cells} view (event_counts and
 * whatever is not counted yet) rather than from events. A cell's month is year*100+month, year*100
 * when only the year is known, 0 when undated. Each direction of a dyad is its own query, so each
 * reads one narrow range of the counts in dyad order (one OR across both directions would scan
 * the whole table).
 */
final class TimelineCells {

    private TimelineCells() {
    }

    static List<MonthlyCount> monthly(Connection c, TimelineQuery q) throws SQLException {
        List<MonthlyCount> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<PloverType, Long>> cell : read(c, q, TimelineCells::monthlyCells).entrySet()) {
            YearMonth month = YearMonth.of(cell.getKey() / 100, cell.getKey() % 100);
            cell.getValue().forEach((type, events) -> out.add(new MonthlyCount(month, type, events)));
        }
        return out;
    }

    static YearlyCounts yearly(Connection c, TimelineQuery q) throws SQLException {
        Map<Integer, Map<PloverType, Long>> byYear = new TreeMap<>();
        long undated = 0;
        for (Map.Entry<Integer, Map<PloverType, Long>> cell : read(c, q, TimelineCells::yearlyCells).entrySet()) {
            if (cell.getKey() == 0) {
                undated += cell.getValue().values().stream().mapToLong(Long::longValue).sum();
                continue;
            }
            Map<PloverType, Long> year = byYear.computeIfAbsent(cell.getKey() / 100, y -> new TreeMap<>());
            cell.getValue().forEach((type, events) -> year.merge(type, events, Long::sum));
        }
        List<YearlyCount> years = new ArrayList<>();
        // TreeMaps: by year, then type in PLOVER (enum) order.
        byYear.forEach((year, types) -> types.forEach((type, events) -> years.add(new YearlyCount(year, type, events))));
        return new YearlyCounts(years, undated);
    }

    /** Which cells of one direction a timeline takes. */
    private interface Cells {
        Where of(TimelineQuery q, String source, String target);
    }

    /**
     * The tellings that are not their cluster's canonical one, as cells of -1 (same columns as
     * event_cells): counting acts takes them from the reports, so a cluster counts once, where its
     * canonical telling falls. A member's parties are its event's countries whenever the event has
     * them, the only events a timeline counts; the month key is event_cells'.
     */
    static final String RETOLD = "(SELECT m.source_party AS source_country, m.target_party AS target_country,"
            + " CASE WHEN m.date_precision IN ('day', 'month')"
            + " THEN CAST(substr(m.date_value, 1, 4) AS INTEGER) * 100 + CAST(substr(m.date_value, 6, 2) AS INTEGER)"
            + " WHEN m.date_precision = 'year' THEN CAST(substr(m.date_value, 1, 4) AS INTEGER) * 100 ELSE 0 END AS month,"
            + " m.type AS type, m.modality AS modality, -1 AS events"
            + " FROM cluster_members m JOIN event_clusters k ON k.id = m.cluster_id"
            + " WHERE m.document_id <> k.canonical_document OR m.n <> k.canonical_n) AS retold";

    /** Events (or acts) per cell month and type (types in PLOVER order), empty cells left out. */
    private static Map<Integer, Map<PloverType, Long>> read(Connection c, TimelineQuery q, Cells cells) throws SQLException {
        List<String> tables = q.count() == TimelineQuery.Count.ACTS ? List.of("event_cells", RETOLD) : List.of("event_cells");
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (String table : tables) {
            for (boolean back : q.dyad().ordered() ? List.of(false) : List.of(false, true)) {
                Where w = back ? cells.of(q, q.dyad().b(), q.dyad().a()) : cells.of(q, q.dyad().a(), q.dyad().b());
                sql.append(sql.isEmpty() ? "" : " UNION ALL ").append("SELECT month, type, events FROM ").append(table)
                        .append(w.sql());
                params.addAll(w.params());
            }
        }
        Map<Integer, Map<PloverType, Long>> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT month, type, sum(events) FROM (" + sql + ") AS cells"
                + " GROUP BY month, type HAVING sum(events) > 0")) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getInt(1), m -> new TreeMap<>())
                            .put(PloverType.valueOf(rs.getString(2)), rs.getLong(3));
                }
            }
        }
        return out;
    }

    private static Where direction(TimelineQuery q, String source, String target) {
        Where w = new Where().add("source_country = ? AND target_country = ?", source, target);
        w.in("type", q.types().stream().map(PloverType::name).toList());
        w.in("modality", q.modalities().stream().map(Modality::code).toList());
        return w;
    }

    /** Cells known to the month, within the query's months. */
    private static Where monthlyCells(TimelineQuery q, String source, String target) {
        Where w = direction(q, source, target).add("month % 100 <> 0");
        if (q.from() != null) {
            w.add("month >= ?", key(q.from()));
        }
        if (q.to() != null) {
            w.add("month <= ?", key(q.to()));
        }
        return w;
    }

    /**
     * Every cell, the query's months bounding dated ones as far as their dates tell: by month
     * when known to the month, else by year; undated cells are never cut.
     */
    private static Where yearlyCells(TimelineQuery q, String source, String target) {
        Where w = direction(q, source, target);
        if (q.from() != null) {
            w.add("(month = 0 OR month >= ? OR (month % 100 = 0 AND month >= ?))", key(q.from()), q.from().getYear() * 100);
        }
        if (q.to() != null) {
            w.add("(month = 0 OR month <= ?)", key(q.to()));
        }
        return w;
    }

    private static int key(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }
}
