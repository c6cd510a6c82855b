package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.catalog.Marketplace;
import org.packbench.i18n.Message;
import org.packbench.marketplace.orders.Deadline;
import org.packbench.marketplace.orders.Order;
import org.packbench.marketplace.outbox.NewPush;
import org.packbench.marketplace.outbox.Outbox;
import org.packbench.marketplace.outbox.Push;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.outbox.PushState;

/**
 * Сроки and the window's marketplaces item on a real bench: where the bench's own report of each
 * deadline stands in the outbox, in Russian, a failed one red with what to do and a retry.
 */
class DeadlinesPushModelTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);

    @TempDir
    Path dir;

    private Workbench bench;
    private Outbox outbox;
    private final InlineWork work = new InlineWork();
    private final UiText ru = new UiText(Locale.forLanguageTag("ru"));
    private DeadlinesModel board;
    private MarketplacesStatusModel bar;

    @BeforeEach
    void open() {
        bench = Workbench.open(dir.resolve("pushes.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        outbox = bench.outbox();
        board = new DeadlinesModel(bench.orders(), outbox, bench.clock(), ru, work);
        bar = new MarketplacesStatusModel(outbox, ru, work);
        bench.orders()
                .save(List.of(
                        new Order("OZ-7", Marketplace.OZON, NOW.minus(Duration.ofMinutes(20)), Optional.empty()),
                        new Order("VK-9", Marketplace.VK, NOW.minus(Duration.ofMinutes(30)), Optional.empty()),
                        new Order("OZ-8", Marketplace.OZON, NOW.minus(Duration.ofMinutes(5)), Optional.empty())));
    }

    private Push add(String account, PushKind kind, String subject, OptionalLong label) {
        assertTrue(outbox.add(new NewPush(account, kind, subject, kind.code() + ":" + subject, label, "{}")));
        return outbox.latest(kind, subject).orElseThrow();
    }

    /** Takes every due push as the worker would: each one sending, its attempt counted. */
    private void claimAll() {
        outbox.claim(NOW, LEASE, 100);
    }

    private Deadline row(String order, Deadline.Kind kind) {
        return board.rows().stream()
                .filter(d -> board.order(d).equals(order) && d.kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError(order + " " + kind + " not on the board"));
    }

    private static Message ozonRejected(String posting) {
        return Message.of(
                "connect.ozon.rejected",
                Message.of("connect.action.ozon.ship", posting),
                Message.of("connect.ozon.reason.POSTING_ALREADY_CANCELLED"),
                400,
                "POSTING_ALREADY_CANCELLED");
    }

    @Test
    void aFailedOzonReportIsRedSaysWhyAndHowToRetry() {
        Push ship = add("ozon", PushKind.OZON_SHIP, "OZ-7", OptionalLong.empty());
        claimAll();
        outbox.failed(ship.id(), ozonRejected("OZ-7"));
        board.refresh();

        Deadline label = row("OZ-7", Deadline.Kind.OZON_LABEL);
        assertEquals(Optional.of(PushState.FAILED), label.push());
        String said = board.push(label);
        assertTrue(said.startsWith("ОШИБКА. Отметка о сборке в Ozon: не отправлено, само не повторится."), said);
        assertTrue(
                said.contains("Ozon отклонил запрос «отметка о сборке отправления OZ-7»: отправление отменено"), said);
        assertTrue(said.endsWith("нажмите «Повторить» (или outbox retry " + ship.id() + ")."), said);
        assertTrue(board.retryable(label));
        assertEquals(DeadlinesModel.Standing.PUSH_FAILED, board.standing(label), "red though 10 minutes are left");
        assertEquals("", board.push(row("OZ-7", Deadline.Kind.OZON_SHIP)), "shipping is met by the dispatch scan");
        assertNull(work.unexpected());
    }

    @Test
    void aVkTrackingPushThatDidNotGoThroughWaitsForItsNextAttemptAndSaysWhy() {
        Push tracking = add("vk", PushKind.VK_TRACKING, "VK-9", OptionalLong.empty());
        claimAll();
        outbox.later(
                tracking.id(),
                Instant.parse("2026-11-25T10:42:00Z"),
                Message.of("connect.timeout", "VK", Message.of("connect.action.vk.setTracking", "VK-9"), 20000));
        board.refresh();

        Deadline d = row("VK-9", Deadline.Kind.VK_TRACKING);
        assertEquals(Optional.of(PushState.WAITING), d.push());
        String said = board.push(d);
        assertTrue(said.startsWith("Трек-номер в VK: ждёт повтора (попыток: 1, следующая в 10:42)."), said);
        assertTrue(said.contains("VK не ответил на запрос «трек-номер заказа VK-9»"), said);
        assertFalse(board.retryable(d), "a waiting push goes again by itself");
        assertEquals(DeadlinesModel.Standing.ON_TIME, board.standing(d));
    }

    @Test
    void queuedSendingAndNoPushAreWordedApart() {
        add("ozon", PushKind.OZON_SHIP, "OZ-7", OptionalLong.empty());
        claimAll();
        add("vk", PushKind.VK_TRACKING, "VK-9", OptionalLong.empty());
        board.refresh();

        assertEquals(
                "Отметка о сборке в Ozon: отправляется сейчас (попытка 1)",
                board.push(row("OZ-7", Deadline.Kind.OZON_LABEL)));
        assertEquals("Трек-номер в VK: в очереди на отправку", board.push(row("VK-9", Deadline.Kind.VK_TRACKING)));
        assertEquals("", board.push(row("OZ-8", Deadline.Kind.OZON_LABEL)), "the bench reports nothing for OZ-8 (yet)");
        assertFalse(board.retryable(row("OZ-8", Deadline.Kind.OZON_LABEL)));
    }

    @Test
    void aDeliveredReportMeetsItsDeadlineAndLeavesTheBoard() {
        Push ship = add("ozon", PushKind.OZON_SHIP, "OZ-7", OptionalLong.empty());
        claimAll();
        outbox.delivered(ship.id(), "{\"result\":true}", NOW, List.of());
        board.refresh();
        assertTrue(board.rows().stream()
                .noneMatch(d -> board.order(d).equals("OZ-7") && d.kind() == Deadline.Kind.OZON_LABEL));
        bar.look();
        assertEquals("", bar.line().text(), "the outbox owes nothing: the window shows nothing");
    }

    @Test
    void retryMakesTheFailedPushDueAgainAndTheBoardAndBarFollow() {
        Push ship = add("ozon", PushKind.OZON_SHIP, "OZ-7", OptionalLong.empty());
        claimAll();
        outbox.failed(ship.id(), ozonRejected("OZ-7"));
        AtomicInteger told = new AtomicInteger();
        board.afterEachRetry(told::incrementAndGet);
        board.refresh();

        board.retry(row("OZ-7", Deadline.Kind.OZON_LABEL));

        assertEquals(StatusLine.Tone.OK, board.status().tone());
        assertEquals(
                "Заказ OZ-7: отправка поставлена на повтор, PackBench отправит её в ближайшие секунды.",
                board.status().text());
        assertEquals(PushState.WAITING, outbox.get(ship.id()).orElseThrow().state());
        Deadline label = row("OZ-7", Deadline.Kind.OZON_LABEL);
        assertTrue(
                board.push(label).startsWith("Отметка о сборке в Ozon: ждёт повтора (попыток: 1, следующая в 10:00)."));
        assertFalse(board.retryable(label));
        assertEquals(1, told.get(), "the window's item is told to look again");
        assertNull(work.unexpected());
    }

    @Test
    void theWindowCountsWhatIsWaitingAndWhatFailedRedOnlyWhenOneFailed() {
        bar.look();
        assertEquals("", bar.line().text());

        add("vk", PushKind.VK_TRACKING, "VK-9", OptionalLong.empty());
        add("ozon", PushKind.OZON_SHIP, "OZ-8", OptionalLong.empty());
        bar.look();
        assertEquals("Маркетплейсы · ждут: 2", bar.line().text());
        assertEquals(StatusLine.Tone.PLAIN, bar.line().tone());

        Push ship = add("ozon", PushKind.OZON_SHIP, "OZ-7", OptionalLong.empty());
        claimAll();
        outbox.failed(ship.id(), ozonRejected("OZ-7"));
        bar.look();
        assertEquals("Маркетплейсы · ждут: 2 · с ошибкой: 1", bar.line().text());
        assertEquals(StatusLine.Tone.ERROR, bar.line().tone());
        assertNull(work.unexpected());
    }
}
