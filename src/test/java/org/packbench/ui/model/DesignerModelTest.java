package org.packbench.ui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.app.DesignPreview;
import org.packbench.app.Workbench;
import org.packbench.catalog.ImportOptions;
import org.packbench.catalog.ImportProgress;
import org.packbench.label.Dots;
import org.packbench.label.Rect;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.design.DotGrid;
import org.packbench.label.design.Edit;
import org.packbench.label.design.LabelSize;
import org.packbench.label.design.NewElement;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.render.BundledTypeface;
import org.packbench.render.RasterWriter;

/** The designer's state on a real bench: edits on the dot grid, undo, what is unsaved, what the checks said. */
class DesignerModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Workbench bench;
    private DesignerModel model;

    @BeforeEach
    void open() {
        bench = Workbench.open(dir.resolve("designer.db"), CLOCK);
        bench.catalogImport().run(TestFiles.sample("catalog.csv"), ImportOptions.STRICT, ImportProgress.NONE);
        bench.dacs().add("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        model = new DesignerModel(
                bench.templateDesigns(),
                new DesignPreview(new LabelComposer(BundledTypeface.get()), new RasterWriter()),
                new UiText(Locale.forLanguageTag("ru")),
                new InlineWork());
    }

    @AfterEach
    void close() {
        bench.closeDatabase();
    }

    private Rect box(String id) {
        return model.template().orElseThrow().elements().stream()
                .filter(e -> e.id().equals(id))
                .map(e -> ((Element.Boxed) e).box())
                .findFirst()
                .orElseThrow();
    }

    private static void assertOnGrid(double mm, int dpi) {
        double dots = mm * dpi / Dots.MM_PER_INCH;
        assertEquals(Math.round(dots), dots, 1e-6, mm + " mm is on the " + dpi + " dpi grid");
    }

    private LabelTemplate empty() {
        return LabelSize.PRESETS.get(0).empty("shelf", "Полка", "other", LabelTemplate.Kind.SHIPPING);
    }

    @Test
    void aDragLandsOnTheDotGridOfTheChosenPrinter() {
        model.open(empty());
        model.edit(NewElement.BOX.at(model.template().orElseThrow(), 2, 2));
        model.dragBy("box", 1.0, 0.49);
        assertOnGrid(box("box").x(), 203);
        assertOnGrid(box("box").y(), 203);
        assertEquals(3, box("box").x(), Dots.toMm(1, 203) / 2, "1 mm further, to the nearest dot");
        model.setDpi(300);
        model.dragBy("box", 1.0, 0);
        assertOnGrid(box("box").x(), 300);
        assertEquals(4, box("box").x(), Dots.toMm(1, 300) / 2);
        int edits = model.draftProperty().get().undoCount();
        model.dragBy("box", 0.01, 0.01);
        assertEquals(edits, model.draftProperty().get().undoCount(), "a drag of less than half a dot is no edit");
    }

    @Test
    void anElementGoesToAnEdgeOfTheLabelKeepingTheMarginOrToItsMiddle() {
        model.open(empty());
        model.edit(NewElement.QR.at(model.template().orElseThrow(), 2, 2));
        model.alignOnLabel(DotGrid.OnLabel.RIGHT);
        Rect qr = box("qr");
        assertEquals(58 - DotGrid.MARGIN_MM, qr.right(), Dots.toMm(1, 203));
        assertOnGrid(qr.x(), 203);
        model.alignOnLabel(DotGrid.OnLabel.BOTTOM);
        assertEquals(40 - DotGrid.MARGIN_MM, box("qr").bottom(), Dots.toMm(1, 203));
        model.alignOnLabel(DotGrid.OnLabel.CENTER);
        assertEquals(29, box("qr").x() + box("qr").width() / 2, Dots.toMm(1, 203));
        model.alignOnLabel(DotGrid.OnLabel.TOP);
        assertEquals(DotGrid.MARGIN_MM, box("qr").y(), Dots.toMm(1, 203));
    }

    @Test
    void anEditThatChangesNothingIsNoStepAndLeavesTheTemplateSaved() {
        model.open(bench.labels().templates().get("vk-product-58x40"));
        model.dragBy("qr", 0, 0);
        model.edit(new Edit.SetFontSize("name", 11));
        model.edit(new Edit.SetAlign("qr", Element.Align.RIGHT));
        assertEquals(0, model.draftProperty().get().undoCount());
        assertFalse(model.unsavedProperty().get(), "a click on an element does not move it");
    }

    @Test
    void aSampleNotInTheCatalogIsSaidAndTheChecksGoOnWithTheWorstCase() {
        model.open(bench.labels().templates().get("vk-product-58x40"));
        String worst = model.checkedProperty().get().sample();
        model.setSample(Optional.of("NO-SUCH-SKU"));
        assertTrue(
                model.notesProperty().get().contains("NO-SUCH-SKU"),
                model.notesProperty().get());
        assertEquals(Optional.empty(), model.sampleSkuProperty().get());
        model.edit(new Edit.SetFontSize("weight", 11));
        assertEquals(worst, model.checkedProperty().get().sample());
        assertEquals(
                model.template().orElseThrow(),
                model.checkedProperty().get().template(),
                "the answer is the new draft's");
    }

    @Test
    void undoAndRedoWalkTheEditsAndAGoneElementIsNoLongerPicked() {
        model.open(empty());
        assertFalse(model.unsavedProperty().get());
        model.edit(NewElement.TEXT.at(model.template().orElseThrow(), 2, 2));
        assertEquals("text", model.selectedProperty().get(), "what was added is picked");
        model.nudgeMm(0, 3);
        assertTrue(model.unsavedProperty().get());
        model.undo();
        model.undo();
        assertNull(model.selectedProperty().get());
        assertTrue(model.template().orElseThrow().elements().isEmpty());
        model.redo();
        model.redo();
        assertEquals(2 + 3, box("text").y(), 1e-9);
    }

    @Test
    void anEditTheTemplateRefusesChangesNothingAndSaysWhy() {
        model.open(empty());
        model.edit(NewElement.TEXT.at(model.template().orElseThrow(), 2, 2));
        LabelTemplate before = model.template().orElseThrow();
        boolean applied = model.edit(new Edit.Remove("nothing-here"));
        assertFalse(applied);
        assertEquals(before, model.template().orElseThrow());
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(
                model.status().text().contains("nothing-here"), model.status().text());
    }

    @Test
    void aNinePointNameIsRedAndRefusedForUseAsADraftItIsKept() {
        model.open(bench.labels().templates().get("vk-product-58x40"));
        model.edit(new Edit.SetFontSize("weight", 9));
        DesignerModel.Checked checked = model.checkedProperty().get();
        assertFalse(checked.report().savableForUse());
        assertTrue(checked.raster().getWidth() > 0, "the preview is drawn all the same");
        model.saveForUse();
        assertEquals(StatusLine.Tone.ERROR, model.status().tone());
        assertTrue(model.unsavedProperty().get(), "nothing was saved");
        assertTrue(bench.templateDesigns().versions("vk-product-58x40").isEmpty());
        model.saveDraft();
        assertFalse(model.unsavedProperty().get());
        assertEquals(1, bench.templateDesigns().versions("vk-product-58x40").size());
        model.openSaved("vk-product-58x40");
        assertEquals(
                9.0,
                ((Element.Stack) model.template().orElseThrow().elements().get(1))
                        .children().stream()
                                .filter(c -> c.id().equals("weight"))
                                .findFirst()
                                .orElseThrow()
                                .sizePt(),
                "opening it again gives the draft back, not the template in use");
        model.edit(new Edit.SetFontSize("weight", 10));
        model.saveForUse();
        assertEquals(StatusLine.Tone.OK, model.status().tone(), model.status().text());
        assertEquals(2, bench.templateDesigns().versions("vk-product-58x40").size());
    }

    @Test
    void theSampleIsTheNamedProductOrTheCatalogsWorstCase() {
        model.open(bench.labels().templates().get("vk-product-58x40"));
        String worst = model.checkedProperty().get().sample();
        model.setSample(Optional.of("PB-7-003"));
        assertTrue(model.checkedProperty().get().sample().startsWith("PB-7-003"));
        model.setSample(Optional.of("  "));
        assertEquals(worst, model.checkedProperty().get().sample());
    }
}
