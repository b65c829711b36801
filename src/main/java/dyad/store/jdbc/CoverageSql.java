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
import java.util.Comparator;
import java.util.List;

/**
 * {@link dyad.store.Repository#coverage}: one statement over the documents about a pair. The pair's
 * evidence is read once (materialised; both directions in one pass: on DuckDB one scan of the events'
 * country columns, on PostgreSQL its {@code events_dyad} and {@code relations_pair} indexes), then its
 * documents and quotes are reached by document id (their keys). The answer's rows are of three parts:
 * documents per month, documents over all, and quotes per month and speaker.
 */
final class CoverageSql {

    private CoverageSql() {
    }

    private static final int MONTH = 0;
    private static final int TOTAL = 1;
    private static final int QUOTE = 2;

    /** The pair's evidence spans (null for a relation stated without one) and its documents with their month key. */
    private static final String PAIR = "WITH pair AS MATERIALIZED ("
            + "SELECT document_id, evidence_start AS s, evidence_end AS e FROM events"
            + " WHERE (source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?)"
            + " UNION ALL SELECT document_id, evidence_start, evidence_end FROM relations"
            + " WHERE (country_a = ? AND country_b = ?) OR (country_a = ? AND country_b = ?)),"
            + " dated AS (SELECT id, publisher, CASE WHEN date_precision IN ('day', 'month')"
            + " THEN CAST(EXTRACT(YEAR FROM date_start) AS INTEGER) * 100 + CAST(EXTRACT(MONTH FROM date_start) AS INTEGER)"
            + " ELSE 0 END AS month FROM documents WHERE id IN (SELECT document_id FROM pair)),"
            + " docs AS MATERIALIZED (SELECT id, publisher, month FROM dated";

    /** GROUPING SETS: per month and, in the same pass, over all (distinct publishers do not add up). */
    private static final String PARTS = " SELECT GROUPING(month) AS part, month, CAST(NULL AS VARCHAR) AS country,"
            + " CAST(NULL AS VARCHAR) AS role, CAST(NULL AS VARCHAR) AS speaker, count(*) AS n,"
            + " count(DISTINCT lower(publisher)) AS publishers FROM docs GROUP BY GROUPING SETS ((month), ())"
            + " UNION ALL SELECT " + QUOTE + ", docs.month, speaker_country, speaker_role, speaker_name, count(*), 0"
            + " FROM quotes JOIN docs ON quotes.document_id = docs.id WHERE EXISTS (SELECT 1 FROM pair"
            + " WHERE pair.document_id = quotes.document_id AND pair.s IS NOT NULL"
            + " AND quotes.quote_start < pair.e + ? AND quotes.quote_end > pair.s - ?)"
            + " GROUP BY docs.month, speaker_country, speaker_role, speaker_name";

    static CoverageCounts read(Connection c, CoverageQuery q) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(q.a(), q.b(), q.b(), q.a(), q.a(), q.b(), q.b(), q.a()));
        String sql = PAIR + months(q, params) + ")" + PARTS;
        params.add(CoverageCounts.NEAR);
        params.add(CoverageCounts.NEAR);
        List<DocumentCount> documents = new ArrayList<>();
        DocumentCount total = new DocumentCount(null, 0, 0);
        List<QuoteCount> quotes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    YearMonth month = month(rs.getInt(2));
                    switch (rs.getInt(1)) {
                        case MONTH -> documents.add(new DocumentCount(month, rs.getLong(6), rs.getLong(7)));
                        case TOTAL -> total = new DocumentCount(null, rs.getLong(6), rs.getLong(7));
                        default -> {
                            String role = rs.getString(4);
                            quotes.add(new QuoteCount(month, rs.getString(3), role == null ? null : Role.valueOf(role),
                                    rs.getString(5), rs.getLong(6)));
                        }
                    }
                }
            }
        }
        documents.sort(Comparator.comparing(DocumentCount::month, Comparator.nullsFirst(Comparator.naturalOrder())));
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
