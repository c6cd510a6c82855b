package org.packbench.label.glabels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packbench.label.glabels.GlabelsDocuments.assertSays;
import static org.packbench.label.glabels.GlabelsDocuments.document;
import static org.packbench.label.glabels.GlabelsDocuments.imported;
import static org.packbench.label.glabels.GlabelsDocuments.label;
import static org.packbench.label.glabels.GlabelsDocuments.only;
import static org.packbench.label.glabels.GlabelsDocuments.rectangle;
import static org.packbench.label.glabels.GlabelsDocuments.template;
import static org.packbench.label.glabels.GlabelsDocuments.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;

/** The label itself: its size in gLabels' units, its shape, the sheet it sits on, its name. */
class GlabelsLabelTest {
    private static final String NAME = text("<Field name=\"name_ru\"/>");

    @ParameterizedTest(name = "{0} is {1} mm")
    @CsvSource({
        "58mm, 58",
        "5.8cm, 58",
        "2in, 50.8",
        "144pt, 50.8",
        "144, 50.8",
        "12pc, 50.8",
        "164.409pt, 58.0",
        "58 MM, 58"
    })
    void aLengthIsReadInItsUnitAndABareNumberIsPoints(String written, double mm) {
        LabelTemplate t = template(document(rectangle(written, "40mm"), NAME));
        assertEquals(mm, t.widthMm(), 0.001);
        assertEquals(40, t.heightMm(), 1e-9);
    }

    @Test
    void millimetresStayExactlyAsWritten() {
        Element.Text t = (Element.Text)
                only(imported(label(text("x=\"0.44mm\" y=\"1.2mm\" w=\"57.12mm\" h=\"14mm\"", "", "x"))));
        assertEquals(new Rect(0.44, 1.2, 57.12, 14), t.box());
    }

    @Test
    void aLengthInAnUnknownUnitIsRefusedNamingTheElementAndTheAttribute() {
        ProblemException e =
                assertThrows(ProblemException.class, () -> template(document(rectangle("58furlongs", "40mm"), NAME)));
        assertEquals("glabels.length", e.problem().key());
        assertTrue(e.getMessage().contains("<Label-rectangle> has width=\"58furlongs\""), e.getMessage());
    }

    @Test
    void aRoundLabelIsLaidOutOnTheSquareAroundItAndSaidSo() {
        GlabelsImport i = imported(document(
                "<Label-round id=\"0\" radius=\"15mm\"><Layout nx=\"1\" ny=\"1\" x0=\"0mm\" y0=\"0mm\" dx=\"30mm\" dy=\"30mm\"/></Label-round>",
                text("x=\"5mm\" y=\"10mm\" w=\"20mm\" h=\"8mm\"", "", "Круг")));
        assertEquals(30, i.template().widthMm(), 1e-9);
        assertEquals(30, i.template().heightMm(), 1e-9);
        assertSays(i, "glabels.note.roundLabel", "30.0 mm across");
    }

    @Test
    void aSheetOfLabelsGivesOneLabelAndSaysHowManyTheSheetHad() {
        String a4 = "<Label-rectangle id=\"0\" width=\"70mm\" height=\"37mm\" round=\"0mm\">"
                + "<Layout nx=\"3\" ny=\"8\" x0=\"0mm\" y0=\"0.5mm\" dx=\"70mm\" dy=\"37mm\"/></Label-rectangle>";
        GlabelsImport i = imported(document(a4, NAME));
        assertEquals(70, i.template().widthMm(), 1e-9);
        assertEquals(37, i.template().heightMm(), 1e-9);
        assertSays(i, "glabels.note.sheet", "a sheet of 24 labels");
    }

    @Test
    void aLabelGLabelsTurnsOnItsStockIsImportedAsItWasDesigned() {
        GlabelsImport i = imported(document(
                rectangle("40mm", "58mm"), "True", text("x=\"2mm\" y=\"3mm\" w=\"50mm\" h=\"10mm\"", "", "Поперёк")));
        assertEquals(58, i.template().widthMm(), 1e-9);
        assertEquals(40, i.template().heightMm(), 1e-9);
        assertSays(i, "glabels.note.rotatedLabel", "58.0 × 40.0 mm");
    }

    @Test
    void theIdIsTheFileNameInLatinAndTheTitleTheFileNameAsWritten() {
        LabelTemplate t = GlabelsLayout.read(label(NAME), "Этикетка ВК (Щётка) 58x40.glabels")
                .template();
        assertEquals("etiketka-vk-shchetka-58x40", t.id());
        assertEquals("Этикетка ВК (Щётка) 58x40", t.title());
        assertEquals("glabels-label", TemplateName.id("###.glabels"));
        assertEquals("shipping-100x150", TemplateName.id("/home/seller/labels/Shipping 100x150.glabels"));
    }

    @Test
    void aLabelShowingTheRussianProductNameIsARegulatedProductLabel() {
        LabelTemplate named = template(label(NAME));
        assertTrue(named.regulated());
        assertEquals(LabelTemplate.Kind.PRODUCT, named.kind());
        assertFalse(template(label(text("<Field name=\"sku\"/>"))).regulated());
    }

    @Test
    void theDacMakesItAVkLabelAnOzonCodeAnOzonOneAndAnythingElseTheSellersOwn() {
        assertEquals(
                "vk", template(label(NAME + text("DAC <Field name=\"dac\"/>"))).marketplace());
        assertEquals(
                "ozon", template(label(text("<Field name=\"ozon_code\"/>"))).marketplace());
        assertEquals("other", template(label(NAME)).marketplace());
    }

    @Test
    void whatALabelShowsSaysWhatItIsFor() {
        assertEquals(
                LabelTemplate.Kind.MARKING,
                template(label(text("<Field name=\"mark\"/>"))).kind());
        assertEquals(
                LabelTemplate.Kind.LOGISTIC,
                template(label(text("SSCC <Field name=\"sscc\"/>"))).kind());
        assertEquals(
                LabelTemplate.Kind.SHIPPING,
                template(label(text("<Field name=\"Трек-номер\"/>"))).kind());
        assertEquals(
                LabelTemplate.Kind.PRODUCT,
                template(label(text("<Field name=\"marketplace\"/>"))).kind());
    }

    @Test
    void aLabelOfMetresIsRefusedBeforeTheChecksTryToDrawIt() {
        ProblemException e =
                assertThrows(ProblemException.class, () -> template(document(rectangle("2000mm", "40mm"), NAME)));
        assertEquals("glabels.labelSize", e.problem().key());
    }
}
