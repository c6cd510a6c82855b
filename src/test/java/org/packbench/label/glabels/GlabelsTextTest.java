package org.packbench.label.glabels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packbench.label.glabels.GlabelsDocuments.IDENTITY;
import static org.packbench.label.glabels.GlabelsDocuments.assertSays;
import static org.packbench.label.glabels.GlabelsDocuments.imported;
import static org.packbench.label.glabels.GlabelsDocuments.label;
import static org.packbench.label.glabels.GlabelsDocuments.only;
import static org.packbench.label.glabels.GlabelsDocuments.said;
import static org.packbench.label.glabels.GlabelsDocuments.says;
import static org.packbench.label.glabels.GlabelsDocuments.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;

/** gLabels text objects: their box, type and words, and their merge fields as PackBench fields. */
class GlabelsTextTest {
    private static final String BOX = "x=\"2mm\" y=\"3mm\" w=\"50mm\" h=\"10mm\"";

    private static Element.Text oneText(String xml) {
        return (Element.Text) only(imported(xml));
    }

    @Test
    void aTextKeepsItsBoxItsSizeItsWeightAndItsAlignment() {
        String xml =
                label("    <Object-text x=\"1.5mm\" y=\"2mm\" w=\"55mm\" h=\"9mm\" justify=\"Center\" valign=\"Top\""
                        + " auto_shrink=\"False\" " + IDENTITY + ">\n"
                        + "      <Span font_family=\"Sans\" font_size=\"11\" font_weight=\"Bold\" font_italic=\"False\""
                        + " color=\"0x000000ff\" line_spacing=\"1\"><Field name=\"name_ru\"/></Span>\n"
                        + "    </Object-text>\n");
        Element.Text t = oneText(xml);
        assertEquals(new Rect(1.5, 2, 55, 9), t.box());
        assertEquals(11, t.sizePt());
        assertEquals(11, t.minPt(), "gLabels does not shrink it, nor does PackBench");
        assertEquals(FontStyle.BOLD, t.style());
        assertEquals(Element.Align.CENTER, t.align());
        assertEquals("{name_ru}", t.pattern().source());
    }

    @Test
    void wordsAndFieldsOfALineMakeOnePattern() {
        Element.Text t =
                oneText(label(text("Вес нетто: <Field name=\"net_weight_g\"/> г   Арт. <Field name=\"sku\"/>")));
        assertEquals("Вес нетто: {net_weight_g} г   Арт. {sku}", t.pattern().source());
        assertEquals(List.of("net_weight_g", "sku"), t.pattern().fields());
    }

