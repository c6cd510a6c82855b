package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.marketplace.vk.Dac;
import org.packbench.marketplace.vk.DacRepository;

public final class SqliteDacRepository implements DacRepository {
    private final Database db;
    private final Clock clock;

    public SqliteDacRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public boolean remove(String code) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("DELETE FROM dac WHERE code = ?")) {
                p.setString(1, code);
                return p.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void add(Dac dac) {
        db.inTransaction(c -> {
            try (PreparedStatement p =
                    c.prepareStatement("INSERT INTO dac (code, issued_on, added_at) VALUES (?, ?, ?)")) {
                p.setString(1, dac.code());
                p.setString(2, dac.issuedOn().toString());
                p.setString(3, clock.instant().toString());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Dac> find(String code) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT code, issued_on FROM dac WHERE code = ?")) {
                p.setString(1, code);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<Dac> all() {
        return db.read(c -> {
            List<Dac> out = new ArrayList<>();
            try (PreparedStatement p =
                            c.prepareStatement("SELECT code, issued_on FROM dac ORDER BY issued_on DESC, code");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    private static Dac row(ResultSet rs) throws SQLException {
        return new Dac(rs.getString("code"), LocalDate.parse(rs.getString("issued_on")));
    }
}
