package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.print.JobStatus;
import org.packbench.print.PrinterLanguage;
import org.packbench.print.PrinterProfile;
import org.packbench.print.TestPrinter;
import org.packbench.print.TransportUri;
import org.packbench.ui.model.PrinterStatusModel.Level;

/**
 * The strip of Упаковка: the chosen printer's own report and its queue, said in Russian, in the
 * one colour that matters most — a real printer on 127.0.0.1 and a real queue behind it.
 */
class PrinterStatusModelTest {
    @TempDir
    Path dir;

    private Workbench bench;
    private TestPrinter printer;
    private final InlineWork work = new InlineWork();
    private final SimpleStringProperty chosen = new SimpleStringProperty("bench-zebra");
    private PrinterStatusModel model;

    @BeforeEach
    void open() throws Exception {
        bench = Workbench.open(
                dir.resolve("bar.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        printer = TestPrinter.zpl();
        bench.printers()
                .add(new PrinterProfile(
                        "bench-zebra",
                        PrinterLanguage.ZPL,
                        203,
                        Optional.empty(),
                        BigDecimal.ZERO,
                        BigDecimal.ZERO,
                        OptionalInt.empty(),
                        OptionalInt.empty(),
                        TransportUri.parse(printer.uri())));
        model = new PrinterStatusModel(bench, new UiText(Locale.forLanguageTag("ru")), work, chosen);
    }

    @AfterEach
    void close() throws Exception {
        printer.close();
    }

    @Test
    void aReadyPrinterWithNothingWaitingIsGreen() {
        model.look();
        assertEquals("Принтер bench-zebra готов.", model.state());
        assertEquals("Ждут печати: 0 · С ошибкой: 0 · Неизвестно: 0", model.queue());
        assertEquals(Level.OK, model.level());
        assertNull(work.unexpected());
    }

    @Test
    void aReadyPrinterWithJobsWaitingIsAmber() {
        bench.printing().printTest("bench-zebra");
        model.look();
        assertTrue(model.queue().startsWith("Ждут печати: 1 · С ошибкой: 0"), model.queue());
        assertEquals(Level.WAIT, model.level());
    }

    @Test
    void aPausedPrinterIsNamedAndRed() {
        printer.paused = true;
        model.look();
        assertEquals(
                "Принтер bench-zebra не может печатать: пауза. Устраните — задания ждут в очереди и уйдут сами.",
                model.state());
        assertEquals(Level.BAD, model.level());
    }

    @Test
    void anOfflinePrinterIsSaidInRussianAndRed() throws Exception {
        printer.offline();
        model.look();
        assertTrue(model.state().startsWith("Принтер bench-zebra не отвечает (соединение отклонено)"), model.state());
        assertFalse(model.state().contains("Connection"), model.state());
        assertEquals(Level.BAD, model.level());
    }

    @Test
    void aPrinterThatCannotReportIsNeutralNotGreenAndAmberOnceJobsWait() {
        printer.answersStatus = false;
        model.look();
        assertTrue(model.state().contains("не сообщает своё состояние"), model.state());
        assertEquals(Level.NEUTRAL, model.level());
        bench.printing().printTest("bench-zebra");
        model.look();
        assertEquals(Level.WAIT, model.level());
    }

    @Test
    void aFailedJobTurnsAReadyPrinterRedAndSaysWhatToDo() throws Exception {
        printer.offline();
        bench.printing().printTest("bench-zebra");
        assertEquals(JobStatus.FAILED, bench.deliverNow().all().get(0).status());
        printer.online();
        model.look();
        assertEquals("Принтер bench-zebra готов.", model.state());
        assertTrue(model.queue().startsWith("Ждут печати: 0 · С ошибкой: 1"), model.queue());
        assertTrue(model.queue().contains("повторите или отмените"), model.queue());
        assertEquals(Level.BAD, model.level());
    }

    @Test
    void noPrinterChosenSaysWhereToAddOneAndAPrinterGoneIsRed() {
        chosen.set(null);
        model.look();
        assertEquals("Принтер не выбран: добавьте его на экране «Принтеры» (F5).", model.state());
        assertEquals(Level.WAIT, model.level());
        chosen.set("pack-2");
        model.look();
        assertTrue(model.state().startsWith("Принтера pack-2 больше нет"), model.state());
        assertEquals(Level.BAD, model.level());
    }

    @Test
    void anotherPrinterChosenIsGreyUntilItHasBeenAskedAndOneLookAtATimeAsksTheLatest() {
        HeldWork held = new HeldWork();
        PrinterStatusModel strip = new PrinterStatusModel(bench, new UiText(Locale.forLanguageTag("ru")), held, chosen);
        AtomicInteger looks = new AtomicInteger();
        strip.afterEachLook(looks::incrementAndGet);
        strip.look();
        assertEquals("Принтер bench-zebra: запрос состояния…", strip.state());
        assertEquals(Level.ASKING, strip.level());
        strip.look();
        assertEquals(1, held.waiting(), "a second look waits for the first instead of holding another thread");
        held.runNext();
        assertEquals(Level.OK, strip.level());
        assertEquals(1, held.waiting(), "the look asked for meanwhile follows");
        held.runNext();
        assertEquals(2, looks.get());
        assertEquals(0, held.waiting());
        assertEquals(Level.OK, strip.level(), "the printer already shown is not greyed again");
    }

    /** Work held until the test lets it run, so what happens while a look is under way can be seen. */
    private static final class HeldWork implements Work {
        @Override
        public Work inOrder() {
            return this;
        }

        private final Deque<Runnable> queue = new ArrayDeque<>();
        private final InlineWork inline = new InlineWork();

        @Override
        public <T> void run(Job<T> job, Consumer<? super T> done, Consumer<? super Throwable> failed) {
            queue.add(() -> inline.run(job, done, failed));
        }

        @Override
        public <T> void run(
                ProgressJob<T> job, Progress progress, Consumer<? super T> done, Consumer<? super Throwable> failed) {
            queue.add(() -> inline.run(job, progress, done, failed));
        }

        @Override
        public <T> void run(Job<T> job, Consumer<? super T> done) {
            queue.add(() -> inline.run(job, done));
        }

        int waiting() {
            return queue.size();
        }

        void runNext() {
            queue.poll().run();
        }
    }
}
