package dyad.store.jdbc;

import dyad.model.Actor;
import dyad.model.EventDate;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Rows for a bulk copy, value by value in the table's column order, then {@link #end()}. Each
 * engine has its own: CSV for PostgreSQL's {@code COPY}, DuckDB's appender for the embedded store.
 */
abstract class RowWriter {

    abstract RowWriter str(String s);

    abstract RowWriter num(long v);

    /** A nullable number. */
    abstract RowWriter num(Integer v);

    abstract RowWriter bool(Boolean b);

    /** A nullable floating-point number (DOUBLE PRECISION). */
    abstract RowWriter dbl(Double v);

    abstract RowWriter date(LocalDate d);

    abstract RowWriter timestamp(LocalDateTime t);

    /** Ends the row. */
    abstract void end();

    /** Rows ended so far. */
    abstract long rows();

    /** value, precision, first day. */
    final RowWriter date(EventDate d) {
        return str(d.value()).str(d.precision().code()).date(d.firstDay());
    }

    /** The seven actor columns; all NULL for a missing actor. */
    final RowWriter actor(Actor a) {
        if (a == null) {
            return str(null).num((Integer) null).num((Integer) null).str(null).str(null).str(null).str(null);
        }
        return str(a.text()).num(a.start()).num(a.end()).str(a.name()).str(a.country()).str(a.org()).str(a.role().name());
    }
}
