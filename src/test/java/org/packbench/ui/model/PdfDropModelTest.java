package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.LabelPdfAudit;
import org.packbench.app.LabelRequest;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.render.LabelFormat;

/** A label PDF dropped on Упаковка is checked against the SKU on the form, and the line says how it went. */
class PdfDropModelTest {
    @TempDir
    Path dir;

    private Workbench bench;
    private final AtomicReference<String> onForm = new AtomicReference<>("");
    private PdfDropModel model;
    private Path label;

    @BeforeEach
    void open() throws Exception {
        bench = Workbench.open(
                dir.resolve("drop.db"), Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC));
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        label = dir.resolve("label.pdf");
        Files.write(
                label,
                bench.labels()
                        .render(new LabelRequest(
                                "PB-7-003",
                                "vk-product-58x40",
                                "VK-77",
                                "RU777000777VK",
                                Optional.empty(),
                                LabelFormat.PDF,
                                203))
                        .bytes());
        model = new PdfDropModel(
                new LabelPdfAudit(bench.catalog()),
                onForm::get,
                new UiText(Locale.forLanguageTag("ru")),
                new InlineWork());
    }

    @Test
    void untilSomethingIsDroppedTheLineSaysWhatADropDoes() {
        assertEquals(StatusLine.Tone.PLAIN, model.status().tone());
        assertTrue(
                model.status().text().startsWith("Перетащите сюда PDF"),
                model.status().text());
    }

    @Test
    void aLabelOfTheSkuOnTheFormPassesAndOfAnotherFails() {
        onForm.set("PB-7-003");
        model.audit(label);
        assertEquals(StatusLine.Tone.OK, model.status().tone());
        assertTrue(
                model.status().text().startsWith("label.pdf соответствует артикулу PB-7-003"),
                model.status().text());

        onForm.set("PB-7-001");
        model.audit(label);
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().startsWith("label.pdf НЕ соответствует артикулу PB-7-001"),
                model.status().text());
    }

    @Test
    void aSkuNotInTheCatalogIsNamed() {
        onForm.set("NOPE-1");
        model.audit(label);
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(model.status().text().contains("NOPE-1"), model.status().text());
    }

    @Test
    void ofTheFilesDroppedOnlyThePdfIsAudited() throws Exception {
        onForm.set("PB-7-003");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a label");
        model.dropped(List.of(notes));
        assertEquals(StatusLine.Tone.PLAIN, model.status().tone(), "nothing to audit");
        model.dropped(List.of(notes, label));
        assertEquals(StatusLine.Tone.OK, model.status().tone(), model.status().text());
    }

    @Test
    void aFileThatIsNotAPdfAtAllIsRefusedAsUnreadable() throws Exception {
        onForm.set("PB-7-003");
        Path fake = Files.writeString(dir.resolve("fake.pdf"), "no PDF here");
        model.audit(fake);
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().contains("не читается как PDF"),
                model.status().text());
    }
}
