package io.wattprint.ledger;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A PostgreSQL connection that can be opened again when the server dropped it (restarted, failed over, an idle
 * connection cut by a proxy). The repositories hold this one object; {@link Sql} calls {@link #reconnect} when a
 * transaction fails because the connection was lost, then runs the whole transaction again.
 */
final class ReconnectingConnection implements InvocationHandler {
    /** How a lost connection is opened again. */
    interface Opener {
        Connection open() throws SQLException;
    }

    /** What {@link Sql} sees of the proxy besides {@link Connection}. */
    interface Reconnectable {
        void reconnect() throws SQLException;
    }

    private final Opener opener;
    private volatile Connection current;

    private ReconnectingConnection(Opener opener, Connection first) {
        this.opener = opener;
        this.current = first;
    }

    static Connection wrap(Connection first, Opener opener) {
        return (Connection) Proxy.newProxyInstance(ReconnectingConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class, Reconnectable.class}, new ReconnectingConnection(opener, first));
    }

    /**
     * Whether {@code e} means the connection is gone: SQLSTATE class 08 (connection exception) or 57P01–57P03
     * (the server shut down or is starting).
     */
    static boolean isConnectionLost(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) return true;
            }
        }
        return false;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Reconnectable.class) {
            Connection old = current;
            current = opener.open();
            Connector.closeQuietly(old);
            return null;
        }
        if (method.getName().equals("equals") && args != null && args.length == 1) return proxy == args[0];
        if (method.getName().equals("hashCode") && args == null) return System.identityHashCode(proxy);
        if (method.getName().equals("toString") && args == null) return "reconnecting " + current;
        try {
            return method.invoke(current, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
