package org.packbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packbench.i18n.ProblemException;

/**
 * Moves a bench's records, row for row, into an empty database of the other engine: the same ids,
 * the same log entries with their hashes (the chain holds after as before), the same seals. Tables
 * go in the order their references need; labels newest first, since a replaced label points at its
 * successor.
 */
public final class DatabaseCopy {
    /** Every table of the schema at {@link Migrations#LATEST}, each after the tables it refers to. */
    static final List<String> TABLES = List.of(
            "setting",
            "sku",
            "dac",
            "parcel",
            "label",
            "sscc_counter",
            "sscc",
            "scan",
            "customer_order",
            "printer",
            "print_job",
            "account",
            "log_entry",
            "batch_row",
            "bench_seal",
            "marketplace_account",
            "order_line",
            "outbox",
            "marketplace_pace",
            "marking_code",
            "marking_print",
            "label_template");

    /** Tables whose ids the server hands out itself: its counters move past the copied ids. */
    private static final List<String> IDENTITIES = List.of("label", "scan", "printer", "print_job", "outbox");

    private static final int BATCH = 500;

    private DatabaseCopy() {}

    /**
     * Rows copied per table, in copy order. Refused when {@code to} holds any record already. The
     * bench's printers become {@code bench}'s in the warehouse: the printers it reaches.
     */
    public static Map<String, Long> copy(Database from, Database to, String bench) {
        List<String> occupied = to.read(c -> {
            List<String> found = new ArrayList<>();
            for (String table : TABLES) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        found.add(table);
                    }
                }
            }
            return found;
        });
        if (!occupied.isEmpty()) {
            throw new ProblemException("db.copy.notEmpty", to.address().display(), String.join(", ", occupied));
        }
        return to.inTransaction(target -> from.read(source -> {
            Map<String, Long> copied = new LinkedHashMap<>();
            for (String table : TABLES) {
                copied.put(table, copyTable(source, target, table));
            }
            try (PreparedStatement own = target.prepareStatement("UPDATE printer SET bench = ? WHERE bench = ''")) {
                own.setString(1, bench);
                own.executeUpdate();
            }
            if (to.shared()) {
                for (String table : IDENTITIES) {
                    try (Statement s = target.createStatement()) {
                        s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), MAX(id)) FROM " + table
                                + " HAVING MAX(id) IS NOT NULL");
                    }
                }
            }
            return copied;
        }));
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        String order = table.equals("label") ? " ORDER BY id DESC" : table.equals("log_entry") ? " ORDER BY seq" : "";
        long n = 0;
        try (Statement s = source.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + table + order)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(meta.getColumnName(i));
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement insert = target.prepareStatement(sql)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof String text && text.indexOf('\u0000') >= 0) {
                            // PostgreSQL's text holds no NUL; replacing it would change a sealed log
                            // entry's bytes, so the row is named instead, and nothing is copied.
                            throw new ProblemException("db.copy.nul", table, names.get(i - 1), rs.getObject(1));
                        }
                        insert.setObject(i, value);
                    }
                    insert.addBatch();
                    if (++n % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        return n;
    }
}
