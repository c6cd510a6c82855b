package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.access.Role;
import org.packbench.app.LabelRequest;
import org.packbench.app.LogAutoExport;
import org.packbench.app.RenderedLabel;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.marketplace.LabelLogEntry;
import org.packbench.render.LabelFormat;
import org.packbench.verify.dispatch.Verdict;

/** Журнал's rows, words and export, as the label log service answers them on a real bench. */
class LogModelTest {
    private static final LocalDate NOV_25 = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    private Workbench bench;
    private final InlineWork work = new InlineWork();
    private LogModel model;
    private RenderedLabel first;
    private RenderedLabel reprint;
    private RenderedLabel spoiled;

    @BeforeEach
    void aDayOfThreeLabels() {
        bench = Workbench.open(
                dir.resolve("log.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 11, 1));
        bench.config().set("company.name", "ООО «Ромашка»");
        first = bench.labels().render(request("PB-7-001", "VK-1", "RU100000001VK"));
        reprint = bench.labels()
                .render(request("PB-7-001", "VK-1", "RU100000001VK").asReprint("этикетка смялась"));
        spoiled = bench.labels().render(request("PB-7-003", "VK-2", "RU100000002VK"));
        bench.dispatchRecords().voidLabel(spoiled.id(), "smudged");
        bench.dispatchRecords().recordScan("bench-1", "", "RU100000001VK", Verdict.OK, Optional.of(reprint.id()));
        model = modelWith(work);
    }

    private LogModel modelWith(Work w) {
        return new LogModel(bench.labelLog(), bench.clock(), new UiText(Locale.forLanguageTag("ru")), w);
    }

    private static LabelRequest request(String sku, String order, String tracking) {
        return new LabelRequest(sku, "vk-product-58x40", order, tracking, Optional.empty(), LabelFormat.ZPL, 203);
    }

    @Test
    void anEmptyDateFieldMeansTheBenchClocksToday() {
        assertEquals(NOV_25, model.today());
        assertEquals(NOV_25, model.dayOf(Optional.empty()));
        model.opened(Optional.empty());
        assertEquals(3, model.rows().size());
        assertEquals("этикеток: 3 из 3", model.count().get());
        assertNull(work.unexpected());
    }

    @Test
    void eachLabelSaysWhereItStandsForDispatch() {
        model.opened(Optional.of(NOV_25));
        assertEquals("заменена новой", model.dispatchOf(row(first.id())));
        assertEquals("отгружена", model.dispatchOf(row(reprint.id())));
        assertEquals("аннулирована", model.dispatchOf(row(spoiled.id())));
        assertEquals("аннулирована: smudged", model.statusOf(row(spoiled.id())));
        assertTrue(model.isBad(row(spoiled.id())), "a voided label is marked");
        assertFalse(model.isBad(row(first.id())));
    }

    @Test
    void aLabelNeverPrintedHasNoDispatchStandingAndIsMarked() {
        LabelLogEntry refused = new LabelLogEntry(
                99,
                Instant.parse("2026-11-25T09:00:00Z"),
                "vk-product-58x40",
                0,
                "PB-7-001",
                "",
                "",
                "",
                "refused",
                "1 error",
                "—",
                "");
        assertEquals("—", model.dispatchOf(refused));
        assertTrue(model.isBad(refused));
        assertFalse(model.canVoid(refused), "a refused label has nothing to void");
    }

    @Test
    void theFilterNarrowsByTextAndStatusAndAScanUnderTheRussianLayoutIsFound() {
        model.opened(Optional.of(NOV_25));
        model.filter().set("КГ100000002МЛ");
        assertEquals(List.of(spoiled.id()), ids());
        model.filter().set("");
        model.status().set("voided");
        assertEquals(List.of(spoiled.id()), ids());
        assertEquals("этикеток: 1 из 3", model.count().get());
    }

    @Test
    void aFilterThatMatchesNothingSaysNoMatchesAndAnEmptyDaySaysNoLabels() {
        model.opened(Optional.of(NOV_25));
        model.filter().set("НЕТ-ТАКОГО");
        assertTrue(model.rows().isEmpty());
        assertTrue(
                model.placeholder().get().startsWith("Нет совпадений"),
                model.placeholder().get());
        model.filter().set("");
        model.load(Optional.of(LocalDate.of(2026, 12, 5)));
        assertEquals("В этот день этикеток нет.", model.placeholder().get());
    }

    @Test
    void theChainIsCheckedOnceTheDayIsRead() {
        model.opened(Optional.of(NOV_25));
        assertEquals(StatusLine.Tone.OK, model.chain().tone());
        assertTrue(
                model.chain().text().startsWith("журнал этикеток цел"),
                model.chain().text());
    }

    @Test
    void onlyAnIssuedLabelIsVoidedAndTheDayIsReadAgain() {
        model.opened(Optional.of(NOV_25));
        assertFalse(model.canVoid(null));
        assertFalse(model.canVoid(row(spoiled.id())), "voided already");
        assertTrue(model.canVoid(row(first.id())));
        model.voidLabel(row(first.id()), "порвана при упаковке");
        LabelLogEntry listed = model.rows().stream()
                .filter(e -> e.id() == first.id())
                .findFirst()
                .orElseThrow();
        assertEquals("аннулирована: порвана при упаковке", model.statusOf(listed));
    }

    @Test
    void aPackerIsToldTheLogIsNotTheirsAndSeesNothingOfIt() {
        bench.access().addAccount("anna", Role.PACKER, null);
        bench.access().addAccount("boss", Role.SUPERVISOR, "4711".toCharArray());
        bench.access().signIn("anna", null);
        model.opened(Optional.of(NOV_25));
        assertTrue(model.rows().isEmpty());
        assertEquals(StatusLine.Tone.ERROR, model.message().tone());
        assertTrue(
                model.message().text().startsWith("только руководитель может просматривать журнал этикеток; anna"),
                model.message().text());
        assertEquals("", model.placeholder().get(), "not \"no labels that day\": they are there");
        assertEquals("", model.count().get());
        assertEquals("", model.chain().text());
    }

    @Test
    void theDayIsExportedWhereTheLabelLogServiceSaysAndTheFilesAreNamed() throws Exception {
        Path folder = dir.resolve("end-of-day");
        bench.config().set(LogAutoExport.FOLDER_SETTING, folder.toString());
        AtomicInteger done = new AtomicInteger();
        model.export(Optional.of(NOV_25), done::incrementAndGet);
        assertEquals(1, done.get());
        assertFalse(model.exporting().get());
        assertEquals(1.0, model.exported().get());
        assertEquals(StatusLine.Tone.OK, model.message().tone());
        Path csv = folder.resolve("OOO-Romashka_LabelLog_2026-11-25.csv");
        assertTrue(Files.exists(csv));
        assertTrue(
                model.message().text().startsWith("Записано: " + csv),
                model.message().text());
        assertTrue(model.message().text().endsWith(".pdf"), model.message().text());
    }

    @Test
    void aCancelledExportSaysHowManyFilesWereWritten() {
        bench.config()
                .set(LogAutoExport.FOLDER_SETTING, dir.resolve("end-of-day").toString());
        LogModel[] cancelling = new LogModel[1];
        // The packer presses cancel once the first file is under way.
        cancelling[0] = modelWith(new ProgressSpy(work, done -> {
            if (done == 1) {
                cancelling[0].cancelExport();
            }
        }));
        cancelling[0].export(Optional.of(NOV_25), () -> {});
        assertEquals(
                "Выгрузка отменена; до отмены записано файлов: 1",
                cancelling[0].message().text());
        assertFalse(cancelling[0].exporting().get());
    }

    @Test
    void anExportRefusedSaysWhyAndEndsTheProgress() {
        bench.access().addAccount("anna", Role.PACKER, null);
        bench.access().addAccount("boss", Role.SUPERVISOR, "4711".toCharArray());
        bench.access().signIn("anna", null);
        AtomicInteger done = new AtomicInteger();
        model.export(Optional.of(NOV_25), done::incrementAndGet);
        assertEquals(1, done.get());
        assertFalse(model.exporting().get());
        assertEquals(StatusLine.Tone.ERROR, model.message().tone());
        assertTrue(model.message().text().contains("anna"), model.message().text());
    }

    private LabelLogEntry row(long id) {
        return bench.labelLog().labelsOn(NOV_25).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private List<Long> ids() {
        return model.rows().stream().map(LabelLogEntry::id).toList();
    }

    /** Work on the spot that also hands each progress step to the test. */
    private record ProgressSpy(InlineWork inline, Consumer<Long> onStep) implements Work {
        @Override
        public Work inOrder() {
            return this;
        }

        @Override
        public <T> void run(Job<T> job, Consumer<? super T> done, Consumer<? super Throwable> failed) {
            inline.run(job, done, failed);
        }

        @Override
        public <T> void run(
                ProgressJob<T> job, Progress progress, Consumer<? super T> done, Consumer<? super Throwable> failed) {
            inline.run(
                    p -> job.call((d, t, m) -> {
                        p.update(d, t, m);
                        onStep.accept(d);
                    }),
                    progress,
                    done,
                    failed);
        }

        @Override
        public <T> void run(Job<T> job, Consumer<? super T> done) {
            inline.run(job, done);
        }
    }
}
