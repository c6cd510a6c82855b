package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.access.Role;
import org.packbench.app.Workbench;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.Sku;

/** Каталог's search, import and correction, worded from what the catalog import answers on a real bench. */
class CatalogModelTest {
    @TempDir
    Path dir;

    private Workbench bench;
    private final InlineWork work = new InlineWork();
    private CatalogModel model;

    @BeforeEach
    void open() {
        bench = Workbench.open(
                dir.resolve("catalog.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        model = modelWith(work);
    }

    private CatalogModel modelWith(Work w) {
        return new CatalogModel(bench.catalog(), bench.catalogImport(), new UiText(Locale.forLanguageTag("ru")), w);
    }

    @Test
    void anEmptyBenchIsOfferedTheDemoUntilItHasProducts() {
        model.refresh();
        assertTrue(model.demoOffered().get());
        model.importDemo();
        assertEquals(40, model.rows().size());
        assertEquals("В каталоге 40 товаров, показано 40", model.count().get());
        assertFalse(model.demoOffered().get());
        assertFalse(model.importing().get());
        assertNull(work.unexpected());
    }

    @Test
    void anImportedFileIsCountedAndTheSearchNarrowsIt() {
        List<Double> bar = new ArrayList<>();
        model.progress().addListener((o, was, now) -> bar.add(now.doubleValue()));
        model.importFile(TestFiles.sampleFile(dir, "catalog-excel-cp1251.csv"));
        assertEquals(StatusLine.Tone.OK, model.status().tone());
        assertTrue(model.status().text().contains("новых 37"), model.status().text());
        assertEquals(-1.0, bar.get(0), "nobody can tell at first");
        assertEquals(1.0, bar.get(bar.size() - 1), "the bar follows the bytes to the end of the file");
        assertEquals(37, model.rows().size());
        model.query().set("зеркало");
        assertEquals(
                List.of("Зеркало косметическое с подсветкой"),
                model.rows().stream().map(Sku::nameRu).toList());
    }

    @Test
    void aFaultyFileImportsNothingAndListsItsProblemsByLine() {
        model.importFile(TestFiles.sampleFile(dir, "catalog-faulty.csv"));
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().startsWith("catalog-faulty.csv: ничего не загружено"),
                model.status().text());
        assertEquals(16, model.problems().size());
        assertTrue(model.rows().isEmpty());
        assertTrue(model.demoOffered().get(), "the empty catalog still offers the demo");
    }

    @Test
    void theSameFileAgainIsRefusedUnlessUpdatingIsChosen() {
        Path file = TestFiles.sampleFile(dir, "catalog-excel-cp1251.csv");
        model.importFile(file);
        model.importFile(file);
        assertEquals(
                StatusLine.Tone.ERROR, model.status().tone(), model.status().text());
        model.update().set(true);
        model.importFile(file);
        assertTrue(
                model.status().text().contains("обновлено 37"), model.status().text());
    }

    @Test
    void aCancelledImportLeavesTheCatalogAsItWas() {
        CatalogModel[] cancelling = new CatalogModel[1];
        // Esc is pressed as soon as the import starts.
        cancelling[0] = modelWith(new Before(work, () -> cancelling[0].cancelImport()));
        cancelling[0].importFile(TestFiles.sampleFile(dir, "catalog-excel-cp1251.csv"));
        assertEquals(StatusLine.Tone.ERROR, cancelling[0].status().tone());
        assertTrue(
                cancelling[0].status().text().startsWith("импорт отменён"),
                cancelling[0].status().text());
        assertFalse(cancelling[0].importing().get());
        assertEquals(0, bench.catalog().count());
    }

    @Test
    void aCorrectionIsSavedByTheImportsRulesAndAWrongValueGetsAFilesMessage() {
        model.importDemo();
        Sku sku = model.rows().get(0);
        Map<CatalogField, String> values = model.valuesOf(sku);
        values.put(CatalogField.NAME_RU, "Новое имя");
        model.correct(sku, values);
        assertEquals("Новое имя", bench.catalog().find(sku.sku()).orElseThrow().nameRu());
        values.put(CatalogField.GTIN, "123");
        model.correct(sku, values);
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().startsWith(sku.sku() + ": ничего не загружено"),
                model.status().text());
        assertEquals(1, model.problems().size());
        assertTrue(
                model.describe(model.problems().get(0)).contains("123"),
                model.describe(model.problems().get(0)));
        assertEquals(sku.gtin(), bench.catalog().find(sku.sku()).orElseThrow().gtin(), "the record keeps its GTIN");
    }

    @Test
    void aPackerMayNotCorrectARecord() {
        model.importDemo();
        bench.access().addAccount("anna", Role.PACKER, null);
        bench.access().addAccount("boss", Role.SUPERVISOR, "4711".toCharArray());
        bench.access().signIn("anna", null);
        Sku sku = model.rows().get(0);
        Map<CatalogField, String> values = model.valuesOf(sku);
        values.put(CatalogField.NAME_RU, "Новое имя");
        model.correct(sku, values);
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(model.status().text().contains("anna"), model.status().text());
        assertEquals(sku.nameRu(), bench.catalog().find(sku.sku()).orElseThrow().nameRu());
    }

    @Test
    void aSearchAnsweredLateIsDroppedForTheOneTypedAfterIt() {
        model.importDemo();
        HeldWork held = new HeldWork();
        CatalogModel typing = modelWith(held);
        typing.query().set("зеркало");
        typing.query().set("");
        held.answerNewestFirst();
        assertEquals(40, typing.rows().size(), "the answer to the last search stands");
    }

    @Test
    void aSecondImportAskedWhileOneIsUnderWayIsNotStarted() {
        HeldWork held = new HeldWork();
        CatalogModel importing = modelWith(held);
        importing.importDemo();
        importing.importDemo();
        assertEquals(1, held.size(), "one import at a time");
        held.answerNewestFirst();
        assertEquals(40, bench.catalog().count());
    }

    /** Work on the spot, with something done just before each job, as a key pressed at once. */
    private record Before(InlineWork inline, Runnable first) implements Work {
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
            first.run();
            inline.run(job, progress, done, failed);
        }

        @Override
        public <T> void run(Job<T> job, Consumer<? super T> done) {
            inline.run(job, done);
        }
    }

    /** Work held until the test answers it, in the order the test chooses. */
    private static final class HeldWork implements Work {
        @Override
        public Work inOrder() {
            return this;
        }

        private final Deque<Runnable> held = new ArrayDeque<>();
        private final InlineWork inline = new InlineWork();

        @Override
        public <T> void run(Job<T> job, Consumer<? super T> done, Consumer<? super Throwable> failed) {
            held.add(() -> inline.run(job, done, failed));
        }

        @Override
        public <T> void run(
                ProgressJob<T> job, Progress progress, Consumer<? super T> done, Consumer<? super Throwable> failed) {
            held.add(() -> inline.run(job, progress, done, failed));
        }

        @Override
        public <T> void run(Job<T> job, Consumer<? super T> done) {
            held.add(() -> inline.run(job, done));
        }

        int size() {
            return held.size();
        }

        void answerNewestFirst() {
            while (!held.isEmpty()) {
                held.removeLast().run();
            }
        }
    }
}
