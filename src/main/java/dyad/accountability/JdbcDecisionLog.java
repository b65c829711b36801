package dyad.accountability;

import dyad.store.StoreException;
import dyad.store.StoreLocation;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The decision log in the store's {@code letter_decisions} table (migration V10). Open the
 * store's {@link dyad.store.Repository} first: it brings the schema up to date. The embedded
 * store is shared because DuckDB hands every connection in a process to the same open database;
 * an in-memory store ({@code jdbc:duckdb:} alone) cannot be shared and is refused.
 */
public final class JdbcDecisionLog implements DecisionLog {

    private static final String INSERT = "INSERT INTO letter_decisions (id, letter_document, letter_n, reference_pos,"
            + " action, demand_n, value, effective, decided_by, decided_at, reason,"
            + " letter_path, letter_identity, target_path, target_identity)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT = "SELECT id, letter_document, letter_n, reference_pos, action, demand_n, value,"
            + " effective, decided_by, decided_at, reason, letter_path, letter_identity, target_path, target_identity"
            + " FROM letter_decisions ORDER BY id";

    private final StoreLocation location;
    private final Connection connection;

    private JdbcDecisionLog(StoreLocation location, Connection connection) {
        this.location = location;
        this.connection = connection;
    }

    public static JdbcDecisionLog open(StoreLocation location) {
        return new JdbcDecisionLog(location, location.connectBeside("letter decisions need",
                "cannot open the letter decision log"));
    }

    @Override
    public synchronized Decision append(Decision d) {
        try {
            long id;
            try (PreparedStatement ps = connection.prepareStatement("SELECT nextval('letter_decision_ids')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                ps.setLong(1, id);
                ps.setString(2, d.letter().letter().documentHash());
                ps.setInt(3, d.letter().letter().n());
                setInt(ps, 4, d.letter().reference());
                ps.setString(5, d.action().code());
                setInt(ps, 6, d.demand());
                ps.setString(7, d.value());
                ps.setDate(8, Date.valueOf(d.effective()));
                ps.setString(9, d.who());
                ps.setTimestamp(10, Timestamp.valueOf(d.at().atOffset(ZoneOffset.UTC).toLocalDateTime()));
                ps.setString(11, d.why());
                setAnchor(ps, 12, d.letterAnchor());
                setAnchor(ps, 14, d.targetAnchor());
                ps.executeUpdate();
            }
            return d.withId(id);
        } catch (SQLException e) {
            throw new StoreException(location.describe() + ": cannot record the decision: " + StoreException.firstLine(e), e);
        }
    }

    private static void setAnchor(PreparedStatement ps, int i, Anchor a) throws SQLException {
        setString(ps, i, a == null ? null : a.path());
        setString(ps, i + 1, a == null ? null : a.identity());
    }

    private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }

    private static Anchor anchor(ResultSet rs, String prefix) throws SQLException {
        String identity = rs.getString(prefix + "_identity");
        return identity == null ? null : new Anchor(rs.getString(prefix + "_path"), identity);
    }

    private static void setInt(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    @Override
    public synchronized List<Decision> all() {
        List<Decision> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SELECT); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int ref = rs.getInt("reference_pos");
                Integer reference = rs.wasNull() ? null : ref;
                int demand = rs.getInt("demand_n");
                Integer demandN = rs.wasNull() ? null : demand;
                out.add(new Decision(rs.getLong("id"),
                        new LetterRef(new RecordRef(rs.getString("letter_document"), rs.getInt("letter_n")), reference),
                        Decision.Action.parse(rs.getString("action")), demandN, rs.getString("value"),
                        rs.getDate("effective").toLocalDate(), rs.getString("decided_by"),
                        rs.getTimestamp("decided_at").toLocalDateTime().toInstant(ZoneOffset.UTC),
                        rs.getString("reason"), anchor(rs, "letter"), anchor(rs, "target")));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException(location.describe() + ": cannot read the letter decision log: " + StoreException.firstLine(e), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException(location.describe() + ": cannot close the letter decision log: " + StoreException.firstLine(e), e);
        }
    }
}
