package org.packbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.catalog.Marketplace;
import org.packbench.marketplace.orders.Order;
import org.packbench.marketplace.orders.OrderBook;
import org.packbench.marketplace.orders.OrderProgress;

/** Orders in SQLite; their progress is read from the label log and the dispatch scans. */
public final class SqliteOrderBook implements OrderBook {
    private final Database db;
    private final Clock clock;

    public SqliteOrderBook(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void save(List<Order> orders) {
        String now = clock.instant().toString();
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO customer_order (order_no, marketplace, confirmed_at, "
                            + "tracking, imported_at) VALUES (?,?,?,?,?) ON CONFLICT (order_no) DO UPDATE SET "
                            + "marketplace = excluded.marketplace, confirmed_at = excluded.confirmed_at, "
                            + "tracking = CASE WHEN excluded.tracking = '' THEN customer_order.tracking ELSE excluded.tracking END")) {
                for (Order o : orders) {
                    p.setString(1, o.number());
                    p.setString(2, o.marketplace().code());
                    p.setString(3, o.confirmedAt().toString());
                    p.setString(4, o.tracking().orElse(""));
                    p.setString(5, now);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    @Override
    public Optional<Order> find(String number) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT order_no, marketplace, confirmed_at, tracking FROM customer_order WHERE order_no = ?")) {
                p.setString(1, number);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Order>empty();
                    }
                    String tracking = rs.getString(4);
                    return Optional.of(new Order(
                            rs.getString(1),
                            Marketplace.parse(rs.getString(2)).orElseThrow(),
                            Instant.parse(rs.getString(3)),
                            tracking.isEmpty() ? Optional.empty() : Optional.of(tracking)));
                }
            }
        });
    }

    @Override
    public List<Tracked> open() {
        return db.read(c -> {
            List<Tracked> out = new ArrayList<>();
            try (PreparedStatement p =
                            c.prepareStatement("SELECT o.order_no, o.marketplace, o.confirmed_at, o.tracking, "
                                    + "EXISTS (SELECT 1 FROM label l WHERE l.order_no = o.order_no AND l.status = 'issued'), "
                                    + "EXISTS (SELECT 1 FROM parcel t WHERE t.order_no = o.order_no), "
                                    + "EXISTS (SELECT 1 FROM label l JOIN scan s ON s.label_id = l.id "
                                    + "        WHERE l.order_no = o.order_no AND s.verdict = 'ok') "
                                    + "FROM customer_order o ORDER BY o.confirmed_at, o.order_no");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String tracking = rs.getString(4);
                    Order order = new Order(
                            rs.getString(1),
                            Marketplace.parse(rs.getString(2)).orElseThrow(),
                            Instant.parse(rs.getString(3)),
                            tracking.isEmpty() ? Optional.empty() : Optional.of(tracking));
                    OrderProgress progress = new OrderProgress(rs.getBoolean(5), rs.getBoolean(6), rs.getBoolean(7));
                    if (!progress.dispatched()) {
                        out.add(new Tracked(order, progress));
                    }
                }
            }
            return out;
        });
    }
}
