package dyad.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The PostgreSQL server the tests may use, at the URL in {@code DYAD_TEST_PG} (environment) or
 * {@code -Ddyad.test.pg}: a test without one is skipped, except under CI ({@code CI=true}) where
 * {@code .ci/run} starts a server and a missing URL is a failure.
 */
public final class TestPostgres {

    private TestPostgres() {
    }

    /** The server's URL; skips (or under CI fails) the calling test when there is none. */
    public static String url() {
        String url = System.getProperty("dyad.test.pg", System.getenv("DYAD_TEST_PG"));
        if ((url == null || url.isBlank()) && "true".equals(System.getenv("CI"))) {
            fail("CI=true but DYAD_TEST_PG is not set: .ci/run must start PostgreSQL for the repository tests");
        }
        assumeTrue(url != null && !url.isBlank(), "no PostgreSQL: set DYAD_TEST_PG=jdbc:postgresql://…");
        return url;
    }

    /** The server's URL, its {@code public} schema emptied first. */
    public static String emptied() throws Exception {
        String url = url();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return url;
    }
}
