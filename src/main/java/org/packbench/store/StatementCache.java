package org.packbench.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The connection a transaction hands its work: the same SQL prepared twice in one transaction
 * is prepared once. A batch writes thousands of labels in one transaction with the same handful
 * of statements each, and SQLite spent a third of its time compiling them again.
 *
 * <p>Cached statements live only as long as the transaction; when it ends they are closed with
 * it, so no statement outlives the snapshot it was run in. A statement asked for again while the
 * first is still open (nested use of the same SQL) is prepared afresh and not cached.
 */
final class StatementCache implements InvocationHandler {
    private final Connection real;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Set<String> inUse = new HashSet<>();

    private StatementCache(Connection real) {
        this.real = real;
    }

    /** {@code real} seen through the cache; closing the view closes every cached statement and {@code real}. */
    static Connection over(Connection real) {
        return (Connection) Proxy.newProxyInstance(
                StatementCache.class.getClassLoader(), new Class<?>[] {Connection.class}, new StatementCache(real));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("prepareStatement")
                && args != null
                && (args.length == 1 || (args.length == 2 && args[1] instanceof Integer))) {
            return prepare((String) args[0], args.length == 2 ? (Integer) args[1] : -1, method, args);
        }
        if (name.equals("close")) {
            closeStatements();
        }
        return call(real, method, args);
    }

    private Object prepare(String sql, int keys, Method method, Object[] args) throws Throwable {
        String key = keys + ":" + sql;
        if (inUse.contains(key)) {
            return call(real, method, args);
        }
        PreparedStatement statement = statements.get(key);
        if (statement == null) {
            statement = (PreparedStatement) call(real, method, args);
            statements.put(key, statement);
        }
        inUse.add(key);
        PreparedStatement cached = statement;
        return Proxy.newProxyInstance(
                StatementCache.class.getClassLoader(), new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                    if (m.getName().equals("close")) {
                        if (inUse.remove(key)) {
                            cached.clearParameters();
                        }
                        return null;
                    }
                    return call(cached, m, a);
                });
    }

    private void closeStatements() {
        for (PreparedStatement s : statements.values()) {
            try {
                s.close();
            } catch (SQLException ignored) {
                // Closing the connection next releases whatever the statement held.
            }
        }
        statements.clear();
        inUse.clear();
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
