package org.packbench.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.packbench.catalog.CatalogRepository;
import org.packbench.catalog.Gtin;
import org.packbench.catalog.ImportResult;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;

/** The catalog in SQLite. Money is kept in integer cents; text exactly as imported. */
public final class SqliteCatalogRepository implements CatalogRepository {
    private static final String COLUMNS = "sku, gtin, name_ru, net_weight_g, manufacturer, country_of_origin, "
            + "eac_cert, hs_code, length_mm, width_mm, height_mm, declared_value_cents, marketplace";
    private static final int IN_CHUNK = 500;
    /** An import that replaces: every column of a row already there takes the file's value (both engines). */
    private static final String REPLACING = " ON CONFLICT (sku) DO UPDATE SET "
            + java.util.Arrays.stream((COLUMNS + ", search_text, updated_at").split(",\\s*"))
                    .filter(col -> !col.equals("sku"))
                    .map(col -> col + " = excluded." + col)
                    .collect(java.util.stream.Collectors.joining(", "));

    private final Database db;
    private final Clock clock;

    public SqliteCatalogRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public ImportResult importing(boolean replace, Function<ImportSession, ImportResult> work) {
        String now = clock.instant().toString();
        return db.inTransaction(
                c -> {
                    try (Statement s = c.createStatement()) {
                        // Scratch space of this connection only, gone when it closes; SQLite keeps it in a
                        // temporary file beyond a few megabytes, so a million codes cost no heap.
                        s.execute(
                                "CREATE TEMP TABLE IF NOT EXISTS import_seen (sku TEXT PRIMARY KEY, line INTEGER NOT NULL)"
                                        + (db.shared() ? "" : " WITHOUT ROWID"));
                        s.execute("DELETE FROM import_seen");
                    }
                    try (Session session = new Session(c, replace, now)) {
                        return work.apply(session);
                    }
                },
                ImportResult::written);
    }

    /** One import's statements, prepared once for its whole length. */
    private static final class Session implements ImportSession, AutoCloseable {
        private final Connection c;
        private final PreparedStatement insert;
        private final PreparedStatement remember;
        private final String now;

        Session(Connection c, boolean replace, String now) throws SQLException {
            this.c = c;
            this.now = now;
            this.insert = c.prepareStatement("INSERT INTO sku (" + COLUMNS
                    + ", search_text, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)" + (replace ? REPLACING : ""));
            this.remember = c.prepareStatement("INSERT INTO import_seen (sku, line) VALUES (?, ?)");
        }

        @Override
        public Set<String> existing(Collection<String> skus) {
            return unchecked(() -> {
                Set<String> found = new HashSet<>();
                inChunks(c, "SELECT sku FROM sku WHERE sku IN ", skus, rs -> found.add(rs.getString(1)));
                return found;
            });
        }

        @Override
        public Map<String, Integer> of(Collection<String> codes) {
            return unchecked(() -> {
                Map<String, Integer> found = new HashMap<>();
                inChunks(
                        c,
                        "SELECT sku, line FROM import_seen WHERE sku IN ",
                        codes,
                        rs -> found.put(rs.getString(1), rs.getInt(2)));
                return found;
            });
        }

        @Override
        public void remember(Map<String, Integer> firstLines) {
            unchecked(() -> {
                for (Map.Entry<String, Integer> e : firstLines.entrySet()) {
                    remember.setString(1, e.getKey());
                    remember.setInt(2, e.getValue());
                    remember.addBatch();
                }
                remember.executeBatch();
                return null;
            });
        }

        @Override
        public void write(List<Sku> skus) {
            unchecked(() -> {
                for (Sku s : skus) {
                    bind(insert, s, now);
                    insert.addBatch();
                }
                insert.executeBatch();
                return null;
            });
        }

        @Override
        public void close() throws SQLException {
            insert.close();
            remember.close();
        }
    }

    private interface SqlCall<T> {
        T call() throws SQLException;
    }

    private interface RowAction {
        void take(ResultSet rs) throws SQLException;
    }

    private static void inChunks(Connection c, String select, Collection<String> keys, RowAction action)
            throws SQLException {
        List<String> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement p = c.prepareStatement(select + "(" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        action.take(rs);
                    }
                }
            }
        }
    }

    /** The session's work is called from the domain, which knows no SQLException; the transaction unwraps it. */
    private static <T> T unchecked(SqlCall<T> work) {
        try {
            return work.call();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement p, Sku s, String now) throws SQLException {
        p.setString(1, s.sku());
        p.setString(2, s.gtin().digits());
        p.setString(3, s.nameRu());
        p.setInt(4, s.netWeightG());
        p.setString(5, s.manufacturer());
        p.setString(6, s.countryOfOrigin());
        p.setString(7, s.eacCert());
        p.setString(8, s.hsCode());
        p.setInt(9, s.lengthMm());
        p.setInt(10, s.widthMm());
        p.setInt(11, s.heightMm());
        p.setLong(12, s.declaredValueUsd().movePointRight(2).longValueExact());
        p.setString(13, s.marketplace().code());
        p.setString(14, searchText(s));
        p.setString(15, now);
    }

    @Override
    public Optional<Sku> find(String sku) {
        return one("SELECT " + COLUMNS + " FROM sku WHERE sku = ?", sku);
    }

    @Override
    public Optional<Sku> findByGtin(String gtin) {
        return one("SELECT " + COLUMNS + " FROM sku WHERE gtin = ? ORDER BY sku LIMIT 1", gtin);
    }

    @Override
    public List<Sku> search(String text, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // '!' escapes, not a backslash: a PostgreSQL server with standard_conforming_strings off
        // reads the literal '\' as an unterminated string, and '!' means the same on every engine.
        String pattern = "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return db.read(c -> {
            List<Sku> found = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM sku WHERE search_text LIKE ? ESCAPE '!' ORDER BY sku LIMIT ?")) {
                p.setString(1, pattern);
                p.setInt(2, limit);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        found.add(row(rs));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public Optional<Sku> longestTexts(org.packbench.catalog.Marketplace marketplace) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM sku WHERE marketplace = ? "
                    + "ORDER BY LENGTH(name_ru) + LENGTH(manufacturer) DESC, sku LIMIT 1")) {
                p.setString(1, marketplace.code());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.<Sku>empty();
                }
            }
        });
    }

    private static String searchText(Sku s) {
        return (s.sku() + "\n" + s.gtin().digits() + "\n" + s.nameRu()).toLowerCase(Locale.ROOT);
    }

    @Override
    public int count() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM sku");
                    ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private Optional<Sku> one(String sql, String key) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, key);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    static Sku row(ResultSet rs) throws SQLException {
        return new Sku(
                rs.getString("sku"),
                Gtin.of(rs.getString("gtin")),
                rs.getString("name_ru"),
                rs.getInt("net_weight_g"),
                rs.getString("manufacturer"),
                rs.getString("country_of_origin"),
                rs.getString("eac_cert"),
                rs.getString("hs_code"),
                rs.getInt("length_mm"),
                rs.getInt("width_mm"),
                rs.getInt("height_mm"),
                BigDecimal.valueOf(rs.getLong("declared_value_cents"), 2),
                Marketplace.parse(rs.getString("marketplace")).orElseThrow());
    }

    /** For callers that already hold a connection inside a larger transaction. */
    static Optional<Sku> find(Connection c, String sku) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM sku WHERE sku = ?")) {
            p.setString(1, sku);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }
}
