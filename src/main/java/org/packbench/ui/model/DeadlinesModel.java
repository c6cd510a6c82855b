package org.packbench.ui.model;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.packbench.app.InputFile;
import org.packbench.marketplace.orders.Deadline;
import org.packbench.marketplace.orders.Deadlines;
import org.packbench.marketplace.orders.OrderBook;
import org.packbench.marketplace.orders.OrderImport;
import org.packbench.marketplace.orders.OrderListReader;
import org.packbench.marketplace.outbox.Outbox;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushState;

/**
 * Сроки's state: what the open orders still owe, the soonest first, each counted down on the
 * bench clock, and the answer to the last order list imported. Which deadlines an order is under
 * is the marketplaces' rule in {@link Deadlines}; this words it and says which rows to mark.
 * Where the bench reports a deadline to the marketplace itself, the row also says where that
 * report stands in the outbox (queued, retrying and why, failed and what to do) and a failed one
 * can be tried again from here.
 */
public final class DeadlinesModel {
    /** How a deadline's row is drawn. */
    public enum Standing {
        ON_TIME,
        SOON,
        OVERDUE,
        /** The bench's report of it failed and will not be sent again until a person retries it. */
        PUSH_FAILED
    }

    /** One reading of the board: the pending deadlines and, for those the bench reports, the push. */
    private record Board(List<Deadline> rows, Map<Deadline, Push> pushes) {}

    /** Under this much time left a deadline is marked, so it is seen before it is missed. */
    static final Duration SOON = Duration.ofMinutes(15);

    private final OrderBook orders;
    private final Outbox outbox;
    private final Clock clock;
    private final UiText text;
    private final Work work;
    private final DateTimeFormatter time;
    private final DateTimeFormatter clockTime;
    private final ObservableList<Deadline> rows = FXCollections.observableArrayList();
    /** The push behind each row that has one, read with the rows; touched only on the drawing thread. */
    private Map<Deadline, Push> pushes = Map.of();

    private Runnable afterRetry = () -> {};
    private final StatusLine status = new StatusLine();

    public DeadlinesModel(OrderBook orders, Outbox outbox, Clock clock, UiText text, Work work) {
        this.orders = orders;
        this.outbox = outbox;
        this.clock = clock;
        this.text = text;
        this.work = work;
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(text.locale())
                .withZone(clock.getZone());
        this.clockTime = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(text.locale())
                .withZone(clock.getZone());
    }

    public ObservableList<Deadline> rows() {
        return rows;
    }

    public StatusLine status() {
        return status;
    }

    /** Reads the open orders again, and the outbox's push behind each deadline the bench reports. */
    public void refresh() {
        work.run(this::read, this::show);
    }

    /** Database work: runs in the background. */
    private Board read() {
        List<Deadline> pending = Deadlines.pending(orders);
        Map<Deadline, Push> found = new HashMap<>();
        for (Deadline d : pending) {
            if (d.push().isPresent()) {
                d.kind()
                        .report()
                        .flatMap(kind -> outbox.latest(kind, d.order().number())
                                // A posting with marked items reports its codes before the ship itself.
                                .or(() -> kind == org.packbench.marketplace.outbox.PushKind.OZON_SHIP
                                        ? outbox.latest(
                                                org.packbench.marketplace.outbox.PushKind.OZON_EXEMPLARS,
                                                d.order().number())
                                        : Optional.empty()))
                        .ifPresent(p -> found.put(d, p));
            }
        }
        return new Board(pending, Map.copyOf(found));
    }

    private void show(Board board) {
        // The pushes first: the rows' listeners draw them at once.
        pushes = board.pushes();
        rows.setAll(board.rows());
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

    /**
     * Where the bench's own report of this deadline stands, in words, with what the marketplace
     * answered last time and what to do; empty when the bench does not report it.
     */
    public String push(Deadline d) {
        Push p = pushes.get(d);
        if (p == null) {
            return d.push()
                    .map(s -> text.get("deadlines.push.state." + s.name(), where(d)))
                    .orElse("");
        }
        String where = where(d);
        String problem = p.problem().map(text::of).orElse("");
        return switch (p.state()) {
            case WAITING -> waiting(p, where, problem);
            case SENDING -> text.get("deadlines.push.sending", where, p.attempts());
            case FAILED -> text.get("deadlines.push.failed", where)
                    + (problem.isEmpty() ? "" : " " + problem)
                    + " "
                    + text.get("deadlines.push.retryHow", String.valueOf(p.id()));
            default -> text.get("deadlines.push.state." + p.state().name(), where);
        };
    }

    private String waiting(Push p, String where, String problem) {
        if (p.attempts() == 0) {
            if (p.nextAt().isAfter(clock.instant())) {
                return text.get("deadlines.push.queuedUntil", where, clockTime.format(p.nextAt()));
            }
            return text.get(
                    p.labelId().isPresent() ? "deadlines.push.queuedAfterLabel" : "deadlines.push.queued", where);
        }
        String retrying = text.get("deadlines.push.retrying", where, p.attempts(), clockTime.format(p.nextAt()));
        return problem.isEmpty() ? retrying : retrying + " " + problem;
    }

    /** Which report this is, to whom: "Отметка о сборке в Ozon", "Трек-номер в VK". */
    private String where(Deadline d) {
        return d.kind()
                .report()
                .map(k -> text.get("deadlines.push.kind." + k.name()))
                .orElse("");
    }

    /** Whether the row offers "Повторить": its push failed and waits for a person. */
    public boolean retryable(Deadline d) {
        Push p = pushes.get(d);
        return p != null && p.state() == PushState.FAILED;
    }

    /** Also run after a retry has been answered: the window's marketplaces item reads the outbox again. */
    public void afterEachRetry(Runnable action) {
        afterRetry = action;
    }

    /** Makes the row's failed push due now; the outbox's worker sends it at its next round. */
    public void retry(Deadline d) {
        Optional<Push> p = Optional.ofNullable(pushes.get(d));
        if (p.isEmpty()) {
            return;
        }
        long id = p.get().id();
        String order = d.order().number();
        work.run(
                () -> outbox.retry(id, clock.instant()),
                retried -> {
                    if (retried) {
                        status.ok(text.get("deadlines.push.retried", order));
                    } else {
                        status.warn(text.get("deadlines.push.notRetried", order));
                    }
                    refresh();
                    afterRetry.run();
                },
                t -> status.error(text.failure(t)));
    }

    public Standing standing(Deadline d) {
        if (retryable(d)) {
            return Standing.PUSH_FAILED;
        }
        Instant now = clock.instant();
        return d.overdue(now)
                ? Standing.OVERDUE
                : d.remaining(now).compareTo(SOON) < 0 ? Standing.SOON : Standing.ON_TIME;
    }
}
