package org.packbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations: {@code migration/V1.sql}, {@code V2.sql}, … on the class path,
 * applied in order, each in its own transaction together with its row in {@code schema_version}.
 * A migration is never edited once released; a change is a new file.
 */
public final class Migrations {
    private static final String FOLDER = "migration/";

    private Migrations() {}

    /** The highest version shipped with this build. */
    public static int latest() {
        int v = 0;
        while (Migrations.class.getResource(FOLDER + "V" + (v + 1) + ".sql") != null) {
            v++;
        }
        return v;
    }

    /** The version the database is at; 0 for a new file. */
    public static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static void migrate(Connection c, int target) throws SQLException {
        boolean auto = c.getAutoCommit();
        // Transactions are IMMEDIATE (see Database): two processes starting on a new file
        // take turns here, and the second finds the first one's work done.
        c.setAutoCommit(false);
        try {
            int at = current(c);
            if (at > latest()) {
                throw new SQLException("the database is at schema version " + at + ", newer than this PackBench ("
                        + latest() + "); install the newer PackBench");
            }
            for (int v = at + 1; v <= target; v++) {
                for (String sql : statements(read(v))) {
                    try (Statement s = c.createStatement()) {
                        s.execute(sql);
                    }
                }
                try (PreparedStatement p =
                        c.prepareStatement("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, Instant.now().toString());
                    p.executeUpdate();
                }
                c.commit();
            }
            c.commit();
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException undo) {
                // SQLite rolled back already (a full disk, an I/O error): its "no transaction is
                // active" must not take the place of the reason.
                e.addSuppressed(undo);
            }
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String read(int version) throws SQLException {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + "V" + version + ".sql")) {
            if (in == null) {
                throw new SQLException("migration V" + version + ".sql is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration V" + version, e);
        }
    }

    /**
     * Splits a script at semicolons that end a line. A trigger body keeps its inner
     * semicolons: it runs from CREATE TRIGGER to the line holding END;.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            if (current.length() == 0 && trimmed.toUpperCase().startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            current.append(line).append('\n');
            boolean ends = trimmed.endsWith(";")
                    && (!inTrigger || trimmed.toUpperCase().startsWith("END"));
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (current.toString().strip().length() > 0) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