    @Test
    void theLinesOfATextBecomeAStackOfTextsOnePerLineInTheTextsBox() {
        Element e = only(
                imported(
                        label(
                                text(
                                        BOX,
                                        "",
                                        "<Field name=\"manufacturer\"/><NL/>Страна: <Field name=\"country_of_origin\"/><NL/><Field name=\"eac_cert\"/>"))));
        Element.Stack s = (Element.Stack) e;
        assertEquals(new Rect(2, 3, 50, 10), s.box());
        assertEquals(
                List.of("{manufacturer}", "Страна: {country_of_origin}", "{eac_cert}"),
                s.children().stream().map(c -> c.pattern().source()).toList());
        assertEquals(
                List.of("manufacturer", "country_of_origin", "eac_cert"),
                s.children().stream().map(Element::id).toList());
        assertTrue(s.children().stream().allMatch(c -> c.box().width() == 50));
        assertEquals(0, s.gapMm());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "Наименование, name_ru",
        "наименование товара, name_ru",
        "Товар, name_ru",
        "Name, name_ru",
        "Производитель, manufacturer",
        "Изготовитель, manufacturer",
        "Страна происхождения, country_of_origin",
        "Country, country_of_origin",
        "EAC, eac_cert",
        "Сертификат, eac_cert",
        "Артикул, sku",
        "SKU, sku",
        "Штрихкод, gtin",
        "EAN, gtin",
        "Заказ, order",
        "Номер заказа, order",
        "Трек-номер, tracking",
        "Tracking, tracking",
        "ТН ВЭД, hs_code",
        "Срок годности, best_before",
        "Партия, batch"
    })
    void aSellersColumnNameInRussianOrEnglishBecomesThePackBenchField(String column, String field) {
        GlabelsImport i = imported(label(text("<Field name=\"" + column + "\"/>")));
        assertEquals("{" + field + "}", ((Element.Text) only(i)).pattern().source());
        assertSays(i, "glabels.note.field", column, field);
    }

    @Test
    void aWeightColumnBecomesTheNetWeightInGramsWithAWordAboutTheUnit() {
        GlabelsImport i = imported(label(text("Вес: <Field name=\"Вес\"/> г")));
        assertEquals("Вес: {net_weight_g} г", ((Element.Text) only(i)).pattern().source());
        assertSays(i, "glabels.note.weightField", "\"Вес\"", "net_weight_g", "grams");
    }

    @Test
    void aFieldAlreadyNamedAsPackBenchNamesItNeedsNoWord() {
        GlabelsImport i = imported(label(text("<Field name=\"name_ru\"/>")));
        assertTrue(i.notes().isEmpty(), said(i));
    }

    @Test
    void aFieldTypedAsDollarBracesIsAFieldToo() {
        Element.Text t = oneText(label(text("Заказ ${Order} от ${date}")));
        assertEquals("Заказ {order} от {date}", t.pattern().source());
    }

    @Test
    void anUnknownFieldStaysOnTheLabelAsItsNameInSquareBracketsAndANoteSaysWhatToDo() {
        GlabelsImport i = imported(label(text("Цена: <Field name=\"Цена\"/> ₽")));
        Element.Text t = (Element.Text) only(i);
        assertEquals("Цена: [Цена] ₽", t.pattern().source());
        assertTrue(t.pattern().fields().isEmpty());
        assertSays(i, "glabels.note.unknownField", "\"Цена\"", "element \"text\"", "[Цена]", "in the designer");
    }

    @Test
    void aTextUnderTenPointOnARussianProductLabelIsRaisedToTenAndSaidSo() {
        GlabelsImport i = imported(label(text(
                        "x=\"2mm\" y=\"3mm\" w=\"50mm\" h=\"8mm\"", "", "<Field name=\"Наименование\"/>")
                + text("x=\"2mm\" y=\"12mm\" w=\"50mm\" h=\"8mm\"", "font_size=\"7\"", "Арт. <Field name=\"sku\"/>")));
        assertTrue(i.template().regulated());
        Element.Text small = (Element.Text) i.template().elements().get(1);
        assertEquals(10, small.sizePt());
        assertSays(i, "glabels.note.fontRaised", "element \"sku\" is 7 pt", "imported at 10 pt");
    }

    @Test
    void aTextUnderTenPointOnAnyOtherLabelKeepsItsSize() {
        String small = text(BOX, "font_size=\"7\"", "Арт. <Field name=\"sku\"/>");
        GlabelsImport i = imported(label(small));
        assertEquals(7, ((Element.Text) only(i)).sizePt());
        assertFalse(says(i, "glabels.note.fontRaised"), said(i));
    }

    @Test
    void aTextGLabelsShrinksToFitMayShrinkHereToo() {
        String shrinking = text("Арт. <Field name=\"sku\"/>").replace("auto_shrink=\"False\"", "auto_shrink=\"True\"");
        Element.Text t = oneText(label(shrinking));
        assertEquals(10, t.sizePt());
        assertEquals(TextObject.SHRINK_FLOOR_PT, t.minPt());
    }

    @Test
    void whatTheTemplateCannotHoldOfATextsLookIsSaid() {
        String styled = "    <Object-text " + BOX + " justify=\"Right\" valign=\"Center\" auto_shrink=\"False\""
                + " shadow=\"True\" " + IDENTITY + ">\n"
                + "      <Span font_family=\"Sans\" font_size=\"10\" font_weight=\"Regular\" font_italic=\"True\""
                + " color=\"0xff0000ff\" line_spacing=\"1.5\">Акция</Span>\n"
                + "    </Object-text>\n";
        GlabelsImport i = imported(label(styled));
        assertEquals(Element.Align.RIGHT, ((Element.Text) only(i)).align());
        assertSays(i, "glabels.note.italic");
        assertSays(i, "glabels.note.colour", "0xff0000ff");
        assertSays(i, "glabels.note.lineSpacing", "1.5");
        assertSays(i, "glabels.note.valign", "Center");
        assertSays(i, "glabels.note.shadow");
    }

    @Test
    void curlyBracketsInWordsArePrintedRoundBecauseTheyMarkFieldsHere() {
        GlabelsImport i = imported(label(text("Набор {3 шт.}")));
        assertEquals("Набор (3 шт.)", ((Element.Text) only(i)).pattern().source());
        assertSays(i, "glabels.note.braces");
    }

    @Test
    void emptyLinesAndEmptyTextsAreLeftOutAndSaid() {
        GlabelsImport i = imported(
                label(text("Одна<NL/><NL/>Две") + text("x=\"2mm\" y=\"20mm\" w=\"50mm\" h=\"5mm\"", "", "  ")));
        Element.Stack s = (Element.Stack) only(i);
        assertEquals(2, s.children().size());
        assertSays(i, "glabels.note.blankLines");
        assertSays(i, "glabels.note.emptyText", "2.0, 20.0 mm");
    }

    @Test
    void theFilesOwnIndentationIsNotTextAsGLabelsReadsIt() {
        String indented = "    <Object-text " + BOX + " justify=\"Left\" valign=\"Top\" " + IDENTITY + ">\n"
                + "      <Span font_size=\"10\">\n        <Field name=\"sku\"/>\n      </Span>\n"
                + "    </Object-text>\n";
        assertEquals("{sku}", oneText(label(indented)).pattern().source());
    }

    @Test
    void idsAreUniqueWhenTwoTextsShowTheSameField() {
        GlabelsImport i = imported(label(text("<Field name=\"sku\"/>") + text("<Field name=\"sku\"/>")));
        assertEquals(
                List.of("sku", "sku-2"),
                i.template().elements().stream().map(Element::id).toList());
    }
}
