package dyad.store.jdbc;

import dyad.store.Dyad;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A WHERE clause built from fixed SQL fragments with {@code ?} markers, and the values bound to
 * them in order. Values never become SQL text.
 */
final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where add(String clause, Object... values) {
        clauses.add(clause);
        Collections.addAll(params, values);
        return this;
    }

    /** {@code column IN (?, ?, …)} for non-empty values; nothing for empty. */
    Where in(String column, Collection<String> values) {
        if (!values.isEmpty()) {
            clauses.add(column + " IN (" + markers(values.size()) + ")");
            params.addAll(values.stream().sorted().toList());
        }
        return this;
    }

    /** An ordered dyad on two columns, or both orders when unordered. */
    Where dyad(String first, String second, Dyad d) {
        if (d == null) {
            return this;
        }
        if (d.ordered()) {
            return add(first + " = ? AND " + second + " = ?", d.a(), d.b());
        }
        return add("((" + first + " = ? AND " + second + " = ?) OR (" + first + " = ? AND " + second + " = ?))",
                d.a(), d.b(), d.b(), d.a());
    }

    /** Case-insensitive substring match on any of the columns; {@code needle} is lowercase already. */
    Where containsAny(String needle, String... columns) {
        if (needle == null) {
            return this;
        }
        String pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<String> parts = new ArrayList<>();
        for (String c : columns) {
            parts.add("lower(" + c + ") LIKE ? ESCAPE '\\'");
            params.add(pattern);
        }
        clauses.add("(" + String.join(" OR ", parts) + ")");
        return this;
    }

    String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    List<Object> params() {
        return params;
    }

    static String markers(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Binds values from index {@code first}; returns the next free index. */
    static int bind(PreparedStatement ps, int first, List<Object> values) throws SQLException {
        int i = first;
        for (Object v : values) {
            if (v instanceof String s) {
                ps.setString(i++, s);
            } else if (v instanceof Integer n) {
                ps.setInt(i++, n);
            } else if (v instanceof Long n) {
                ps.setLong(i++, n);
            } else if (v instanceof LocalDate d) {
                ps.setDate(i++, Date.valueOf(d));
            } else {
                throw new IllegalArgumentException("cannot bind " + v);
            }
        }
        return i;
    }
}
