package dyad.store.jdbc;

import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.duckdb.DuckDBConnection;

/**
 * The embedded store: one DuckDB database per process, opened once; every unit of work gets
 * its own connection to it ({@code duplicate()}), so readers run beside the writer and see
 * committed data only. Bulk copies go through a CSV file that DuckDB reads in parallel.
 */
final class DuckDbDialect implements Dialect {

    private static final Pattern LOCK_HOLDER = Pattern.compile("PID (\\d+)");

    /**
     * Checkpoint (fold the write-ahead log into the database file) every 1 GB of log rather
     * than every 16 MB, so bulk writes are not rewritten at every commit; a crash replays the
     * log on the next open. Rows need no insertion order: every query that lists says ORDER BY.
     */
    private static final List<String> SETTINGS = List.of(
            "SET checkpoint_threshold = '1GB'",
            "SET preserve_insertion_order = false");

    private final StoreLocation location;
    private final DuckDBConnection root;
    private Path copyFolder;

    DuckDbDialect(StoreLocation location) {
        this.location = location;
        Path file = location.embeddedFile();
        try {
            if (file != null && file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
        } catch (IOException e) {
            throw new StoreException("--db: cannot create the folder for '" + file + "': " + e.getMessage(), e);
        }
        try {
            root = (DuckDBConnection) DriverManager.getConnection(location.jdbcUrl());
            try (Statement s = root.createStatement()) {
                for (String setting : SETTINGS) {
                    s.execute(setting);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(openFailure(file, e), e);
        }
    }

    private static String openFailure(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            Matcher m = LOCK_HOLDER.matcher(message);
            return "--db: '" + file + "' is in use by another process" + (m.find() ? " (PID " + m.group(1) + ")" : "")
                    + "; the embedded store takes one process at a time (stop the other, or use PostgreSQL)";
        }
        return "--db: cannot open '" + file + "': " + message.lines().findFirst().orElse(message);
    }

    @Override
    public StoreLocation location() {
        return location;
    }

    @Override
    public Connection connect() throws SQLException {
        return root.duplicate();
    }

    @Override
    public DataSource dataSource() {
        return new ConnectionDataSource(this::connect);
    }

    @Override
    public List<String> migrationLocations() {
        return List.of("classpath:db/migration/common");
    }

    @Override
    public long copy(Connection c, Table table, Consumer<CsvWriter> rows) throws SQLException {
        Path csv = null;
        try {
            csv = Files.createTempFile(copyFolder(), table.name(), ".csv");
            long count;
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                CsvWriter writer = new CsvWriter(w);
                rows.accept(writer);
                writer.flush();
                count = writer.rows();
            }
            if (count > 0) {
                try (PreparedStatement copy = c.prepareStatement("COPY " + table.name() + " (" + table.columnList()
                        + ") FROM ? (FORMAT csv, HEADER false, DELIMITER ',', QUOTE '\"', ESCAPE '\"', NULLSTR '\\N',"
                        + " ALLOW_QUOTED_NULLS false)")) {
                    copy.setString(1, csv.toString());
                    copy.execute();
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage rows for table " + table.name(), e);
        } finally {
            if (csv != null) {
                try {
                    Files.deleteIfExists(csv);
                } catch (IOException ignored) {
                    // a leftover temp file is harmless
                }
            }
        }
    }

    private synchronized Path copyFolder() throws IOException {
        if (copyFolder == null || !Files.isDirectory(copyFolder)) {
            copyFolder = Files.createTempDirectory("dyad-copy");
        }
        return copyFolder;
    }

    @Override
    public boolean isUniqueViolation(SQLException e) {
        return false;
    }

    @Override
    public synchronized void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close '" + location.describe() + "': " + e.getMessage(), e);
        } finally {
            if (copyFolder != null) {
                try {
                    Files.deleteIfExists(copyFolder);
                } catch (IOException ignored) {
                    // left in the temp folder
                }
            }
        }
    }
}
