package dyad.gdelt;

import dyad.model.Role;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The code tables {@link EventSql} joins, as temporary tables on the connection, filled from
 * {@link CameoTables} (so the TSVs stay their one source): {@code dyad_gdelt_acts} every 2- to 4-digit
 * event code CAMEO has (looked up by code, parent or root, as {@link CameoTables#act} does) with its
 * PLOVER type and mode; {@code dyad_gdelt_countries} every actor country code with its state (NULL:
 * none); {@code dyad_gdelt_roles} every actor type code with its role (NULL: none).
 */
final class SqlCodeTables {

    private SqlCodeTables() {
    }

    static void create(Connection c, CameoTables tables) throws SQLException {
        List<String> acts = new ArrayList<>();
        for (int digits = 2; digits <= 4; digits++) {
            int end = (int) Math.pow(10, digits);
            for (int n = 0; n < end; n++) {
                String code = String.format(Locale.ROOT, "%0" + digits + "d", n);
                CameoTables.Act act = tables.act(code);
                if (act != null) {
                    acts.add(row(code, act.type() == null ? null : act.type().name(), act.mode()));
                }
            }
        }
        List<String> countries = new ArrayList<>();
        tables.countries().forEach((code, country) -> countries.add(row(code, country.iso3())));
        List<String> roles = new ArrayList<>();
        for (String code : tables.roleCodes()) {
            Role role = tables.role(code);
            roles.add(row(code, role == null ? null : role.name()));
        }
        try (Statement s = c.createStatement()) {
            fill(s, "dyad_gdelt_acts", "code VARCHAR, type VARCHAR, mode VARCHAR", acts);
            fill(s, "dyad_gdelt_countries", "code VARCHAR, iso3 VARCHAR", countries);
            fill(s, "dyad_gdelt_roles", "code VARCHAR, role VARCHAR", roles);
        }
    }

    private static void fill(Statement s, String table, String columns, List<String> rows) throws SQLException {
        s.execute("CREATE OR REPLACE TEMP TABLE " + table + " (" + columns + ")");
        if (!rows.isEmpty()) {
            s.execute("INSERT INTO " + table + " VALUES " + String.join(", ", rows));
        }
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("(");
        for (String cell : cells) {
            b.append(b.length() == 1 ? "" : ", ").append(cell == null ? "NULL" : EventSql.literal(cell));
        }
        return b.append(')').toString();
    }
}
