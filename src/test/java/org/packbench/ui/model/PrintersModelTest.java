package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.packbench.ui.model.PrintersModel.JobRow;
import org.packbench.ui.model.PrintersModel.NewPrinter;

/** Принтеры: what each printer reports, adding one by the profile's rules, and the queue's answers, on a real bench. */
class PrintersModelTest {
    @TempDir
    Path dir;

    private Workbench bench;
    private TestPrinter printer;
    private final InlineWork work = new InlineWork();
    private PrintersModel model;

    @BeforeEach
    void open() throws Exception {
        bench = Workbench.open(
                dir.resolve("printers.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
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
        model = new PrintersModel(bench, new UiText(Locale.forLanguageTag("ru")), work);
    }

    @AfterEach
    void close() throws Exception {
        printer.close();
    }

    @Test
    void eachPrinterIsListedWithTheStateItReports() {
        printer.paperOut = true;
        model.refresh();
        assertEquals(1, model.printers().size());
        PrintersModel.PrinterRow row = model.printers().get(0);
        assertEquals("bench-zebra", row.name());
        assertEquals("ZPL", row.language());
        assertEquals("203", row.dpi());
        assertEquals("печатать не может: нет бумаги", row.state());
        assertNull(work.unexpected());
    }

    @Test
    void aBadAddressIsRefusedAndTheFormKeptAGoodOneIsAddedAndTheFormCleared() {
        AtomicInteger cleared = new AtomicInteger();
        model.add(new NewPrinter("pack-2", "zpl", 203, "ftp://printer", ""), cleared::incrementAndGet);
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertEquals(0, cleared.get());
        assertEquals(1, bench.printers().all().size());

        model.add(new NewPrinter(" pack-2 ", "zpl", 300, " " + printer.uri() + " ", "58x40"), cleared::incrementAndGet);
        assertEquals(1, cleared.get());
        assertEquals(StatusLine.Tone.OK, model.status().tone());
        assertEquals("Принтер pack-2 добавлен.", model.status().text());
        assertTrue(model.printers().stream()
                .anyMatch(r -> r.name().equals("pack-2") && r.dpi().equals("300")));
    }

    @Test
    void aLabelSizeThatIsNoneIsNamed() {
        model.add(new NewPrinter("pack-2", "zpl", 203, printer.uri(), "58 на 40"), () -> {});
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().contains("«58 на 40» — не размер этикетки"),
                model.status().text());
    }

    @Test
    void theTestLabelGoesToTheFirstPrinterWhenNoneIsChosen() {
        model.refresh();
        model.printTest(null);
        assertEquals(StatusLine.Tone.OK, model.status().tone());
        assertTrue(model.status().text().contains("напечатано"), model.status().text());
        assertEquals(1, printer.labels().size());
        assertEquals("напечатано", model.jobs().get(0).status());
    }

    @Test
    void withNoPrinterThereIsNoTestLabel() {
        PrintersModel empty = new PrintersModel(
                Workbench.open(dir.resolve("empty.db"), Clock.systemUTC()),
                new UiText(Locale.forLanguageTag("ru")),
                work);
        empty.printTest(null);
        assertEquals("", empty.status().text());
    }

    @Test
    void aJobThatCannotGoIsSaidInRedAndRetriedOnceThePrinterIsBack() throws Exception {
        printer.offline();
        model.refresh();
        model.printTest(null);
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        JobRow failed = model.jobs().get(0);
        assertEquals("ошибка", failed.status());
        printer.online();
        model.retry(failed);
        assertEquals(StatusLine.Tone.OK, model.status().tone());
        assertEquals(1, printer.labels().size());
    }

    @Test
    void aPrinterWithAJobWaitingCannotBeRemovedUntilTheJobIsCancelled() {
        bench.printing().printTest("bench-zebra");
        model.refresh();
        PrintersModel.PrinterRow row = model.printers().get(0);
        assertTrue(model.removeQuestion(row).contains("bench-zebra"));
        model.remove(row);
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().contains("в очереди ещё заданий: 1"),
                model.status().text());

        model.cancel(model.jobs().get(0));
        assertEquals(StatusLine.Tone.OK, model.status().tone());
        assertEquals(JobStatus.CANCELLED, bench.printQueue().list(true).get(0).status());
        model.remove(model.printers().get(0));
        assertEquals("Принтер bench-zebra удалён.", model.status().text());
        assertTrue(model.printers().isEmpty());
    }

    @Test
    void aReprintIsANewJobWithItsReason() {
        model.refresh();
        model.printTest(null);
        JobRow printed = model.jobs().get(0);
        assertEquals("Задание " + printed.id(), model.reprintSubject(printed));
        model.reprint(printed, "смазалась");
        assertEquals(StatusLine.Tone.OK, model.status().tone());
        assertEquals(2, model.jobs().size());
        assertEquals(2, printer.labels().size());
    }
}
