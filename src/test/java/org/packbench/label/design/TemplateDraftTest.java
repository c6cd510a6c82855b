package org.packbench.label.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.Shape;
import org.packbench.label.Symbology;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.Pattern;

/** The designer's edits, one by one, and undo/redo over them. */
class TemplateDraftTest {
    private static final Element.Text WEIGHT = text("weight", new Rect(0, 0, 40, 0), 10, 10);
    private static final Element.Text NAME = text("name", new Rect(0, 0, 55, 0), 11, 10);
    private static final Element.Stack BODY =
            new Element.Stack("body", new Rect(1.5, 1.2, 55, 22), 0.2, List.of(NAME, WEIGHT));
    private static final Element.Barcode QR = new Element.Barcode(
            "qr",
            Symbology.QR,
            Pattern.field("qr_payload"),
            new Rect(42, 24, 15.5, 15.5),
            0.25,
            0,
            false,
            Element.Align.RIGHT,
            true,
            false);
    private static final Element.Watermark MARK =
            new Element.Watermark("dac-watermark", Pattern.parse("DAC {dac}"), 30, 12, 13, 0.82, 4);
    private static final LabelTemplate LABEL = new LabelTemplate(
            "vk-test", "VK test", "vk", LabelTemplate.Kind.PRODUCT, true, 58, 40, List.of(MARK, BODY, QR));

    private static Element.Text text(String id, Rect box, double pt, double min) {
        return new Element.Text(
                id,
                box,
                Pattern.field(id.equals("name") ? "name_ru" : "net_weight_g"),
                pt,
                min,
                FontStyle.REGULAR,
                0,
                Element.Align.LEFT,
                false);
    }

    private static Element.Barcode qr(LabelTemplate t) {
        return (Element.Barcode) t.elements().get(2);
    }

    @Test
    void anArrowKeyMovesAnElementByOneDotOfThePrinterAndShiftArrowByOneMillimetre() {
        LabelTemplate oneDot = Edit.Move.byDots("qr", 1, 0, 203).apply(LABEL);
        assertEquals(42 + 25.4 / 203, qr(oneDot).box().x(), 1e-12);
        assertEquals(24, qr(oneDot).box().y());
        LabelTemplate oneMm = new Edit.Move("qr", 0, -1).apply(LABEL);
        assertEquals(new Rect(42, 23, 15.5, 15.5), qr(oneMm).box());
    }

    @Test
    void aTextInAStackMovesSidewaysOnlyAndKeepsItsPlaceInTheStack() {
        LabelTemplate moved = new Edit.Move("weight", 2, 5).apply(LABEL);
        Element.Stack body = (Element.Stack) moved.elements().get(1);
        assertEquals(
                List.of("name", "weight"),
                body.children().stream().map(Element::id).toList());
        assertEquals(2, body.children().get(1).box().x());
        assertEquals(BODY.box(), body.box());
    }

    @Test
    void aResizeKeepsTheTopLeftCorner() {
        LabelTemplate resized = new Edit.Resize("qr", 12, 13).apply(LABEL);
        assertEquals(new Rect(42, 24, 12, 13), qr(resized).box());
        assertThrows(ProblemException.class, () -> new Edit.Resize("qr", 0, 13));
    }

    @Test
    void aSmallerTypeSizeLowersTheMinimumWithItAndALargerOneKeepsIt() {
        LabelTemplate nine = new Edit.SetFontSize("name", 9).apply(LABEL);
        Element.Text name = ((Element.Stack) nine.elements().get(1)).children().get(0);
        assertEquals(9, name.sizePt());
        assertEquals(9, name.minPt());
        LabelTemplate fourteen = new Edit.SetFontSize("name", 14).apply(LABEL);
        Element.Text big =
                ((Element.Stack) fourteen.elements().get(1)).children().get(0);
        assertEquals(14, big.sizePt());
        assertEquals(10, big.minPt());
        ProblemException notText =
                assertThrows(ProblemException.class, () -> new Edit.SetFontSize("qr", 9).apply(LABEL));
        assertEquals("design.noText", notText.problem().key());
    }

    @Test
    void elementsAreAddedOnTopAndRemovedByIdAndAnIdIsNeverTakenTwice() {
        Element.Shape line = new Element.Shape("rule", Shape.Kind.LINE, new Rect(1, 23, 40, 0.3), 0);
        LabelTemplate added = new Edit.Add(line).apply(LABEL);
        assertEquals(line, added.elements().get(3));
        assertEquals(LABEL, new Edit.Remove("rule").apply(added));
        ProblemException twice = assertThrows(ProblemException.class, () -> new Edit.Add(line).apply(added));
        assertEquals("design.duplicateElement", twice.problem().key());
        Element.Shape sameAsChild = new Element.Shape("weight", Shape.Kind.LINE, new Rect(1, 23, 40, 0.3), 0);
        assertThrows(ProblemException.class, () -> new Edit.Add(sameAsChild).apply(LABEL));
        LabelTemplate noWeight = new Edit.Remove("weight").apply(LABEL);
        assertEquals(List.of(NAME), ((Element.Stack) noWeight.elements().get(1)).children());
        ProblemException last = assertThrows(ProblemException.class, () -> new Edit.Remove("name").apply(noWeight));
        assertEquals("design.lastInStack", last.problem().key());
    }

    @Test
    void anEditOfAnElementThatIsNotThereIsRefusedAndTheDraftStaysAsItWas() {
        TemplateDraft draft = TemplateDraft.of(LABEL);
        ProblemException e = assertThrows(ProblemException.class, () -> draft.apply(new Edit.Move("logo", 1, 1)));
        assertEquals("design.unknownElement", e.problem().key());
        assertSame(LABEL, draft.template());
        ProblemException mark =
                assertThrows(ProblemException.class, () -> draft.apply(new Edit.Move("dac-watermark", 1, 1)));
        assertEquals("design.noBox", mark.problem().key());
    }

    @Test
    void undoTakesBackTheLastEditAndRedoMakesItAgain() {
        TemplateDraft draft = TemplateDraft.of(LABEL)
                .apply(new Edit.Move("qr", -2, 0))
                .apply(new Edit.SetFontSize("name", 12))
                .apply(new Edit.Remove("weight"));
        assertEquals(3, draft.undoCount());
        assertEquals(new Edit.Remove("weight"), draft.lastEdit().orElseThrow());
        TemplateDraft undone = draft.undo().undo();
        assertEquals(new Edit.Move("qr", -2, 0).apply(LABEL), undone.template());
        assertEquals(new Edit.SetFontSize("name", 12), undone.nextRedo().orElseThrow());
        assertEquals(draft.template(), undone.redo().redo().template());
        TemplateDraft atStart = undone.undo();
        assertEquals(LABEL, atStart.template());
        assertSame(atStart, atStart.undo(), "nothing more to undo");
        TemplateDraft branched = undone.apply(new Edit.Move("qr", 0, -1));
        assertFalse(branched.canRedo());
        assertTrue(branched.canUndo());
        assertEquals(2, branched.undoCount());
    }
}
