package org.packbench.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Connections to one SQLite file, kept open between operations. Opening one costs a file open and
 * five pragmas; a batch looks up each row's product with its own read, and a scan at the packing
 * screen makes a dozen reads and writes. A connection handed back is as a fresh one would be: no
 * transaction open (rolled back), auto-commit on, and every statement its user left open closed,
 * so no read snapshot outlives the operation that took it.
 */
final class SqliteConnections {
    /** The most kept idle: the threads that touch the database at once (window, worker, a reader or two). */
    static final int KEPT = 4;

    interface Opener {
        Connection open() throws SQLException;
    }

    private final Opener opener;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    SqliteConnections(Opener opener) {
        this.opener = opener;
    }

    /** A connection of the file's own; closing it hands it back. */
    Connection take() throws SQLException {
        Connection real;
        synchronized (this) {
            real = idle.pollFirst();
        }
        if (real == null) {
            real = opener.open();
        }
        return (Connection) Proxy.newProxyInstance(
                SqliteConnections.class.getClassLoader(), new Class<?>[] {Connection.class}, new Lent(real));
    }

    /** Closes the idle connections; those still lent out are closed when handed back. */
    void close() {
        List<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayList<>(idle);
            idle.clear();
        }
        toClose.forEach(SqliteConnections::closeQuietly);
    }

    synchronized int idleCount() {
        return idle.size();
    }

    private void handBack(Connection real, List<Statement> left) {
        for (Statement s : left) {
            closeQuietly(s);
        }
        boolean clean;
        try {
            if (!real.getAutoCommit()) {
                real.rollback();
                real.setAutoCommit(true);
            }
            clean = !real.isClosed();
        } catch (SQLException e) {
            // A connection that cannot be reset (an I/O error, a full disk) is not lent again.
            clean = false;
        }
        synchronized (this) {
            if (clean && !closed && idle.size() < KEPT) {
                idle.addFirst(real);
                return;
            }
        }
        closeQuietly(real);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // Closing is all that is left to do with it.
        }
    }

    /** One loan of a connection: closing it ends the loan, and the proxy is of no use after. */
    private final class Lent implements InvocationHandler {
        private final Connection real;
        private final List<Statement> statements = new ArrayList<>();
        private boolean returned;

        Lent(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!returned) {
                        returned = true;
                        handBack(real, statements);
                    }
                    return null;
                }
                case "isClosed" -> {
                    return returned || real.isClosed();
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "lent " + real;
                }
                default -> {
                    // An object method has no check to pass; a JDBC call on a returned loan does.
                }
            }
            if (returned) {
                throw new SQLException("connection already closed");
            }
            Object result;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Statement s) {
                // Closing a connection closes its statements; a lent one must too.
                statements.removeIf(SqliteConnections::isClosedQuietly);
                statements.add(s);
            }
            return result;
        }
    }

    private static boolean isClosedQuietly(Statement s) {
        try {
            return s.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }
}
