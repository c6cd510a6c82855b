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
import org.packbench.marketplace.orders.OrderLine;
import org.packbench.marketplace.orders.OrderProgress;
import org.packbench.marketplace.orders.RemoteOrder;
import org.packbench.marketplace.outbox.PushState;

/** Orders in SQLite; their progress is read from the label log and the dispatch scans. */
public final class SqliteOrderBook implements OrderBook {
    /**
     * The state of the order's newest push of the kinds, or null when the bench never pushed it. A
     * posting's ship report is its codes' push until that leads to the ship push itself.
     */
    private static final String PUSH_STATE = "(SELECT x.state FROM outbox x WHERE x.subject = o.order_no "
            + "AND x.kind IN (%s) AND x.state <> 'cancelled' ORDER BY x.id DESC LIMIT 1)";

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
    public void saveRemote(List<RemoteOrder> orders) {
        String now = clock.instant().toString();
        db.inTransaction(c -> {
            try (PreparedStatement o = c.prepareStatement("INSERT INTO customer_order (order_no, marketplace, "
                            + "confirmed_at, tracking, imported_at, account, remote_status, ship_by) "
                            + "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (order_no) DO UPDATE SET "
                            + "marketplace = excluded.marketplace, confirmed_at = excluded.confirmed_at, "
                            + "tracking = CASE WHEN excluded.tracking = '' THEN customer_order.tracking "
                            + "ELSE excluded.tracking END, account = excluded.account, "
                            + "remote_status = excluded.remote_status, ship_by = excluded.ship_by");
                    PreparedStatement forget = c.prepareStatement("DELETE FROM order_line WHERE order_no = ?");
                    PreparedStatement line = c.prepareStatement(
                            "INSERT INTO order_line (order_no, line_no, "
                                    + "offer_id, product_id, name, quantity, marking, exemplar_ids) VALUES (?,?,?,?,?,?,?,?)")) {
                for (RemoteOrder r : orders) {
                    o.setString(1, r.order().number());
                    o.setString(2, r.order().marketplace().code());
                    o.setString(3, r.order().confirmedAt().toString());
                    o.setString(4, r.order().tracking().orElse(""));
                    o.setString(5, now);
                    o.setString(6, r.account());
                    o.setString(7, r.remoteStatus());
                    o.setString(8, r.shipBy().map(Instant::toString).orElse(""));
                    o.executeUpdate();
                    forget.setString(1, r.order().number());
                    forget.executeUpdate();
                    for (OrderLine l : r.lines()) {
                        line.setString(1, r.order().number());
                        line.setInt(2, l.lineNo());
                        line.setString(3, l.offerId());
                        line.setString(4, l.productId());
                        line.setString(5, l.name());
                        line.setInt(6, l.quantity());
                        line.setString(7, l.marking().code());
                        line.setString(
                                8,
                                String.join(
                                        ",",
                                        l.exemplarIds().stream()
                                                .map(String::valueOf)
                                                .toList()));
                        line.addBatch();
                    }
                    line.executeBatch();
                }
            }
            return null;
        });
    }

    @Override
    public Optional<RemoteOrder> remote(String number) {
        return db.read(c -> {
            Optional<Order> order = find(c, number);
            if (order.isEmpty()) {
                return Optional.<RemoteOrder>empty();
            }
            String account;
            String status;
            String shipBy;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT account, remote_status, ship_by FROM customer_order WHERE order_no = ?")) {
                p.setString(1, number);
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    account = rs.getString(1);
                    status = rs.getString(2);
                    shipBy = rs.getString(3);
                }
            }
            if (account.isEmpty()) {
                return Optional.<RemoteOrder>empty();
            }
            List<OrderLine> lines = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT line_no, offer_id, product_id, name, quantity, "
                    + "marking, exemplar_ids FROM order_line WHERE order_no = ? ORDER BY line_no")) {
                p.setString(1, number);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String ids = rs.getString(7);
                        lines.add(new OrderLine(
                                rs.getInt(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getInt(5),
                                OrderLine.Marking.parse(rs.getString(6)).orElse(OrderLine.Marking.UNKNOWN),
                                ids.isEmpty()
                                        ? List.of()
                                        : java.util.Arrays.stream(ids.split(","))
                                                .map(Long::valueOf)
                                                .toList()));
                    }
                }
            }
            return Optional.of(new RemoteOrder(
                    order.get(),
                    account,
                    status,
                    shipBy.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(shipBy)),
                    lines));
        });
    }

    @Override
    public void remoteStatus(String number, String status) {
        db.inTransaction(c -> {
            try (PreparedStatement p =
                    c.prepareStatement("UPDATE customer_order SET remote_status = ? WHERE order_no = ?")) {
                p.setString(1, status);
                p.setString(2, number);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Order> find(String number) {
        return db.read(c -> find(c, number));
    }

    private static Optional<Order> find(java.sql.Connection c, String number) throws java.sql.SQLException {
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
                                    + "        WHERE l.order_no = o.order_no AND s.verdict = 'ok'), "
                                    + PUSH_STATE.formatted("'ozon_exemplars', 'ozon_ship'") + ", "
                                    + PUSH_STATE.formatted("'vk_tracking'")
                                    + " "
                                    + "FROM customer_order o ORDER BY o.confirmed_at, o.order_no");
                    ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    String tracking = rs.getString(4);
                    Order order = new Order(
                            rs.getString(1),
                            Marketplace.parse(rs.getString(2)).orElseThrow(),
                            Instant.parse(rs.getString(3)),
                            tracking.isEmpty() ? Optional.empty() : Optional.of(tracking));
                    OrderProgress progress = new OrderProgress(
                            rs.getBoolean(5),
                            rs.getBoolean(6),
                            rs.getBoolean(7),
                            Optional.ofNullable(rs.getString(8)).flatMap(PushState::parse),
                            Optional.ofNullable(rs.getString(9)).flatMap(PushState::parse));
                    if (!progress.dispatched()) {
                        out.add(new Tracked(order, progress));
                    }
                }
            }
            return out;
        });
    }
}
