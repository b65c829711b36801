package dyad.store.jdbc;

import dyad.model.Role;
import dyad.store.ActorActivity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link dyad.store.Repository#actors} and {@link dyad.store.Repository#speakers}: one GROUP BY
 * per actor column (event sources, event targets, quote speakers), summed per body. A body is
 * counted by its own country, so a country's actors are its own, not those it dealt with.
 */
final class ActorCounts {

    private ActorCounts() {
    }

    static List<ActorActivity> read(Connection c, String country, boolean withEvents) throws SQLException {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (withEvents) {
            parts.add(side("events", "source", "count(*)", "0", country, params));
            parts.add(side("events", "target", "count(*)", "0", country, params));
        }
        parts.add(side("quotes", "speaker", "0", "count(*)", country, params));
        String sql = "SELECT name, country, org, role, sum(events), sum(quotes) FROM (" + String.join(" UNION ALL ", parts)
                + ") AS bodies GROUP BY name, country, org, role"
                + " ORDER BY sum(events) + sum(quotes) DESC, name, country, org, role";
        List<ActorActivity> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Where.bind(ps, 1, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String role = rs.getString(4);
                    out.add(new ActorActivity(rs.getString(1), rs.getString(2), rs.getString(3),
                            role == null ? null : Role.valueOf(role), rs.getLong(5), rs.getLong(6)));
                }
            }
        }
        return out;
    }

    /** The named bodies in one actor column of a table, with their counts as events and quotes. */
    private static String side(String table, String actor, String events, String quotes, String country,
                               List<Object> params) {
        String sql = "SELECT " + actor + "_name AS name, " + actor + "_country AS country, " + actor + "_org AS org, "
                + actor + "_role AS role, " + events + " AS events, " + quotes + " AS quotes FROM " + table
                + " WHERE " + actor + "_name IS NOT NULL";
        if (country != null) {
            sql += " AND " + actor + "_country = ?";
            params.add(country);
        }
        return sql + " GROUP BY 1, 2, 3, 4";
    }
}
