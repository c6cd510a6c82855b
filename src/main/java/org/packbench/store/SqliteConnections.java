package org.packbench.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
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
 *
 * <p>A kept connection trusts its page cache while the WAL index says nothing changed, so it would
 * go on reading (and writing) a file that another program replaced or wrote over, where a fresh
 * connection reads the file as it is now. Before one is lent again the file is checked to be the
 * same file (its inode) and still an SQLite file (its first bytes); if not, the kept connections
 * are let go and the next one opened sees the file as it is.
 */
final class SqliteConnections {
    /** The most kept idle: the threads that touch the database at once (window, worker, a reader or two). */
    static final int KEPT = 4;

    interface Opener {
        Connection open() throws SQLException;
    }

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Opener opener;
    private final Deque<Connection> idle = new ArrayDeque<>();
    /** The file as it was when last opened or checked. */
    private Stamp seen;

    private boolean closed;

    SqliteConnections(Path file, Opener opener) {
        this.file = file;
        this.opener = opener;
    }

    /** A connection of the file's own; closing it hands it back. */
    Connection take() throws SQLException {
        Connection real;
        synchronized (this) {
            real = idle.pollFirst();
        }
        if (real != null && !stillTheFile()) {
            closeQuietly(real);
            letIdleGo();
            real = null;
        }
        if (real == null) {
            real = opener.open();
            Stamp now = Stamp.of(file);
            synchronized (this) {
                seen = now;
            }
        }
        return (Connection) Proxy.newProxyInstance(
                SqliteConnections.class.getClassLoader(), new Class<?>[] {Connection.class}, new Lent(real));
    }

    /** Closes the idle connections; those still lent out are closed when handed back. */
    void close() {
        synchronized (this) {
            closed = true;
        }
        letIdleGo();
    }

    private void letIdleGo() {
        List<Connection> toClose;
        synchronized (this) {
            toClose = new ArrayList<>(idle);
            idle.clear();
        }
        toClose.forEach(SqliteConnections::closeQuietly);
    }

    /**
     * The file the kept connections were opened on, and still an SQLite file (or not yet written).
     * One look at its attributes a loan: in WAL mode the file itself changes only at a checkpoint,
     * so its first bytes are read only when its size or time moved. Where the file system gives no
     * file key (Windows), identity is not compared, only the first bytes.
     */
    private boolean stillTheFile() {
        Stamp now = Stamp.of(file);
        Stamp before;
        synchronized (this) {
            before = seen;
        }
        if (now == null) {
            return false;
        }
        if (now.equals(before)) {
            return true;
        }
        if (before != null && now.key() != null && !now.key().equals(before.key())) {
            return false;
        }
        if (!startsAsSqlite()) {
            return false;
        }
        synchronized (this) {
            seen = now;
        }
        return true;
    }

    private boolean startsAsSqlite() {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(MAGIC.length);
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // read until the header is in or the file ends
            }
            return head.position() == 0 || java.util.Arrays.equals(head.array(), MAGIC);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** What a look at the file's attributes tells apart: which file, how long, last written when. */
    private record Stamp(Object key, long size, java.nio.file.attribute.FileTime modified) {
        /** Null when the file cannot be looked at (gone). */
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(a.fileKey(), a.size(), a.lastModifiedTime());
            } catch (java.io.IOException e) {
                return null;
            }
        }
    }

    synchronized int idleCount() {
        return idle.size();
    }

    /**
     * @param settled the loan's last call was commit or rollback. sqlite-jdbc begins the next
     *     transaction (BEGIN IMMEDIATE, the write lock) inside both, so that empty transaction is
     *     ended with a plain commit. Anything else left open is rolled back first, which in
     *     sqlite-jdbc begins yet another transaction: the write lock taken again, and waited for
     *     behind another process's writer.
     */
    private void handBack(Connection real, List<Statement> left, boolean settled) {
        for (Statement s : left) {
            closeQuietly(s);
        }
        boolean clean;
        try {
            if (!real.getAutoCommit()) {
                if (!settled) {
                    real.rollback();
                }
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
        /** Nothing was asked of the connection since its last commit or rollback. */
        private boolean settled;

        Lent(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    if (!returned) {
                        returned = true;
                        handBack(real, statements, settled);
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
            settled = false;
            try {
                result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            String name = method.getName();
            settled = (name.equals("commit") || name.equals("rollback")) && (args == null || args.length == 0);
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
