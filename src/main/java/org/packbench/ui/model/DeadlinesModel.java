package org.packbench.ui.model;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packbench.app.InputFile;
import org.packbench.marketplace.orders.Deadline;
import org.packbench.marketplace.orders.Deadlines;
import org.packbench.marketplace.orders.OrderBook;
import org.packbench.marketplace.orders.OrderImport;
import org.packbench.marketplace.orders.OrderListReader;

/**
 * Сроки's state: what the open orders still owe, the soonest first, each counted down on the
 * bench clock, and the answer to the last order list imported. Which deadlines an order is under
 * is the marketplaces' rule in {@link Deadlines}; this words it and says which rows to mark.
 */
public final class DeadlinesModel {
    /** How a deadline's row is drawn. */
    public enum Standing {
        ON_TIME,
        SOON,
        OVERDUE
    }

    /** Under this much time left a deadline is marked, so it is seen before it is missed. */
    static final Duration SOON = Duration.ofMinutes(15);

    private final OrderBook orders;
    private final Clock clock;
    private final UiText text;
    private final Work work;
    private final DateTimeFormatter time;
    private final ObservableList<Deadline> rows = FXCollections.observableArrayList();
    private final StatusLine status = new StatusLine();

    public DeadlinesModel(OrderBook orders, Clock clock, UiText text, Work work) {
        this.orders = orders;
        this.clock = clock;
        this.text = text;
        this.work = work;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(text.locale())
                .withZone(clock.getZone());
    }

    public ObservableList<Deadline> rows() {
        return rows;
    }

    public StatusLine status() {
        return status;
    }

    /** Reads the open orders again. */
    public void refresh() {
        work.run(() -> Deadlines.pending(orders), rows::setAll);
    }

    /** Imports the order list the marketplace exported; the first problem is named, else how many orders came in. */
    public void importFile(Path file) {
        work.run(
                () -> new OrderImport(orders, clock.getZone()).run(InputFile.read(file, InputFile.Kind.ORDERS)),
                this::imported,
                t -> status.error(text.failure(t)));
    }

    private void imported(OrderListReader.Reading r) {
        if (r.problems().isEmpty()) {
            status.ok(text.get("deadlines.imported", r.orders().size()));
        } else {
            status.error(text.of(r.problems().get(0).describe()));
        }
        refresh();
    }

    public String order(Deadline d) {
        return d.order().number();
    }

    public String marketplace(Deadline d) {
        return d.order().marketplace().code();
    }

    public String kind(Deadline d) {
        return text.get("deadlines.kind." + d.kind().name());
    }

    public String due(Deadline d) {
        return time.format(d.due());
    }

    /** The time left now as h:mm:ss, or how long ago it passed. */
    public String left(Deadline d) {
        Duration r = d.remaining(clock.instant());
        Duration a = r.abs();
        String hms = String.format("%d:%02d:%02d", a.toHours(), a.toMinutesPart(), a.toSecondsPart());
        return r.isNegative() ? text.get("deadlines.overdue", hms) : hms;
    }

    public Standing standing(Deadline d) {
        Instant now = clock.instant();
        return d.overdue(now)
                ? Standing.OVERDUE
                : d.remaining(now).compareTo(SOON) < 0 ? Standing.SOON : Standing.ON_TIME;
    }
}
