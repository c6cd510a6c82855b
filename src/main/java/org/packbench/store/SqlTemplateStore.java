package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.packbench.i18n.ProblemException;
import org.packbench.label.template.TemplateStore;

/**
 * Saved label templates on either engine. The next version is counted inside the writing
 * transaction, which holds the database's one-writer lock (BEGIN IMMEDIATE on a file, the
 * warehouse's advisory lock on a server): two benches saving at once get two numbers. The primary
 * key (template_id, version) is the rule beneath that: a number taken by anyone is refused, never
 * written twice.
 */
public final class SqlTemplateStore implements TemplateStore {
    private static final String COLUMNS =
            "SELECT template_id, version, for_use, json, saved_by, saved_at " + "FROM label_template ";

    private final Database db;

    public SqlTemplateStore(Database db) {
        this.db = db;
    }

    @Override
    public int save(String templateId, boolean forUse, String json, String savedBy, Instant savedAt) {
        int written = db.inTransaction(c -> {
            int next;
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT COALESCE(MAX(version), 0) + 1 FROM label_template WHERE template_id = ?")) {
                q.setString(1, templateId);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    next = rs.getInt(1);
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO label_template (template_id, version, for_use, "
                    + "json, saved_by, saved_at) VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING")) {
                p.setString(1, templateId);
                p.setInt(2, next);
                p.setInt(3, forUse ? 1 : 0);
                p.setString(4, json);
                p.setString(5, savedBy);
                p.setString(6, UtcMillis.of(savedAt));
                return p.executeUpdate() == 1 ? next : -next;
            }
        });
        if (written < 0) {
            throw new ProblemException("template.save.raced", templateId, -written);
        }
        return written;
    }

    @Override
    public Optional<Stored> version(String templateId, int version) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement(COLUMNS + "WHERE template_id = ? AND version = ?")) {
                q.setString(1, templateId);
                q.setInt(2, version);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(stored(rs)) : Optional.<Stored>empty();
                }
            }
        });
    }

    @Override
    public List<Stored> versions(String templateId) {
        return db.read(c -> {
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(COLUMNS + "WHERE template_id = ? ORDER BY version DESC")) {
                q.setString(1, templateId);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(stored(rs));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<Stored> latestForUse() {
        return db.read(c -> {
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT t.template_id, t.version, t.for_use, t.json, "
                            + "t.saved_by, t.saved_at FROM label_template t JOIN (SELECT template_id, "
                            + "MAX(version) AS version FROM label_template WHERE for_use = 1 GROUP BY template_id) n "
                            + "ON t.template_id = n.template_id AND t.version = n.version ORDER BY t.template_id");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(stored(rs));
                }
            }
            return out;
        });
    }

    @Override
    public Set<String> ids() {
        return db.read(c -> {
            Set<String> out = new TreeSet<>();
            try (PreparedStatement q = c.prepareStatement("SELECT DISTINCT template_id FROM label_template");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        return new Stored(
                rs.getString(1),
                rs.getInt(2),
                rs.getInt(3) == 1,
                rs.getString(4),
                rs.getString(5),
                UtcMillis.parse(rs.getString(6)));
    }
}
