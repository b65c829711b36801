package dyad.store.jdbc;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * DuckDB: very many rows into one table through CSV files of {@link #ROWS_PER_CHUNK} rows that
 * DuckDB's own reader loads (in C++, on its threads), one chunk loading on the connection while the
 * next is written: for millions of rows this is several times faster than the appender, whose cost is
 * per value. All inside the transaction open on the connection; the files are deleted as loaded.
 */
final class CsvChunks extends RowWriter {

    static final long ROWS_PER_CHUNK = 200_000;

    private final Connection c;
    private final Table table;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dyad-csv-chunk-loader");
        t.setDaemon(true);
        return t;
    });
    private Future<?> loading;
    private Path file;
    private BufferedWriter out;
    private CsvWriter csv;
    private long rows;

    private CsvChunks(Connection c, Table table) {
        this.c = c;
        this.table = table;
    }

    /** Copies the rows {@code rows} writes into {@code table}; returns how many. */
    static long copy(Connection c, Table table, Consumer<RowWriter> rows) throws SQLException {
        CsvChunks chunks = new CsvChunks(c, table);
        try {
            rows.accept(chunks);
            chunks.close();
            chunks.await();
            return chunks.rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage rows for table " + table.name(), e);
        } finally {
            chunks.abandon();
        }
    }

    private CsvWriter csv() {
        if (csv == null) {
            try {
                file = Files.createTempFile("dyad-" + table.name() + "-", ".csv");
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stage rows for table " + table.name(), e);
            }
            csv = new CsvWriter(out);
        }
        return csv;
    }

    /** Ends the file being written and has it loaded once the one before it is. */
    private void close() throws IOException, SQLException {
        if (csv == null) {
            return;
        }
        csv.flush();
        out.close();
        Path written = file;
        csv = null;
        out = null;
        file = null;
        await();
        loading = loader.submit(() -> {
            try (PreparedStatement copy = c.prepareStatement("COPY " + table.name() + " (" + table.columnList()
                    + ") FROM ? (FORMAT csv, HEADER false, DELIMITER ',', QUOTE '\"', ESCAPE '\"', NULLSTR '\\N',"
                    + " ALLOW_QUOTED_NULLS false)")) {
                copy.setString(1, written.toString());
                copy.execute();
                return null;
            } finally {
                Files.deleteIfExists(written);
            }
        });
    }

    private void await() throws SQLException {
        if (loading == null) {
            return;
        }
        try {
            loading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while loading rows into " + table.name(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new SQLException("cannot load rows into " + table.name() + ": " + e.getCause().getMessage(), e.getCause());
        } finally {
            loading = null;
        }
    }

    /** After a failure: waits for the load in flight (the caller rolls back) and deletes what is left. */
    private void abandon() {
        try {
            if (loading != null) {
                loading.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // reported by await() already, or superseded by the failure that brought us here
        }
        loader.shutdownNow();
        try {
            if (out != null) {
                out.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary file left behind is no reason to hide the real outcome
        }
    }

    @Override
    RowWriter str(String s) {
        csv().str(s);
        return this;
    }

    @Override
    RowWriter num(long v) {
        csv().num(v);
        return this;
    }

    @Override
    RowWriter num(Integer v) {
        csv().num(v);
        return this;
    }

    @Override
    RowWriter bool(Boolean b) {
        csv().bool(b);
        return this;
    }

    @Override
    RowWriter dbl(Double v) {
        csv().dbl(v);
        return this;
    }

    @Override
    RowWriter date(LocalDate d) {
        csv().date(d);
        return this;
    }

    @Override
    RowWriter timestamp(LocalDateTime t) {
        csv().timestamp(t);
        return this;
    }

    @Override
    void end() {
        csv.end();
        rows++;
        if (rows % ROWS_PER_CHUNK == 0) {
            try {
                close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot stage rows for table " + table.name(), e);
            } catch (SQLException e) {
                throw new AppenderRows.Failure(e);
            }
        }
    }

    @Override
    long rows() {
        return rows;
    }
}
