package dyad.store.jdbc;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;

/**
 * Rows straight into DuckDB's column vectors through its appender: no text to format or
 * parse. The appender wants each number in its column's exact width, so it is told which
 * columns are BIGINT.
 */
final class AppenderRows extends RowWriter {

    /** An appender failure, carried out of the row callbacks and rethrown as the SQLException it is. */
    static final class Failure extends RuntimeException {
        Failure(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private final DuckDBAppender appender;
    private final boolean[] bigint;
    private int column;
    private long rows;

    AppenderRows(DuckDBAppender appender, boolean[] bigint) {
        this.appender = appender;
        this.bigint = bigint;
    }

    private DuckDBAppender next() throws SQLException {
        if (column == 0) {
            appender.beginRow();
        }
        column++;
        return appender;
    }

    @Override
    RowWriter str(String s) {
        try {
            next().append(s);
        } catch (SQLException e) {
            throw new Failure(e);
        }
        return this;
    }

    @Override
    RowWriter num(long v) {
        try {
            boolean wide = bigint[column];
            if (wide) {
                next().append(v);
            } else {
                next().append(Math.toIntExact(v));
            }
        } catch (SQLException e) {
            throw new Failure(e);
        }
        return this;
    }

    @Override
    RowWriter num(Integer v) {
        if (v == null) {
            return nothing();
        }
        return num((long) v);
    }

    @Override
    RowWriter bool(Boolean b) {
        if (b == null) {
            return nothing();
        }
        try {
            next().append(b.booleanValue());
        } catch (SQLException e) {
            throw new Failure(e);
        }
        return this;
    }

    @Override
    RowWriter dbl(Double v) {
        if (v == null) {
            return nothing();
        }
        try {
            next().append(v.doubleValue());
        } catch (SQLException e) {
            throw new Failure(e);
        }
        return this;
    }

    @Override
    RowWriter date(LocalDate d) {
        if (d == null) {
            return nothing();
        }
        try {
            next().append(d);
        } catch (SQLException e) {
            throw new Failure(e);
        }
        return this;
    }

    @Override
    RowWriter timestamp(LocalDateTime t) {
        if (t == null) {
            return nothing();
        }
        try {
            next().append(t);
        } catch (SQLException e) {
            throw new Failure(e);
        }
        return this;
    }

    private RowWriter nothing() {
        try {
            next().appendNull();
        } catch (SQLException e) {
            throw new Failure(e);
        }
        return this;
    }

    @Override
    void end() {
        try {
            appender.endRow();
        } catch (SQLException e) {
            throw new Failure(e);
        }
        column = 0;
        rows++;
    }

    @Override
    long rows() {
        return rows;
    }
}
