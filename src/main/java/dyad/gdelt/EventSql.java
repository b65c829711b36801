package dyad.gdelt;

import java.util.List;

/**
 * The SQL that reads a GDELT events table where DuckDB reads it (see {@link SqlEventLoad}): each line
 * as one text split at its tabs, checked as {@link EventRows} checks a row (column count,
 * GLOBALEVENTID, SQLDATE, EventCode, numbers, DATEADDED) and read into the columns of
 * {@code imported_events} through the code tables {@link SqlCodeTables} fills. Columns are counted
 * as in GDELT's codebook from 0; SQL lists count from 1.
 */
final class EventSql {

    static final String STAGED = "dyad_gdelt_staged";
    static final String REJECTS = "dyad_gdelt_rejects";
    static final String REJECT_SCANS = "dyad_gdelt_reject_scans";
    /** The columns of a GDELT 2.0 events row. */
    static final int COLUMNS_2 = 61;

    /** The columns of imported_events (db/migration/duckdb/V20), in order. */
    static final List<String> COLUMNS = List.of("origin", "origin_id", "day", "month", "cameo", "type", "mode",
            "root_event", "quad", "goldstein", "source_code", "source_name", "source_cameo_country", "source_country",
            "source_role", "target_code", "target_name", "target_cameo_country", "target_country", "target_role",
            "num_mentions", "num_sources", "num_articles", "avg_tone", "source_geo_country", "target_geo_country",
            "action_geo_country", "action_geo_name", "action_geo_lat", "action_geo_long", "date_added", "url");

    private EventSql() {
    }

    /**
     * A temporary table of the rows of a GDELT 2.0 events file (in no particular order): ok (to be
     * stored), flagged_line (the text of a row that is skipped or has a code the tables do not know, for
     * {@link EventRows} to tell why) and the columns to store. Rows of another number of columns are in
     * {@link #REJECTS}.
     */
    static String stage(String file) {
        return "CREATE OR REPLACE TEMP TABLE " + STAGED + " AS\n" + select(file, false);
    }

    /** The text and ok of each flagged row (a row of another number of columns is passed over: see {@link #REJECTS}). */
    static String flagged(String file) {
        return "SELECT text, ok FROM (" + select(file, true) + ") WHERE flagged";
    }

    private static String select(String file, boolean withText) {
        GdeltKind kind = GdeltKind.EVENTS_2;
        int w = kind.geoWidth;
        int geo = 35;
        int action = geo + 2 * w;
        int dateAdded = geo + 3 * w;
        String numbersOk = String.join(" AND ", integer(25), dbl(action + w - 3), dbl(action + w - 2), integer(29),
                dbl(30), integer(31), integer(32), integer(33), dbl(34));
        StringBuilder text = new StringBuilder("coalesce(c0, '')");
        for (int i = 1; i < COLUMNS_2; i++) {
            text.append(" || chr(9) || coalesce(c").append(i).append(", '')");
        }
        return "WITH cells AS (SELECT * FROM " + read(file, COLUMNS_2, !withText) + "),\n"
                + "named AS (SELECT *, " + f(0) + " AS id, " + f(1) + " AS sqldate, " + f(26) + " AS code, "
                + f(dateAdded) + " AS added FROM cells),\n"
                + "parsed AS (SELECT *,"
                + " (" + signedDigits("id") + " AND try_cast(id AS BIGINT) IS NOT NULL) AS id_ok,"
                + " CASE WHEN length(sqldate) = 8 AND " + digits("sqldate") + " THEN try_strptime(sqldate, '%Y%m%d') END AS day_read,"
                + " CASE WHEN added IS NULL OR NOT " + digits("added") + " THEN NULL"
                + " WHEN length(added) = 8 THEN try_strptime(added, '%Y%m%d')"
                + " WHEN length(added) = 14 THEN try_strptime(added, '%Y%m%d%H%M%S') END AS added_read"
                + " FROM named),\n"
                + "coded AS (SELECT p.*, a.code IS NOT NULL AS code_ok, a.type, a.mode,\n"
                + actor("s", 5) + ",\n" + actor("t", 15) + ",\n"
                + " (" + numbersOk + ") AS numbers_ok\n"
                + " FROM parsed p LEFT JOIN dyad_gdelt_acts a ON a.code = p.code\n"
                + joins("s", 5) + joins("t", 15) + "),\n"
                + "checked AS (SELECT *, id_ok AND day_read IS NOT NULL AND code_ok AS read_ok FROM coded),\n"
                + "judged AS (SELECT *, read_ok AND numbers_ok AND (added IS NULL OR added_read IS NOT NULL) AS ok,"
                + " read_ok AND (s_warn OR t_warn) AS warned FROM checked)\n"
                + "SELECT ok, NOT ok OR warned AS flagged" + (withText ? ", " + text + " AS text" : "") + ",\n"
                + " 'gdelt' AS origin, try_cast(id AS BIGINT) AS origin_id, day_read::DATE AS day,"
                + " year(day_read) * 100 + month(day_read) AS month, code AS cameo, type, mode,"
                + " try_cast(" + f(25) + " AS INTEGER) = 1 AS root_event, try_cast(" + f(29) + " AS INTEGER) AS quad,"
                + " try_cast(" + f(30) + " AS DOUBLE) AS goldstein,\n"
                + actorColumns("s", "source") + ",\n" + actorColumns("t", "target") + ",\n"
                + " try_cast(" + f(31) + " AS INTEGER) AS num_mentions, try_cast(" + f(32) + " AS INTEGER) AS num_sources,"
                + " try_cast(" + f(33) + " AS INTEGER) AS num_articles, try_cast(" + f(34) + " AS DOUBLE) AS avg_tone,\n"
                + " " + f(geo + 2) + " AS source_geo_country, " + f(geo + w + 2) + " AS target_geo_country, "
                + f(action + 2) + " AS action_geo_country, " + f(action + 1) + " AS action_geo_name,"
                + " try_cast(" + f(action + w - 3) + " AS DOUBLE) AS action_geo_lat, try_cast(" + f(action + w - 2)
                + " AS DOUBLE) AS action_geo_long, added_read AS date_added, " + f(dateAdded + 1) + " AS url\n"
                + "FROM judged";
    }

