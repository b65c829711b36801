package dyad.store.jdbc;

import dyad.model.Actor;
import dyad.model.EventDate;
import dyad.model.Precision;
import dyad.model.Role;
import dyad.model.Span;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** Reads the flattened columns of {@link Tables} back into model values. */
final class Rows {

    private Rows() {
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Boolean boolOrNull(ResultSet rs, String column) throws SQLException {
        boolean v = rs.getBoolean(column);
        return rs.wasNull() ? null : v;
    }

    /** The actor in the seven columns with this prefix, or null when its role is NULL (no actor). */
    static Actor actor(ResultSet rs, String prefix) throws SQLException {
        String role = rs.getString(prefix + "_role");
        if (role == null) {
            return null;
        }
        return new Actor(rs.getString(prefix + "_text"), intOrNull(rs, prefix + "_start"), intOrNull(rs, prefix + "_end"),
                rs.getString(prefix + "_name"), rs.getString(prefix + "_country"), rs.getString(prefix + "_org"),
                Role.valueOf(role));
    }

    static EventDate date(ResultSet rs, String prefix) throws SQLException {
        return new EventDate(rs.getString(prefix + "_value"),
                Precision.valueOf(rs.getString(prefix + "_precision").toUpperCase(Locale.ROOT)));
    }

    static Span span(ResultSet rs, String prefix) throws SQLException {
        String text = rs.getString(prefix + "_text");
        return text == null ? null : new Span(text, rs.getInt(prefix + "_start"), rs.getInt(prefix + "_end"));
    }
}
