package org.packbench.label.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.Symbology;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.Pattern;

/** What the designer's panel sets on an element: style, alignment, what it shows, how it fits, its module, the label's size. */
class ElementPropertyEditsTest {
    private static final Element.Text NAME = new Element.Text(
            "name",
            new Rect(2, 2, 54, 14),
            Pattern.field("name_ru"),
            11,
            10,
            FontStyle.REGULAR,
            3,
            Element.Align.LEFT,
            false);
    private static final Element.Barcode EAN = new Element.Barcode(
            "ean",
            Symbology.EAN13,
            Pattern.field("gtin"),
            new Rect(2, 20, 36, 18),
            0.33,
            13,
            true,
            Element.Align.LEFT,
            false,
            false);
    private static final Element.Shape RULE =
            new Element.Shape("rule", org.packbench.label.Shape.Kind.LINE, new Rect(2, 18, 54, 0.3), 0);
    private static final LabelTemplate LABEL =
            new LabelTemplate("t", "T", "vk", LabelTemplate.Kind.PRODUCT, true, 58, 40, List.of(NAME, EAN, RULE));

    private static Element find(LabelTemplate t, String id) {
        return t.elements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void boldAndAlignmentChangeOnlyWhatTheySay() {
        LabelTemplate t = new Edit.SetStyle("name", FontStyle.BOLD).apply(LABEL);
        t = new Edit.SetAlign("name", Element.Align.CENTER).apply(t);
        t = new Edit.SetAlign("ean", Element.Align.RIGHT).apply(t);
        Element.Text name = (Element.Text) find(t, "name");
        assertEquals(FontStyle.BOLD, name.style());
        assertEquals(Element.Align.CENTER, name.align());
        assertEquals(NAME.box(), name.box());
        assertEquals(NAME.sizePt(), name.sizePt());
        assertEquals(Element.Align.RIGHT, ((Element.Barcode) find(t, "ean")).align());
        assertEquals(RULE, find(t, "rule"));
    }

    @Test
    void aTextOrABarcodeIsBoundToAFieldOrAPatternTheEngineKnows() {
        LabelTemplate t = new Edit.SetPattern("name", "Изготовитель: {manufacturer}").apply(LABEL);
        t = new Edit.SetPattern("ean", "{gtin}").apply(t);
        assertEquals(
                List.of("manufacturer"),
                ((Element.Text) find(t, "name")).pattern().fields());
        assertEquals(
                "Свободный текст",
                new Edit.SetPattern("name", "Свободный текст")
                        .apply(LABEL).elements().stream()
                                .map(e -> e instanceof Element.Text x
                                        ? x.pattern().source()
                                        : "")
                                .filter(s -> !s.isEmpty())
                                .findFirst()
                                .orElseThrow());
    }

    @Test
    void aFieldTheEngineDoesNotKnowIsRefusedByNameBeforeItCouldPrintEmpty() {
        ProblemException e =
                assertThrows(ProblemException.class, () -> new Edit.SetPattern("name", "{name_ru} {colour}"));
        assertEquals("design.unknownField", e.problem().key());
        assertTrue(e.problem().in(java.util.Locale.ROOT).contains("colour"));
    }

    @Test
    void anEmptyTextIsRefusedSinceNoTemplateFileCouldHoldIt() {
        assertEquals(
                "design.emptyPattern",
                assertThrows(ProblemException.class, () -> new Edit.SetPattern("name", "  "))
                        .problem()
                        .key());
    }

    @Test
    void aPositionMustBeANumberAndALabelAtMost300Mm() {
        assertThrows(ProblemException.class, () -> new Edit.Move("name", Double.NaN, 0));
        assertThrows(ProblemException.class, () -> new Edit.SetLabelSize(58, 1000));
        assertEquals(300, new Edit.SetLabelSize(100, 300).apply(LABEL).heightMm());
    }

    @Test
    void fitSetsLinesAndTheShrinkFloorNeverAboveTheSize() {
        LabelTemplate t = new Edit.SetFit("name", 2, 14).apply(LABEL);
        Element.Text name = (Element.Text) find(t, "name");
        assertEquals(2, name.maxLines());
        assertEquals(11, name.minPt(), "the floor is the size itself when asked above it");
        assertThrows(ProblemException.class, () -> new Edit.SetFit("name", 0, 10));
    }

    @Test
    void aModuleIsABarcodesAndALineHasNone() {
        LabelTemplate t = new Edit.SetModule("ean", 0.375).apply(LABEL);
        assertEquals(0.375, ((Element.Barcode) find(t, "ean")).moduleMm());
        ProblemException e = assertThrows(ProblemException.class, () -> new Edit.SetModule("rule", 0.25).apply(LABEL));
        assertEquals("design.noBarcode", e.problem().key());
        assertEquals(
                "design.noAlign",
                assertThrows(ProblemException.class, () -> new Edit.SetAlign("rule", Element.Align.LEFT).apply(LABEL))
                        .problem()
                        .key());
        assertEquals(
                "design.noText",
                assertThrows(ProblemException.class, () -> new Edit.SetStyle("ean", FontStyle.BOLD).apply(LABEL))
                        .problem()
                        .key());
    }

    @Test
    void theLabelTakesAnotherStockSizeWithItsElementsWhereTheyWere() {
        LabelTemplate t = new Edit.SetLabelSize(75, 120).apply(LABEL);
        assertEquals(75, t.widthMm());
        assertEquals(120, t.heightMm());
        assertEquals(LABEL.elements(), t.elements());
        assertThrows(ProblemException.class, () -> new Edit.SetLabelSize(0, 40));
    }

    @Test
    void everyPaletteElementGetsAnIdNoOtherElementHas() {
        LabelTemplate t = LABEL;
        for (int i = 0; i < 3; i++) {
            for (NewElement kind : NewElement.values()) {
                t = kind.at(t, 2, 2).apply(t);
            }
        }
        assertEquals(3 + 3 * NewElement.values().length, Elements.ids(t).size());
        assertTrue(Elements.ids(t).containsAll(List.of("text", "text-2", "text-3", "qr-3", "watermark-2")));
    }

    @Test
    void anEmptyTemplateFromAPresetIsARussianProductLabelWhenItIsForProducts() {
        LabelSize a6 = LabelSize.PRESETS.stream()
                .filter(s -> s.name().equals("A6"))
                .findFirst()
                .orElseThrow();
        LabelTemplate product = a6.empty("a6", "A6", "vk", LabelTemplate.Kind.PRODUCT);
        LabelTemplate pallet = a6.empty("a6-sscc", "A6 SSCC", "ozon", LabelTemplate.Kind.LOGISTIC);
        assertEquals(105, product.widthMm());
        assertEquals(148, product.heightMm());
        assertTrue(product.regulated());
        assertTrue(!pallet.regulated());
        assertEquals(
                List.of("58×40", "75×120", "100×150", "A6", "40×30", "30×20"),
                LabelSize.PRESETS.stream().map(LabelSize::name).toList());
    }
}
