package dyad.store.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Rows for a bulk copy, in the CSV dialect that DuckDB's {@code COPY … FROM file} and
 * PostgreSQL's {@code COPY … FROM STDIN} both read the same way: comma-separated, strings
 * always double-quoted (quotes doubled), NULL as an unquoted {@code \N}, so that a quoted
 * {@code "\N"} or {@code ""} stays a string.
 */
final class CsvWriter extends RowWriter {

    /** The copy options both engines accept for this dialect (DuckDB adds ALLOW_QUOTED_NULLS false). */
    static final String NULL = "\\N";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private static final int FLUSH_AT = 1 << 16;

    private final Appendable out;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private boolean first = true;
    private long rows;

    CsvWriter(Appendable out) {
        this.out = out;
    }

    @Override
    long rows() {
        return rows;
    }

    @Override
    CsvWriter str(String s) {
        sep();
        if (s == null) {
            put(NULL);
        } else {
            put("\"");
            put(s.indexOf('"') < 0 ? s : s.replace("\"", "\"\""));
            put("\"");
        }
        return this;
    }

    @Override
    CsvWriter num(long v) {
        sep();
        put(Long.toString(v));
        return this;
    }

    @Override
    CsvWriter num(Integer v) {
        sep();
        put(v == null ? NULL : v.toString());
        return this;
    }

    @Override
    CsvWriter bool(Boolean b) {
        sep();
        put(b == null ? NULL : b.toString());
        return this;
    }

    @Override
    CsvWriter dbl(Double v) {
        sep();
        put(v == null ? NULL : v.toString());
        return this;
    }

    @Override
    CsvWriter date(LocalDate d) {
        sep();
        put(d == null ? NULL : d.toString());
        return this;
    }

    @Override
    CsvWriter timestamp(LocalDateTime t) {
        sep();
        put(t == null ? NULL : TIMESTAMP.format(t));
        return this;
    }

    @Override
    void end() {
        buffer.append('\n');
        first = true;
        rows++;
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Hands the buffered rows to the output; call once all rows are written. */
    void flush() {
        try {
            out.append(buffer);
            buffer.setLength(0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write bulk-copy rows", e);
        }
    }

    private void sep() {
        if (!first) {
            buffer.append(',');
        }
        first = false;
    }

    private void put(String s) {
        buffer.append(s);
    }
}
