package org.packbench.store;

import java.sql.SQLException;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.location.DatabaseAddress;

/**
 * What a PostgreSQL server's refusals mean for the person at the bench, by SQLSTATE class
 * (PostgreSQL manual, appendix A): the server cannot be reached, the password or the database is
 * wrong, the server's disk is full. Each names the server (never a password) and what to do.
 */
final class ServerTrouble {
    private ServerTrouble() {}

    static RuntimeException of(DatabaseAddress.PostgresServer server, SQLException e) {
        String state = sqlState(e);
        String where = server.display();
        Message why;
        if (state == null) {
            why = null;
        } else if (state.startsWith("08")) {
            why = Message.of("db.server.unreachable", where);
        } else if (state.equals("28P01") || state.equals("28000")) {
            why = Message.of("db.server.login", where, server.user());
        } else if (state.equals("3D000")) {
            why = Message.of("db.server.noDatabase", where, server.database());
        } else if (state.equals("53100")) {
            why = Message.of("db.server.full", where);
        } else if (state.startsWith("57P0")) {
            // admin_shutdown, crash_shutdown, cannot_connect_now: the server is stopping or starting.
            why = Message.of("db.server.unreachable", where);
        } else {
            why = null;
        }
        return why == null ? new StoreException(e.getMessage(), e) : new ProblemException(why, e);
    }

    /** The first SQLSTATE in the chain; the pool wraps the driver's refusal in its own. */
    static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }
}
