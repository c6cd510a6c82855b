package org.packbench.label.glabels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packbench.label.glabels.GlabelsDocuments.IDENTITY;
import static org.packbench.label.glabels.GlabelsDocuments.assertSays;
import static org.packbench.label.glabels.GlabelsDocuments.imported;
import static org.packbench.label.glabels.GlabelsDocuments.label;
import static org.packbench.label.glabels.GlabelsDocuments.only;
import static org.packbench.label.glabels.GlabelsDocuments.text;

import org.junit.jupiter.api.Test;
import org.packbench.label.Rect;
import org.packbench.label.Shape;
import org.packbench.label.template.Element;

/**
 * gLabels boxes, lines, ellipses and pictures; and where every object stands: moved by its matrix,
 * turned, or reaching off the label.
 */
class GlabelsShapeTest {
    private static final double EPS = 1e-9;

    private static String box(String attributes) {
        return "    <Object-box x=\"10mm\" y=\"5mm\" w=\"20mm\" h=\"10mm\" " + attributes + " " + IDENTITY + "/>\n";
    }

    private static String line(String dx, String dy) {
        return "    <Object-line x=\"10mm\" y=\"20mm\" dx=\"" + dx + "\" dy=\"" + dy
                + "\" line_width=\"0.5mm\" line_color=\"0x000000ff\" " + IDENTITY + "/>\n";
    }

    private static void assertBox(Rect expected, Rect actual) {
        assertEquals(expected.x(), actual.x(), EPS, "x");
        assertEquals(expected.y(), actual.y(), EPS, "y");
        assertEquals(expected.width(), actual.width(), EPS, "width");
        assertEquals(expected.height(), actual.height(), EPS, "height");
    }

    @Test
    void aBoxOutlineIsWhereItsInkIsHalfTheLineOutsideTheBoxGLabelsGives() {
        Element.Shape s = (Element.Shape)
                only(imported(label(box("line_width=\"1mm\" line_color=\"0x000000ff\" fill_color=\"0x00000000\""))));
        assertEquals(Shape.Kind.BOX, s.kind());
        assertBox(new Rect(9.5, 4.5, 21, 11), s.box());
        assertEquals(1, s.thicknessMm(), EPS);
    }

    @Test
    void aDarkFilledBoxIsAFilledRectangle() {
        Element.Shape s = (Element.Shape)
                only(imported(label(box("line_width=\"0mm\" line_color=\"0x00000000\" fill_color=\"0x202020ff\""))));
        assertEquals(Shape.Kind.LINE, s.kind());
        assertBox(new Rect(10, 5, 20, 10), s.box());
    }

    @Test
    void aBoxThatDrawsNothingOnAWhiteLabelIsLeftOutAndSaid() {
        GlabelsImport i = imported(
                label(text("x") + box("line_width=\"0mm\" line_color=\"0x00000000\" fill_color=\"0xffffffff\"")));
        assertEquals(1, i.template().elements().size());
        assertSays(i, "glabels.note.invisible", "a box at 10.0, 5.0 mm");
    }

    @Test
    void horizontalAndVerticalLinesAreRuledLinesAsThickAsGLabelsDrewThem() {
        GlabelsImport i = imported(label(line("30mm", "0mm") + line("0mm", "-15mm")));
        Element.Shape across = (Element.Shape) i.template().elements().get(0);
        Element.Shape down = (Element.Shape) i.template().elements().get(1);
        assertEquals(Shape.Kind.LINE, across.kind());
        assertBox(new Rect(10, 19.75, 30, 0.5), across.box());
        assertBox(new Rect(9.75, 5, 0.5, 15), down.box());
    }

    @Test
    void aSlantingLineIsLeftOutAndSaid() {
        GlabelsImport i = imported(label(text("x") + line("10mm", "10mm")));
        assertEquals(1, i.template().elements().size());
        assertSays(i, "glabels.note.diagonalLine", "10.0, 20.0 mm");
    }

    @Test
    void anEllipseAndAPictureAreLeftOutAndTheNotesSayWhatToDoInstead() {
        GlabelsImport i = imported(label(text("x")
                + "    <Object-ellipse x=\"1mm\" y=\"2mm\" w=\"5mm\" h=\"5mm\" line_width=\"0.3mm\" line_color=\"0x000000ff\" "
                + IDENTITY + "/>\n"
                + "    <Object-image x=\"3mm\" y=\"4mm\" w=\"5mm\" h=\"5mm\" src=\"logo.png\" " + IDENTITY + "/>\n"
                + "    <Object-image x=\"0mm\" y=\"0mm\" w=\"58mm\" h=\"40mm\" field=\"watermark_svg\" " + IDENTITY
                + "/>\n"));
        assertEquals(1, i.template().elements().size());
        assertSays(i, "glabels.note.ellipse", "1.0, 2.0 mm");
        assertSays(i, "glabels.note.image", "\"logo.png\"", "add it in the designer");
        assertSays(i, "glabels.note.imageField", "\"watermark_svg\"", "watermark element");
    }

    @Test
    void theTranslationOfAnObjectsMatrixMovesItInPoints() {
        String moved = text("x=\"2mm\" y=\"3mm\" w=\"20mm\" h=\"10mm\"", "", "x")
                .replace("a4=\"0\" a5=\"0\"", "a4=\"72\" a5=\"36\"");
        Element.Text t = (Element.Text) only(imported(label(moved)));
        assertBox(new Rect(2 + 25.4, 3 + 12.7, 20, 10), t.box());
    }

    @Test
    void aTurnedObjectIsImportedUprightAtItsPlaceAndSaid() {
        String turned = line("20mm", "0mm").replace(IDENTITY, "a0=\"0\" a1=\"1\" a2=\"-1\" a3=\"0\" a4=\"0\" a5=\"0\"");
        GlabelsImport i = imported(label(turned));
        assertBox(new Rect(10, 19.75, 20, 0.5), ((Element.Shape) only(i)).box());
        assertSays(i, "glabels.note.rotation", "element \"line\"", "90°");
    }

    @Test
    void aStretchedObjectIsImportedAtItsOwnSizeAndSaid() {
        String stretched = text("x").replace(IDENTITY, "a0=\"2\" a1=\"0\" a2=\"0\" a3=\"1\" a4=\"0\" a5=\"0\"");
        assertSays(imported(label(stretched)), "glabels.note.scaled");
    }

    @Test
    void anElementReachingOffTheLabelIsCutToItAndOneWhollyOffItIsLeftOut() {
        GlabelsImport i = imported(label(text("x=\"40mm\" y=\"35mm\" w=\"30mm\" h=\"10mm\"", "", "Край")
                + text("x=\"60mm\" y=\"5mm\" w=\"10mm\" h=\"5mm\"", "", "Мимо")));
        Element.Text t = (Element.Text) only(i);
        assertBox(new Rect(40, 35, 18, 5), t.box());
        assertSays(i, "glabels.note.clamped", "element \"text\"", "58.0 × 40.0 mm");
        assertSays(i, "glabels.note.outsideLabel", "a text at 60.0, 5.0 mm");
    }

    @Test
    void anObjectGLabels3DoesNotKnowIsLeftOutAndSaid() {
        GlabelsImport i = imported(label(text("x") + "    <Object-polygon x=\"1mm\" y=\"1mm\"/>\n"));
        assertTrue(i.template().elements().size() == 1);
        assertSays(i, "glabels.note.unknownObject", "<Object-polygon>");
    }
}
