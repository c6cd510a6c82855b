package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.PackingState;
import org.packbench.app.PackingState.Field;
import org.packbench.app.PackingState.Stage;
import org.packbench.app.PackingState.Tone;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.cli.CliRun;
import org.packbench.i18n.Message;
import org.packbench.print.TestPrinter;
import org.packbench.verify.dispatch.Verdict;

/**
 * Упаковка's keys reach the session one at a time, in the order pressed, each with the generation
 * the packer saw; the answers are drawn on the drawing thread (here: this test's thread, which runs
 * them only when it says so, so keys can be pressed "at once", before any answer is drawn).
 */
class PackingModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private TestPrinter printer;
    private Workbench bench;
    private final InlineWork work = new InlineWork();
    private final UiText text = new UiText(Locale.forLanguageTag("ru"));
    private final BlockingQueue<Runnable> answers = new LinkedBlockingQueue<>();
    private final List<Field> cursor = new ArrayList<>();
    private final List<Verdict> sounds = new ArrayList<>();
    private int printerLooks;
    private ShiftModel shift;
    private PackingModel model;

    @BeforeEach
    void open() throws Exception {
        printer = TestPrinter.zpl();
        Path db = dir.resolve("packing.db");
        assertEquals(
                0,
                CliRun.with(
                                CLOCK,
                                "printer",
                                "add",
                                "zebra",
                                "--language",
                                "zpl",
                                "--dpi",
                                "203",
                                "--transport",
                                printer.uri(),
                                "--db",
                                db.toString())
                        .exit());
        bench = Workbench.open(db, CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        model = opened(bench);
    }

    @AfterEach
    void close() throws Exception {
        model.close();
        printer.close();
    }

    private PackingModel opened(Workbench on) throws InterruptedException {
        shift = new ShiftModel(on.shift(), CLOCK.getZone(), text, work);
        PackingModel m = new PackingModel(on::packingSession, on.printers(), shift, text, work, answers::add);
        m.cues(new PackingModel.Cues() {
            @Override
            public void focus(Field field) {
                cursor.add(field);
                // As the window does: the field asked for has the cursor from now on.
                m.focusedProperty().set(field);
            }

            @Override
            public void sound(Verdict verdict) {
                sounds.add(verdict);
            }

            @Override
            public void printed() {
                printerLooks++;
            }
        });
        m.focusedProperty().set(Field.FIRST);
        m.shown();
        drawAll(m);
        cursor.clear();
        return m;
    }

    /** The drawing thread catches up: every answer the session gave is drawn, in turn. */
    private void drawAll(PackingModel m) throws InterruptedException {
        while (!m.settled()) {
            Runnable answer = answers.poll(30, TimeUnit.SECONDS);
            assertNotNull(answer, "the session answers");
            answer.run();
        }
    }

    private void drawAll() throws InterruptedException {
        drawAll(model);
    }

    /** A scanner types into the field with the cursor and ends with Enter. */
    private void scan(String code) {
        Field at = model.focusedProperty().get();
        model.field(at).set(code);
        model.enter(at);
    }

    private void ready(String sku, String order, String tracking) throws InterruptedException {
        scan(sku);
        drawAll();
        scan(order);
        drawAll();
        scan(tracking);
        drawAll();
        assertTrue(headline().startsWith("Готово к печати на zebra"), headline());
    }

    private String headline() {
        return model.bannerProperty().get().headline();
    }

    private int issued() {
        return bench.printQueue().list(true).size();
    }

    @Test
    void theFirstPrinterIsChosenAndItsOwnResolutionFixesTheDpi() {
        assertEquals("zebra", model.printerProperty().get());
        assertEquals(List.of("zebra"), model.printersProperty().get());
        assertTrue(model.dpiLockedProperty().get());
        assertEquals(203, model.dpiProperty().get());
        assertTrue(model.templateLockedProperty().get(), "no product, no templates to choose from");
        assertTrue(headline().startsWith("Отсканируйте товар"), headline());
    }

    @Test
    void twoEntersPressedAtOnceOnAReadyLabelIssueOneLabel() throws Exception {
        ready("PB-7-001", "VK-5001", "RU500100100VK");
        // Both presses before either answer is drawn: both carry the same shown state.
        model.enter(Field.TRACKING);
        model.enter(Field.TRACKING);
        drawAll();
        assertEquals(1, issued(), "one parcel, one label");
        assertTrue(headline().startsWith("Уже напечатано"), headline());
        assertEquals(List.of(Verdict.OK), sounds, "printed is heard once");
        assertEquals(1, printerLooks, "the printer is looked at after the print");
    }

    @Test
    void ctrlPPressedBeforeThePrintingEntersAnswerIsTheSameLabelNotANewParcel() throws Exception {
        ready("PB-7-001", "VK-5002", "RU500200100VK");
        // Enter prints; Ctrl+P follows before the answer is drawn, the form still showing the parcel.
        model.enter(Field.TRACKING);
        model.printNow();
        drawAll();
        assertEquals(1, issued(), "one parcel, one label");
        BannerText said = model.bannerProperty().get();
        assertEquals(Tone.OK, said.tone(), said.headline());
        assertTrue(said.headline().startsWith("Уже напечатано"), said.headline());
        assertEquals(List.of(Verdict.OK), sounds, "printed is heard once, no refusal");
    }

    @Test
    void keysTypedBeforeARefusalWasShownAreDropped() throws Exception {
        scan("NOPE-1");
        // The scanner goes on at once; the refusal of NOPE-1 is not drawn yet.
        assertEquals(Field.ORDER, model.focusedProperty().get());
        scan("VK-9001");
        scan("RU900100100VK");
        drawAll();
        BannerText said = model.bannerProperty().get();
        assertEquals(Tone.REFUSED, said.tone());
        assertTrue(said.headline().contains("NOPE-1"), said.headline());
        for (Field f : Field.values()) {
            assertEquals("", model.field(f).get(), "the refused parcel's " + f + " is gone");
        }
        assertEquals(Field.FIRST, model.focusedProperty().get(), "the next parcel starts at the product");
        assertEquals(List.of(Verdict.UNKNOWN), sounds);

        // Keys typed after the refusal was shown are the next parcel's.
        ready("PB-7-001", "VK-9001", "RU900100100VK");
    }

    @Test
    void theCursorMovesToTheNextEmptyFieldBeforeTheSessionAnswers() throws Exception {
        scan("PB-7-001");
        assertEquals(List.of(Field.ORDER), cursor, "at once, with no answer drawn");
        scan("VK-5001");
        assertEquals(List.of(Field.ORDER, Field.TRACKING), cursor);
        scan("RU500100100VK");
        drawAll();
        assertEquals(Field.TRACKING, model.focusedProperty().get());
        assertTrue(
                headline().startsWith("Готово к печати"),
                "scans typed ahead are taken in the order typed: " + headline());
        assertEquals("PB-7-001", model.field(Field.FIRST).get());
        assertEquals("VK-5001", model.field(Field.ORDER).get());
    }

    @Test
    void anOzonPostingsItemsScannedAheadEachFindTheirFieldEmpty() throws Exception {
        bench.orders()
                .saveRemote(List.of(new org.packbench.marketplace.orders.RemoteOrder(
                        new org.packbench.marketplace.orders.Order(
                                "12345678-0001-1",
                                org.packbench.catalog.Marketplace.OZON,
                                CLOCK.instant(),
                                Optional.empty()),
                        "ozon",
                        "awaiting_packaging",
                        Optional.empty(),
                        List.of(
                                new org.packbench.marketplace.orders.OrderLine(1, "PB-7-002", "1001", "Кабель", 2)
                                        .marked(org.packbench.marketplace.orders.OrderLine.Marking.NONE, List.of()),
                                new org.packbench.marketplace.orders.OrderLine(2, "PB-7-004", "1002", "Стекло", 1)
                                        .marked(org.packbench.marketplace.orders.OrderLine.Marking.NONE, List.of())))));
        typed("12345678-0001-1");
        drawAll();
        // A wedge scanner types each code into whatever field has the cursor, adding to its text.
        typed("4607310980273");
        typed("4607785349445");
        typed("4607310980273");
        assertEquals(Field.FIRST, model.focusedProperty().get());
        drawAll();
        assertTrue(headline().startsWith("УПАКОВАНО"), headline());
    }

    private void typed(String code) {
        Field at = model.focusedProperty().get();
        model.field(at).set(model.field(at).get() + code);
        model.enter(at);
    }

    @Test
    void aFieldBeingTypedKeepsWhatIsTypedWhenAnEarlierAnswerArrives() throws Exception {
        scan("PB-7-001");
        model.field(Field.ORDER).set("VK-50");
        drawAll();
        assertEquals("VK-50", model.field(Field.ORDER).get(), "the packer's half-typed order is not wiped");
        assertEquals(Field.ORDER, model.focusedProperty().get());
    }

    @Test
    void scansInTheRussianLayoutShowAsTheSessionRepairedThem() throws Exception {
        scan("ЗИ-7-003");
        drawAll();
        scan("МЛ-9401");
        drawAll();
        assertEquals("PB-7-003", model.field(Field.FIRST).get());
        assertEquals("VK-9401", model.field(Field.ORDER).get());
    }

    @Test
    void thePrintedLabelStaysOnShowAndTheFormIsEmptyForTheNextParcel() throws Exception {
        ready("PB-7-001", "VK-5001", "RU500100100VK");
        LabelOnShow preview = model.labelProperty().get();
        assertTrue(preview.raster().isPresent());
        assertFalse(preview.blocked());
        assertTrue(preview.caption().contains("203 dpi"), preview.caption());
        model.enter(Field.TRACKING);
        drawAll();
        LabelOnShow printed = model.labelProperty().get();
        assertTrue(headline().startsWith("НАПЕЧАТАНО"), headline());
        assertTrue(printed.raster().isPresent(), "the printed label stays on show");
        assertEquals(text.get("packing.nextParcel"), printed.product());
        for (Field f : Field.values()) {
            assertEquals("", model.field(f).get());
        }
        assertEquals(Field.FIRST, model.focusedProperty().get());
    }

    @Test
    void theTemplatesOfferedAreTheProductsOwnFamily() throws Exception {
        scan("PB-7-001");
        drawAll();
        assertFalse(model.templateLockedProperty().get());
        assertTrue(
                model.templatesProperty().get().stream().allMatch(t -> t.startsWith("vk-")),
                model.templatesProperty().get()::toString);
        assertEquals(
                model.templatesProperty().get().get(0), model.templateProperty().get());
        assertTrue(
                model.labelProperty().get().facts().contains("PB-7-001"),
                model.labelProperty().get().facts());
    }

    @Test
    void aTemplateThePackerChoosesReplacesTheShownLabel() throws Exception {
        ready("PB-7-001", "VK-9301", "RU930100100VK");
        assertEquals(320, model.labelProperty().get().raster().orElseThrow().getHeight());
        model.templateProperty().set("vk-product-75x120");
        drawAll();
        BufferedImage shown = model.labelProperty().get().raster().orElseThrow();
        assertTrue(Math.abs(shown.getHeight() - 958) <= 2, "75×120 mm at 203 dpi: " + shown.getHeight());
    }

    @Test
    void escapeDropsTheParcel() throws Exception {
        ready("PB-7-001", "VK-5001", "RU500100100VK");
        model.clear();
        drawAll();
        for (Field f : Field.values()) {
            assertEquals("", model.field(f).get());
        }
        assertTrue(model.labelProperty().get().raster().isEmpty());
        assertEquals(0, issued());
    }

    @Test
    void reprintWithNothingPrintedSaysSoWithoutAskingWhy() throws Exception {
        assertTrue(model.reprintAsked().isEmpty());
        drawAll();
        assertEquals(Tone.WARN, model.bannerProperty().get().tone());
        assertEquals(text.of(Message.of("parcel.nothingToReprint")), headline());
    }

    @Test
    void reprintOfThePrintedLabelAsksWhyThenSendsTheSameLabelAgain() throws Exception {
        ready("PB-7-001", "VK-5001", "RU500100100VK");
        model.enter(Field.TRACKING);
        drawAll();
        bench.deliverNow().all();
        String subject = model.reprintAsked().orElseThrow();
        assertTrue(subject.endsWith(" · VK-5001"), subject);
        model.reprintLast("этикетка смялась");
        drawAll();
        assertTrue(headline().contains("отправлена повторно"), headline());
        assertEquals(
                1,
                bench
                        .labelLog()
                        .entries(bench.labelLog().period(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25)))
                        .stream()
                        .filter(e -> e.event().code().equals("rendered"))
                        .count(),
                "the same label, not a new one");
    }

    @Test
    void aBatchNeedsAChosenPrinter() throws Exception {
        Workbench bare = Workbench.open(dir.resolve("bare.db"), CLOCK);
        PackingModel without = opened(bare);
        try {
            assertTrue(without.batchPrinter().isEmpty());
            assertEquals(Tone.WARN, without.bannerProperty().get().tone());
            assertEquals(
                    text.of(Message.of("parcel.noPrinter")),
                    without.bannerProperty().get().headline());
        } finally {
            without.close();
        }
        assertEquals(Optional.of("zebra"), model.batchPrinter());
    }

    @Test
    void theInvoiceIsForTheOrderOnTheFormElseTheParcelJustPrinted() throws Exception {
        assertEquals("", model.orderForInvoice(), "nothing typed, nothing printed");
        ready("PB-7-001", "VK-5001", "RU500100100VK");
        assertEquals("VK-5001", model.orderForInvoice());
        model.enter(Field.TRACKING);
        drawAll();
        assertEquals("", model.field(Field.ORDER).get(), "the form is empty for the next parcel");
        assertEquals("VK-5001", model.orderForInvoice(), "the parcel just printed");
        model.field(Field.ORDER).set(" VK-5002 ");
        assertEquals("VK-5002", model.orderForInvoice());
    }

    @Test
    void aDroppedPdfIsCheckedAgainstTheProductOnShowElseWhatIsTyped() throws Exception {
        model.field(Field.FIRST).set(" PB-7-009 ");
        assertEquals("PB-7-009", model.skuForAudit());
        scan("4607002977277");
        drawAll();
        model.field(Field.FIRST).set("PB-7-009");
        assertEquals("PB-7-001", model.skuForAudit(), "the product on show, found by its barcode");
    }

    @Test
    void aSessionThatFailsUnexpectedlyIsSaidInTheBanner() throws Exception {
        PackingModel broken = new PackingModel(
                () -> {
                    throw new IllegalStateException("templates unreadable");
                },
                bench.printers(),
                shift,
                text,
                work,
                answers::add);
        try {
            broken.shown();
            drawAll(broken);
            assertEquals(Tone.REFUSED, broken.bannerProperty().get().tone());
            assertTrue(broken.bannerProperty().get().headline().contains("templates unreadable"));
        } finally {
            broken.close();
        }
        assertNull(work.unexpected());
    }

    @Test
    void aBlockedLabelIsShownCrossedOut() {
        PackingState blocked = new PackingState(
                3,
                Stage.BLOCKED,
                "PB-7-001",
                Optional.empty(),
                "VK-1",
                "RU1VK",
                List.of(),
                Optional.empty(),
                Optional.empty(),
                203,
                Optional.of(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_BINARY)),
                "L00000007",
                PackingState.Banner.of(Tone.REFUSED, Message.of("parcel.doNotPrint")),
                Field.FIRST,
                Optional.empty(),
                Optional.empty());
        LabelOnShow shown = LabelOnShow.of(blocked, text);
        assertTrue(shown.blocked());
        assertTrue(shown.caption().contains("L00000007"), shown.caption());
        assertFalse(LabelOnShow.of(
                        new PackingState(
                                3,
                                Stage.READY,
                                "PB-7-001",
                                Optional.empty(),
                                "VK-1",
                                "RU1VK",
                                List.of(),
                                Optional.empty(),
                                Optional.empty(),
                                203,
                                blocked.raster(),
                                "L00000007",
                                blocked.banner(),
                                Field.FIRST,
                                Optional.empty(),
                                Optional.empty()),
                        text)
                .blocked());
    }

    @Test
    void theBannerListsEachReasonOnALineOfItsOwn() {
        BannerText said = BannerText.of(
                new PackingState.Banner(
                        Tone.WARN,
                        Message.of("parcel.needOrder"),
                        List.of(Message.of("parcel.needProduct"), Message.of("parcel.needTracking"))),
                text);
        assertEquals(text.of(Message.of("parcel.needOrder")), said.headline());
        assertEquals(
                "• " + text.of(Message.of("parcel.needProduct")) + "\n• " + text.of(Message.of("parcel.needTracking")),
                said.details());
    }
}
