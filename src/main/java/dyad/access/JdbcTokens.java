package dyad.access;

import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's {@code access_tokens} (migration V16): one row per holder, with the SHA-256 of the
 * token and when it was issued; revoking deletes the row, so the token names nobody from then on.
 * Open the store's {@link dyad.store.Repository} first: it brings the schema up to date. As the
 * decision log, the embedded store is shared within the process and an in-memory store is refused.
 */
public final class JdbcTokens implements Tokens, AutoCloseable {

    private final StoreLocation location;
    private final Connection connection;
    private final Clock clock;

    private JdbcTokens(StoreLocation location, Connection connection, Clock clock) {
        this.location = location;
        this.connection = connection;
        this.clock = clock;
    }

    public static JdbcTokens open(StoreLocation location) {
        return open(location, Clock.systemUTC());
    }

    public static JdbcTokens open(StoreLocation location, Clock clock) {
        return new JdbcTokens(location, location.connectBeside("tokens need", "cannot open the tokens"), clock);
    }

    /**
     * Issues a token to {@code name} and returns it: the only time it is seen, since the store keeps
     * its hash. A name that holds a token already is refused (revoke it first).
     */
    public synchronized String issue(String name) {
        String holder = Token.holderName(name);
        if (issued(holder)) {
            throw new IllegalArgumentException("'" + holder + "' holds a token already; revoke it first ('dyad tokens revoke')");
        }
        String token = Token.generate();
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO access_tokens (holder, token_sha256, issued_at) VALUES (?, ?, ?)")) {
            ps.setString(1, holder);
            ps.setString(2, Token.hash(token));
            ps.setTimestamp(3, Timestamp.valueOf(clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime()));
            ps.executeUpdate();
            return token;
        } catch (SQLException e) {
            throw failure("cannot store the token", e);
        }
    }

    /** Revokes the holder's token; false when the name holds none. */
    public synchronized boolean revoke(String name) {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM access_tokens WHERE holder = ?")) {
            ps.setString(1, name == null ? "" : name.strip());
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw failure("cannot revoke the token", e);
        }
    }

    /** Every issued token's holder and day of issue, by name. */
    public synchronized List<IssuedToken> list() {
        List<IssuedToken> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT holder, issued_at FROM access_tokens ORDER BY holder");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new IssuedToken(rs.getString(1), rs.getTimestamp(2).toLocalDateTime().toInstant(ZoneOffset.UTC)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("cannot list the tokens", e);
        }
    }

    @Override
    public synchronized Optional<String> holder(String token) {
        if (token == null || !token.startsWith(Token.PREFIX) || token.length() > 100) {
            return Optional.empty(); // not a token this store could have issued: no need to ask it
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT holder FROM access_tokens WHERE token_sha256 = ?")) {
            ps.setString(1, Token.hash(token));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot check a token", e);
        }
    }

    private boolean issued(String holder) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM access_tokens WHERE holder = ?")) {
            ps.setString(1, holder);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("cannot read the tokens", e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return StoreException.of(location, what, e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("cannot close the tokens", e);
        }
    }
}
