package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.LabelRequest;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.render.LabelFormat;

/** "Инвойс (VK)" on Упаковка: the order on the form, the folder remembered, the answer in one line. */
class InvoiceModelTest {
    @TempDir
    Path dir;

    private final AtomicReference<String> onForm = new AtomicReference<>("");
    private final InlineWork work = new InlineWork();
    private InvoiceModel model;

    @BeforeEach
    void open() {
        Workbench bench = Workbench.open(
                dir.resolve("inv.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.config().set("company.name", "ООО «Ромашка»");
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        for (String[] parcel :
                new String[][] {{"PB-7-003", "VK-77", "RU777000777VK"}, {"PB-7-005", "VK-78", "RU777000778VK"}}) {
            bench.labels()
                    .render(new LabelRequest(
                            parcel[0],
                            "vk-product-58x40",
                            parcel[1],
                            parcel[2],
                            Optional.empty(),
                            LabelFormat.ZPL,
                            203));
        }
        model = new InvoiceModel(bench::invoices, onForm::get, new UiText(Locale.forLanguageTag("ru")), work);
    }

    @Test
    void theOrderOnTheFormIsWrittenIntoTheChosenFolderWhichIsRememberedForTheNext() {
        onForm.set(" VK-77 ");
        assertEquals(Optional.of("VK-77"), model.asked());
        assertEquals(Optional.empty(), model.folder(), "no folder chosen yet: the chooser opens where it likes");
        Path folder = dir.resolve("инвойсы");
        model.write("VK-77", folder);
        assertNull(work.unexpected());
        Path file = folder.resolve("OOO-Romashka_Invoice_2026-11-25_VK-77.pdf");
        assertTrue(Files.isRegularFile(file));
        assertEquals(StatusLine.Tone.OK, model.status().tone());
        assertEquals(
                "Инвойс для заказа VK-77 записан: OOO-Romashka_Invoice_2026-11-25_VK-77.pdf в " + folder
                        + " (строк: 1, итого 9.90 USD).",
                model.status().text());
        assertEquals(Optional.of(folder), model.folder());
    }

    @Test
    void aRefusalIsSaidInRussianWithTheLineSkuAndField() {
        onForm.set("VK-78");
        model.write(model.asked().orElseThrow(), dir.resolve("out"));
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().contains("в строке 1 (артикул PB-7-005) не заполнено поле eac_cert"),
                model.status().text());
        assertTrue(!Files.exists(dir.resolve("out")), "nothing written");
        assertEquals(Optional.of(dir.resolve("out")), model.folder(), "the folder is kept for the next try");
    }

    @Test
    void withNoOrderOnTheFormNoFolderIsAskedFor() {
        onForm.set("   ");
        assertEquals(Optional.empty(), model.asked());
        assertEquals(StatusLine.Tone.WARN, model.status().tone());
        assertTrue(
                model.status().text().startsWith("не указан заказ"),
                model.status().text());
    }
}
