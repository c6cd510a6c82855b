package org.packbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.packbench.gs1.Sscc;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.ozon.SsccAllocator;

/**
 * SSCC allocation in SQLite. Transactions are IMMEDIATE (see {@link Database}), so two processes
 * allocating at once take turns on the counter; the SSCC table's primary key is the last guard.
 */
public final class SqliteSsccAllocator implements SsccAllocator {
    private final Database db;
    private final SqliteSettings settings;
    private final Clock clock;

    public SqliteSsccAllocator(Database db, Clock clock) {
        this.db = db;
        this.settings = new SqliteSettings(db);
        this.clock = clock;
    }

    @Override
    public List<Sscc> allocate(int count, String purpose) {
        if (count < 1) {
            throw new ProblemException("sscc.count", count);
        }
        return db.inTransaction(c -> {
            List<Sscc> out = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                out.add(next(c, purpose, null));
            }
            return out;
        });
    }

    /** Allocates one number inside the caller's transaction, for the label that will carry it. */
    public Sscc next(Connection c, String purpose, Long labelId) throws SQLException {
        String prefix = setting(PREFIX_SETTING);
        if (prefix == null) {
            throw new ProblemException("sscc.noPrefix");
        }
        String ext = setting(EXTENSION_SETTING);
        int extension = ext == null ? 0 : Integer.parseInt(ext);
        long serial;
        // Taken and moved on in one statement; past the last serial, the caller's savepoint
        // undoes the move with the refusal.
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO sscc_counter (company_prefix, extension, next_serial) "
                        + "VALUES (?, ?, 2) ON CONFLICT (company_prefix, extension) "
                        + "DO UPDATE SET next_serial = sscc_counter.next_serial + 1 RETURNING next_serial - 1")) {
            p.setString(1, prefix);
            p.setInt(2, extension);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                serial = rs.getLong(1);
            }
        }
        if (serial > Sscc.maxSerial(prefix)) {
            throw new ProblemException("sscc.exhausted", prefix, extension);
        }
        Sscc sscc = Sscc.compose(extension, prefix, serial);
        try (PreparedStatement p =
                c.prepareStatement("INSERT INTO sscc (sscc, allocated_at, purpose, label_id) VALUES (?, ?, ?, ?)")) {
            p.setString(1, sscc.digits());
            p.setString(2, clock.instant().toString());
            p.setString(3, purpose);
            if (labelId == null) {
                p.setNull(4, java.sql.Types.INTEGER);
            } else {
                p.setLong(4, labelId);
            }
            p.executeUpdate();
        }
        return sscc;
    }

    private String setting(String name) {
        return settings.get(name).orElse(null);
    }
}
