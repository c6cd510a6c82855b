package org.packbench.store;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.packbench.i18n.ProblemException;
import org.packbench.print.LabelStock;
import org.packbench.print.PrinterLanguage;
import org.packbench.print.PrinterProfile;
import org.packbench.print.PrinterProfiles;
import org.packbench.print.TransportUri;

public final class SqlitePrinterProfiles implements PrinterProfiles {
    private static final String COLUMNS =
            "name, language, dpi, width_um, height_um, x_offset_um, y_offset_um, darkness, " + "speed, transport";

    private final Database db;
    private final Clock clock;

    private final java.util.function.Supplier<String> bench;

    /** @param bench the name of the bench that adds a printer: the printer belongs to it */
    public SqlitePrinterProfiles(Database db, Clock clock, java.util.function.Supplier<String> bench) {
        this.db = db;
        this.clock = clock;
        this.bench = bench;
    }

    /** Whether {@code printer} is one the bench {@code name} delivers to: its own, or one from before benches had printers of their own. */
    public boolean belongsTo(String printer, String name) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT bench FROM printer WHERE name = ?")) {
                q.setString(1, printer);
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        // A job for a printer since removed: whoever serves the queue reports it.
                        return true;
                    }
                    String owner = rs.getString(1);
                    return owner.isEmpty() || owner.equals(name);
                }
            }
        });
    }

    @Override
    public void add(PrinterProfile p) {
        db.inTransaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM printer WHERE name = ?")) {
                q.setString(1, p.name());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        throw new ProblemException("print.printer.exists", p.name());
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO printer (" + COLUMNS
                    + ", created_at, bench) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, p.name());
                s.setString(2, p.language().code());
                s.setInt(3, p.dpi());
                setMicrometres(s, 4, p.stock().map(LabelStock::widthMm));
                setMicrometres(s, 5, p.stock().map(LabelStock::heightMm));
                s.setLong(6, micrometres(p.xOffsetMm()));
                s.setLong(7, micrometres(p.yOffsetMm()));
                setInt(s, 8, p.darkness());
                setInt(s, 9, p.speed());
                s.setString(10, p.transport().toString());
                s.setString(11, clock.instant().toString());
                s.setString(12, bench.get());
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<PrinterProfile> find(String name) {
        return db.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM printer WHERE name = ?")) {
                q.setString(1, name);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public List<PrinterProfile> all() {
        return db.read(c -> {
            List<PrinterProfile> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM printer ORDER BY name");
                    ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        });
    }

    @Override
    public boolean remove(String name) {
        return db.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM printer WHERE name = ?")) {
                s.setString(1, name);
                return s.executeUpdate() > 0;
            }
        });
    }

    private static PrinterProfile row(ResultSet rs) throws SQLException {
        long w = rs.getLong("width_um");
        boolean sized = !rs.wasNull();
        long h = rs.getLong("height_um");
        Optional<LabelStock> stock =
                sized && !rs.wasNull() ? Optional.of(new LabelStock(mm(w), mm(h))) : Optional.empty();
        return new PrinterProfile(
                rs.getString("name"),
                PrinterLanguage.parse(rs.getString("language")).orElseThrow(),
                rs.getInt("dpi"),
                stock,
                mm(rs.getLong("x_offset_um")),
                mm(rs.getLong("y_offset_um")),
                optionalInt(rs, "darkness"),
                optionalInt(rs, "speed"),
                TransportUri.parse(rs.getString("transport")));
    }

    private static BigDecimal mm(long micrometres) {
        return BigDecimal.valueOf(micrometres, 3).stripTrailingZeros();
    }

    private static long micrometres(BigDecimal mm) {
        return mm.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    private static void setMicrometres(PreparedStatement s, int i, Optional<BigDecimal> mm) throws SQLException {
        if (mm.isPresent()) {
            s.setLong(i, micrometres(mm.get()));
        } else {
            s.setNull(i, Types.INTEGER);
        }
    }

    private static void setInt(PreparedStatement s, int i, OptionalInt v) throws SQLException {
        if (v.isPresent()) {
            s.setInt(i, v.getAsInt());
        } else {
            s.setNull(i, Types.INTEGER);
        }
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
