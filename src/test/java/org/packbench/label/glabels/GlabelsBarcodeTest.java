package org.packbench.label.glabels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.packbench.label.glabels.GlabelsDocuments.assertSays;
import static org.packbench.label.glabels.GlabelsDocuments.barcode;
import static org.packbench.label.glabels.GlabelsDocuments.imported;
import static org.packbench.label.glabels.GlabelsDocuments.label;
import static org.packbench.label.glabels.GlabelsDocuments.only;
import static org.packbench.label.glabels.GlabelsDocuments.said;
import static org.packbench.label.glabels.GlabelsDocuments.says;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.packbench.label.Rect;
import org.packbench.label.Symbology;
import org.packbench.label.template.Element;

/** gLabels barcodes: the symbologies PackBench prints, their data, and what it cannot print. */
class GlabelsBarcodeTest {

    private static Element.Barcode oneBarcode(GlabelsImport i) {
        return (Element.Barcode) only(i);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "EAN-13, EAN13",
        "EAN, EAN13",
        "Code128, CODE128",
        "Code128B, CODE128",
        "code128c, CODE128",
        "GS1-128, GS1_128",
        "IEC18004, QR",
        "QR, QR"
    })
    void eachGLabelsStylePackBenchPrintsBecomesItsSymbology(String style, Symbology symbology) {
        String field = symbology == Symbology.GS1_128 ? "gs1" : "gtin";
        Element.Barcode b = oneBarcode(imported(label(barcode(style, "field=\"" + field + "\" format=\"12\""))));
        assertEquals(symbology, b.symbology());
        assertEquals("{" + field + "}", b.data().source());
        assertEquals(new Rect(2, 20, 40, 18), b.box());
    }

    @Test
    void aStylePackBenchDoesNotPrintIsLeftOutAndSaid() {
        GlabelsImport i =
                imported(label(barcode("Code39", "data=\"ABC\"") + barcode("QR", "data=\"https://shop.example\"")));
        assertEquals(1, i.template().elements().size());
        assertSays(i, "glabels.note.barcodeStyle", "\"Code39\"", "2.0, 20.0 mm");
    }

    @Test
    void aLinearCodeKeepsItsHumanReadableLineAndLeavesItRoomUnderTheBars() {
        Element.Barcode b = oneBarcode(imported(label(barcode("EAN-13", "field=\"Штрихкод\""))));
        assertTrue(b.hri());
        assertEquals(18 - BarcodeObject.HRI_ROOM_MM, b.barHeightMm(), 1e-9);
        Element.Barcode bare = oneBarcode(
                imported(label(barcode("Code128", "data=\"PB-7-001\"").replace("text=\"True\"", "text=\"False\""))));
        assertFalse(bare.hri());
        assertEquals(18, bare.barHeightMm(), 1e-9);
    }

    @Test
    void theModuleIsChosenInWholeDotsAndSaidForTheSellerToCheck() {
        GlabelsImport wide = imported(label(barcode("EAN-13", "field=\"gtin\"")));
        assertEquals(BarcodeObject.EAN13_MODULE_MM, oneBarcode(wide).moduleMm());
        assertSays(wide, "glabels.note.moduleBars", "0.33 mm", "13.0 mm high");
        GlabelsImport narrow =
                imported(label(barcode("EAN-13", "field=\"gtin\"").replace("w=\"40mm\"", "w=\"30mm\"")));
        assertEquals(BarcodeObject.NARROW_MODULE_MM, oneBarcode(narrow).moduleMm());
        GlabelsImport qr = imported(label(barcode("IEC18004", "field=\"qr_payload\"")));
        assertEquals(BarcodeObject.QR_MODULE_MM, oneBarcode(qr).moduleMm());
        assertSays(qr, "glabels.note.module", "0.25 mm");
    }

    @Test
    void aDataMatrixOfAMarkingCodeIsAGs1DataMatrix() {
        GlabelsImport i = imported(label(barcode("IEC16022", "field=\"Код маркировки\"")));
        Element.Barcode b = oneBarcode(i);
        assertEquals(Symbology.GS1_DATAMATRIX, b.symbology());
        assertEquals("{mark}", b.data().source());
        assertEquals(BarcodeObject.DATAMATRIX_MODULE_MM, b.moduleMm());
        assertFalse(says(i, "glabels.note.plainDataMatrix"), said(i));
    }

    @Test
    void aDataMatrixOfAnythingElseIsAPlainDataMatrixAndSaidSo() {
        GlabelsImport i = imported(label(barcode("DMTX", "field=\"sku\"")));
        assertEquals(Symbology.DATAMATRIX, oneBarcode(i).symbology());
        assertSays(i, "glabels.note.plainDataMatrix", "Честный ЗНАК");
    }

    @Test
    void gs1DataWrittenInBracketsBecomesTheElementStringTheSymbolCarries() {
        Element.Barcode b = oneBarcode(imported(label(barcode("GS1-128", "data=\"[01]04607002977277[10]B42\""))));
        assertEquals(Symbology.GS1_128, b.symbology());
        assertEquals("010460700297727710B42", b.data().source());
        Element.Barcode dm = oneBarcode(imported(label(barcode("IEC16022", "data=\"(01)04607002977277(21)ABC\""))));
        assertEquals(Symbology.GS1_DATAMATRIX, dm.symbology());
        assertEquals("010460700297727721ABC", dm.data().source());
    }

    @Test
    void aGs1CodeWhoseDataIsNotGs1IsLeftOutAndSaid() {
        GlabelsImport i = imported(label(barcode("GS1-128", "data=\"HELLO\"") + barcode("QR", "field=\"sku\"")));
        assertEquals(1, i.template().elements().size());
        assertSays(i, "glabels.note.gs1Invalid", "\"HELLO\"");
    }

    @Test
    void anSsccInAGs1CodeCarriesItsApplicationIdentifier() {
        assertEquals(
                "00{sscc}",
                oneBarcode(imported(label(barcode("GS1-128", "field=\"SSCC\""))))
                        .data()
                        .source());
    }

    @Test
    void aCodeOfAnUnknownFieldKeepsItsPlaceAndItsNameForTheDesignerToFix() {
        GlabelsImport i = imported(label(barcode("Code128", "field=\"Код склада\"")));
        assertEquals("[Код склада]", oneBarcode(i).data().source());
        assertSays(i, "glabels.note.unknownField", "\"Код склада\"", "\"code128\"");
    }

    @Test
    void aCodeWithNoDataOrNoSizeIsLeftOutAndSaid() {
        GlabelsImport i = imported(label(barcode("QR", "")
                + barcode("QR", "data=\"x\"").replace("w=\"40mm\"", "w=\"0mm\"")
                + barcode("QR", "data=\"kept\"")));
        assertEquals(1, i.template().elements().size());
        assertSays(i, "glabels.note.noBarcodeData");
        assertSays(i, "glabels.note.noSize", "barcode");
    }
}
