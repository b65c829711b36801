package dyad.store.jdbc;

import dyad.model.Role;
import dyad.store.CoverageCounts;
import dyad.store.CoverageCounts.DocumentCount;
import dyad.store.CoverageCounts.QuoteCount;
import dyad.store.CoverageQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link dyad.store.Repository#coverage}: two aggregates over the documents about a pair. The pair's
 * evidence is read one direction at a time (as the timeline reads its counts), so each part is a
 * lookup on PostgreSQL's {@code events_dyad} and {@code relations_pair} indexes and a narrow column
 * scan on DuckDB; documents and quotes are then reached by document id (their keys).
 */
final class CoverageSql {

    private CoverageSql() {
    }

    /** The pair's evidence spans (null for a relation stated without one) and its documents with their month key. */
    private static final String PAIR = "WITH pair AS ("
            + "SELECT document_id, evidence_start AS s, evidence_end AS e FROM events WHERE source_country = ? AND target_country = ?"
            + " UNION ALL SELECT document_id, evidence_start, evidence_end FROM events WHERE source_country = ? AND target_country = ?"
            + " UNION ALL SELECT document_id, evidence_start, evidence_end FROM relations WHERE country_a = ? AND country_b = ?"
            + " UNION ALL SELECT document_id, evidence_start, evidence_end FROM relations WHERE country_a = ? AND country_b = ?),"
            + " dated AS (SELECT id, publisher, CASE WHEN date_precision IN ('day', 'month')"
            + " THEN CAST(EXTRACT(YEAR FROM date_start) AS INTEGER) * 100 + CAST(EXTRACT(MONTH FROM date_start) AS INTEGER)"
            + " ELSE 0 END AS month FROM documents WHERE id IN (SELECT document_id FROM pair)),"
            + " docs AS (SELECT id, publisher, month FROM dated";

    static CoverageCounts read(Connection c, CoverageQuery q) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(q.a(), q.b(), q.b(), q.a(), q.a(), q.b(), q.b(), q.a()));
        String pair = PAIR + months(q, params) + ") ";
        List<DocumentCount> documents = new ArrayList<>();
        DocumentCount total = new DocumentCount(null, 0, 0);
        // GROUPING SETS: per month and, in the same pass, over all (distinct publishers do not add up).
        try (PreparedStatement ps = c.prepareStatement(pair + "SELECT month, count(*), count(DISTINCT lower(publisher)),"
                + " GROUPING(month) FROM docs GROUP BY GROUPING SETS ((month), ()) ORDER BY month")) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(4) == 1) {
                        total = new DocumentCount(null, rs.getLong(2), rs.getLong(3));
                    } else {
                        documents.add(new DocumentCount(month(rs.getInt(1)), rs.getLong(2), rs.getLong(3)));
                    }
                }
            }
        }
        List<Object> quoteParams = new ArrayList<>(params);
        quoteParams.add(CoverageCounts.NEAR);
        quoteParams.add(CoverageCounts.NEAR);
        List<QuoteCount> quotes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(pair + "SELECT docs.month, speaker_country, speaker_role, speaker_name,"
                + " count(*) FROM quotes JOIN docs ON quotes.document_id = docs.id WHERE EXISTS (SELECT 1 FROM pair"
                + " WHERE pair.document_id = quotes.document_id AND pair.s IS NOT NULL"
                + " AND quotes.quote_start < pair.e + ? AND quotes.quote_end > pair.s - ?)"
                + " GROUP BY docs.month, speaker_country, speaker_role, speaker_name")) {
            Where.bind(ps, 1, quoteParams);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String role = rs.getString(3);
                    quotes.add(new QuoteCount(month(rs.getInt(1)), rs.getString(2), role == null ? null : Role.valueOf(role),
                            rs.getString(4), rs.getLong(5)));
                }
            }
        }
        return new CoverageCounts(documents, total, quotes);
    }

    /** The query's months; a bounded query leaves out documents not dated to a month (key 0). */
    private static String months(CoverageQuery q, List<Object> params) {
        if (!q.bounded()) {
            return "";
        }
        params.add(q.from() == null ? 1 : key(q.from()));
        params.add(q.to() == null ? 999_912 : key(q.to()));
        return " WHERE month BETWEEN ? AND ?";
    }

    private static int key(YearMonth m) {
        return m.getYear() * 100 + m.getMonthValue();
    }

    private static YearMonth month(int key) {
        return key == 0 ? null : YearMonth.of(key / 100, key % 100);
    }
}
