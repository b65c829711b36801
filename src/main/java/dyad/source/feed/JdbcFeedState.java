package dyad.source.feed;

import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;

/**
 * The feed state in the store's {@code watched_feeds} and {@code watched_items} (migration V21). Open
 * the store's {@link dyad.store.Repository} first: it brings the schema up to date. As the letter
 * decision log, the embedded store is shared within the process and an in-memory store is refused.
 */
public final class JdbcFeedState implements FeedState, AutoCloseable {

    private final StoreLocation location;
    private final Connection connection;
    private final Clock clock;

    private JdbcFeedState(StoreLocation location, Connection connection, Clock clock) {
        this.location = location;
        this.connection = connection;
        this.clock = clock;
    }

    public static JdbcFeedState open(StoreLocation location) {
        return new JdbcFeedState(location, location.connectBeside("watching feeds needs", "cannot open the feed state"),
                Clock.systemUTC());
    }

    @Override
    public synchronized FeedVersion version(String feed) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT etag, last_modified, body_sha256 FROM watched_feeds WHERE url = ?")) {
            ps.setString(1, feed);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new FeedVersion(rs.getString(1), rs.getString(2), rs.getString(3)) : FeedVersion.NONE;
            }
        } catch (SQLException e) {
            throw failure("cannot read the feed state", e);
        }
    }

    @Override
    public synchronized void saveVersion(String feed, FeedVersion version) {
        inTransaction("cannot save the feed state", () -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM watched_feeds WHERE url = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO watched_feeds"
                         + " (url, etag, last_modified, body_sha256, read_at) VALUES (?, ?, ?, ?, ?)")) {
                delete.setString(1, feed);
                delete.executeUpdate();
                insert.setString(1, feed);
                insert.setString(2, version.etag());
                insert.setString(3, version.lastModified());
                insert.setString(4, version.sha256());
                insert.setTimestamp(5, now());
                insert.executeUpdate();
            }
        });
    }

    @Override
    public synchronized boolean seen(String feed, FeedItem item) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM watched_items WHERE (feed_url = ? AND item_key = ?) OR link = ? LIMIT 1")) {
            ps.setString(1, feed);
            ps.setString(2, item.key());
            ps.setString(3, item.link());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("cannot read the feed state", e);
        }
    }

    @Override
    public synchronized void taken(String feed, FeedItem item, String contentHash) {
        inTransaction("cannot save the feed state", () -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM watched_items WHERE feed_url = ? AND item_key = ?");
                 PreparedStatement insert = connection.prepareStatement("INSERT INTO watched_items"
                         + " (feed_url, item_key, guid, link, content_hash, taken_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                delete.setString(1, feed);
                delete.setString(2, item.key());
                delete.executeUpdate();
                insert.setString(1, feed);
                insert.setString(2, item.key());
                insert.setString(3, item.guid());
                insert.setString(4, item.link());
                insert.setString(5, contentHash);
                insert.setTimestamp(6, now());
                insert.executeUpdate();
            }
        });
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(String what, Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private Timestamp now() {
        return Timestamp.valueOf(clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime());
    }

    private StoreException failure(String what, SQLException e) {
        return StoreException.of(location, what, e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close the feed state", e);
        }
    }
}