    /**
     * DuckDB's reader of the file's rows as columns c0, c1 … of text (NULL when empty); a row of another
     * number of columns goes to the temporary table dyad_gdelt_rejects (with its line and text), a
     * blank line is passed over.
     */
    private static String read(String file, int columns, boolean rejects) {
        StringBuilder types = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            types.append(i == 0 ? "" : ", ").append("'c").append(i).append("': 'VARCHAR'");
        }
        return "read_csv(" + literal(file) + ", columns = {" + types + "}, delim = '\t', quote = '', escape = '',"
                + " header = false, auto_detect = false, strict_mode = true, "
                + (rejects ? "store_rejects = true, rejects_table = '" + REJECTS + "', rejects_scan = '" + REJECT_SCANS + "')"
                : "ignore_errors = true)");
    }

    /** An actor's code, name, country code and three type codes, and whether the tables leave one unread. */
    private static String actor(String p, int at) {
        String present = "(" + f(at) + " IS NOT NULL OR " + f(at + 2) + " IS NOT NULL)";
        return " " + present + " AS " + p + "_present, " + p + "c.iso3 AS " + p + "_iso3,"
                + " coalesce(" + p + "1.role, " + p + "2.role, " + p + "3.role) AS " + p + "_role,"
                + " " + present + " AND ((" + f(at + 2) + " IS NOT NULL AND " + p + "c.code IS NULL)"
                + " OR (" + f(at + 7) + " IS NOT NULL AND " + p + "1.code IS NULL)"
                + " OR (" + p + "1.role IS NULL AND " + f(at + 8) + " IS NOT NULL AND " + p + "2.code IS NULL)"
                + " OR (" + p + "1.role IS NULL AND " + p + "2.role IS NULL AND " + f(at + 9) + " IS NOT NULL AND "
                + p + "3.code IS NULL)) AS " + p + "_warn";
    }

    private static String joins(String p, int at) {
        return " LEFT JOIN dyad_gdelt_countries " + p + "c ON " + p + "c.code = " + f(at + 2) + "\n"
                + " LEFT JOIN dyad_gdelt_roles " + p + "1 ON " + p + "1.code = " + f(at + 7) + "\n"
                + " LEFT JOIN dyad_gdelt_roles " + p + "2 ON " + p + "2.code = " + f(at + 8) + "\n"
                + " LEFT JOIN dyad_gdelt_roles " + p + "3 ON " + p + "3.code = " + f(at + 9) + "\n";
    }

    private static String actorColumns(String p, String side) {
        int at = p.equals("s") ? 5 : 15;
        return " CASE WHEN " + p + "_present THEN " + f(at) + " END AS " + side + "_code,"
                + " CASE WHEN " + p + "_present THEN " + f(at + 1) + " END AS " + side + "_name,"
                + " CASE WHEN " + p + "_present THEN " + f(at + 2) + " END AS " + side + "_cameo_country,"
                + " CASE WHEN " + p + "_present THEN " + p + "_iso3 END AS " + side + "_country,"
                + " CASE WHEN " + p + "_present THEN " + p + "_role END AS " + side + "_role";
    }

    /** GDELT column i (from 0), NULL when empty. */
    static String f(int i) {
        return "nullif(c" + i + ", '')";
    }

    private static String integer(int i) {
        return "(" + f(i) + " IS NULL OR (" + signedDigits(f(i)) + " AND try_cast(" + f(i) + " AS INTEGER) IS NOT NULL))";
    }

    /** Only digits (DuckDB's casts would take spaces, dots, underscores), and the value not NULL. */
    private static String digits(String value) {
        return "ltrim(" + value + ", '0123456789') = ''";
    }

    /** Only digits and signs (the cast then checks there is at most one, in front). */
    private static String signedDigits(String value) {
        return "ltrim(coalesce(" + value + ", ''), '+-0123456789') = ''";
    }

    private static String dbl(int i) {
        return "(" + f(i) + " IS NULL OR try_cast(" + f(i) + " AS DOUBLE) IS NOT NULL)";
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
