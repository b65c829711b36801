package dyad.store.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A DataSource over a connection factory: where the embedded store's {@link Pool} gets its connections. */
final class ConnectionDataSource implements DataSource {

    interface Factory {
        Connection get() throws SQLException;
    }

    private final Factory factory;

    ConnectionDataSource(Factory factory) {
        this.factory = factory;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return factory.get();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return factory.get();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
