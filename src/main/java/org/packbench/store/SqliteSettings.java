package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.packbench.settings.SettingRepository;

/** Bench settings (company name, GS1 company prefix, …) as name/value rows. */
public final class SqliteSettings implements SettingRepository {
    private final Database db;

    public SqliteSettings(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String name) {
        return db.readOnce(key(name), c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT value FROM setting WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void set(String name, String value) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO setting (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                p.setString(1, name);
                p.setString(2, value);
                p.executeUpdate();
            }
            db.forget(key(name));
            return null;
        });
    }

    /** The key a setting's value is kept under for the rest of a transaction ({@link Database#readOnce}). */
    private static String key(String name) {
        return "setting:" + name;
    }

    @Override
    public Map<String, String> all() {
        return db.read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT name, value FROM setting ORDER BY name");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }
}
