package dyad.store.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Consumer;

/**
 * The store's one connection pool (HikariCP), for both engines: every read and write of the
 * repository borrows a connection and gives it back, so a request that makes several reads pays
 * for no new connection. On the embedded store the pooled connections are duplicates of the one
 * open database (one process, one writer at a time, as before); on PostgreSQL they are sessions.
 */
final class Pool {

    /** Connections held at most: enough for a web server's concurrent readers beside an ingest's two writers. */
    static final int SIZE = 10;

    private Pool() {
    }

    /** A pool named {@code dyad-store}; {@code source} says where its connections come from. */
    static HikariDataSource create(Consumer<HikariConfig> source) {
        HikariConfig config = new HikariConfig();
        source.accept(config);
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(1);
        config.setPoolName("dyad-store");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        return new HikariDataSource(config);
    }
}
