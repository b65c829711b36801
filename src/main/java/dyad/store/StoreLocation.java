package dyad.store;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Where the store lives, from the {@code --db} setting:
 * <ul>
 *   <li>a folder ({@code ./dyad-data}, the default): the embedded store, file {@code dyad.duckdb} inside it, created on first use;</li>
 *   <li>{@code jdbc:duckdb:FILE}: the embedded store in that file; {@code jdbc:duckdb:} alone is in memory (tests);</li>
 *   <li>{@code jdbc:postgresql://HOST[:PORT]/DB[?user=…&password=…]}: a PostgreSQL server (the database must exist).</li>
 * </ul>
 */
public record StoreLocation(Kind kind, String jdbcUrl) {

    public enum Kind { EMBEDDED, POSTGRESQL }

    public static final String DEFAULT_FOLDER = "dyad-data";
    public static final String EMBEDDED_FILE = "dyad.duckdb";

    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    public StoreLocation {
        if (kind == null || jdbcUrl == null) {
            throw new IllegalArgumentException("store kind and URL are required");
        }
    }

    /** The default: the embedded store in {@code ./dyad-data/}. */
    public static StoreLocation defaultLocation() {
        return folder(Path.of(DEFAULT_FOLDER));
    }

    public static StoreLocation folder(Path folder) {
        return new StoreLocation(Kind.EMBEDDED, "jdbc:duckdb:" + folder.resolve(EMBEDDED_FILE));
    }

    /** Parses a {@code --db} value; the message of a bad one names the setting and the accepted forms. */
    public static StoreLocation parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return defaultLocation();
        }
        String s = setting.trim();
        if (s.startsWith("jdbc:duckdb:")) {
            return new StoreLocation(Kind.EMBEDDED, s);
        }
        if (s.startsWith("jdbc:postgresql:")) {
            if (!s.startsWith("jdbc:postgresql://") || s.length() <= "jdbc:postgresql://".length()) {
                throw new IllegalArgumentException(badSetting(s));
            }
            return new StoreLocation(Kind.POSTGRESQL, s);
        }
        if (s.startsWith("jdbc:") || s.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
            throw new IllegalArgumentException(badSetting(s));
        }
        return folder(Path.of(s));
    }

    private static String badSetting(String s) {
        return "--db: unsupported store '" + redact(s) + "'; use a folder, jdbc:duckdb:FILE or jdbc:postgresql://HOST:PORT/DB";
    }

    /** The embedded store's file, or null when in memory or on a server. */
    public Path embeddedFile() {
        if (kind != Kind.EMBEDDED) {
            return null;
        }
        String file = jdbcUrl.substring("jdbc:duckdb:".length());
        int options = file.indexOf('?');
        file = options < 0 ? file : file.substring(0, options);
        return file.isEmpty() || file.equals(":memory:") ? null : Path.of(file);
    }

    /** Whether the store lives only in this process's memory (tests): nothing beside the repository can share it. */
    public boolean inMemory() {
        return kind == Kind.EMBEDDED && embeddedFile() == null;
    }

    /**
     * A connection of its own to this store, for tables kept beside the repository (decisions, tokens, feed
     * state). An in-memory store is refused: "{@code needs} a store on disk or a server"; a failure to connect
     * is "{@code opening}: the driver's reason".
     */
    public java.sql.Connection connectBeside(String needs, String opening) {
        if (inMemory()) {
            throw new StoreException(describe() + ": " + needs + " a store on disk or a server, not an in-memory store");
        }
        try {
            return java.sql.DriverManager.getConnection(jdbcUrl);
        } catch (java.sql.SQLException e) {
            throw StoreException.of(this, opening, e);
        }
    }

    /** The URL as it may be shown: any password replaced by {@code ***}. */
    public String describe() {
        return redact(jdbcUrl);
    }

    static String redact(String url) {
        return PASSWORD.matcher(url).replaceAll("$1***");
    }

    @Override
    public String toString() {
        return describe();
    }
}
