package org.packbench.verify.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.packbench.app.TemplateLibrary;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.Symbology;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.design.Edit;
import org.packbench.label.design.TemplateDraft;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.Pattern;
import org.packbench.render.BundledTypeface;
import org.packbench.render.RasterWriter;
import org.packbench.render.WriterBytesTest;
import org.packbench.verify.PrintRaster;

/** The designer's checks, each stated as the rule it enforces. */
class DesignCheckTest {
    private static final TemplateLibrary LIBRARY = TemplateLibrary.bundled();
    private static final LabelComposer COMPOSER = new LabelComposer(BundledTypeface.get());
    private static final DesignCheck CHECK =
            new DesignCheck(COMPOSER, doc -> PrintRaster.whole(new RasterWriter().printRaster(doc)));

    private static DesignReport check(LabelTemplate t, int dpi) {
        return CHECK.check(t, WriterBytesTest.values(t), dpi);
    }

    private static LabelTemplate vk58x40() {
        return LIBRARY.get("vk-product-58x40");
    }

    private static LabelTemplate label(boolean regulated, Element... elements) {
        return new LabelTemplate("test", "test", "", LabelTemplate.Kind.PRODUCT, regulated, 58, 40, List.of(elements));
    }

    private static Element.Barcode qr(String id, Rect box, double moduleMm) {
        return new Element.Barcode(
                id,
                Symbology.QR,
                Pattern.parse("HELLO-{sku}"),
                box,
                moduleMm,
                0,
                false,
                Element.Align.LEFT,
                false,
                false);
    }

    private static Map<String, String> sample() {
        Map<String, String> v = new TreeMap<>();
        v.put("sku", "SKU-1");
        v.put("name_ru", "Чехол для телефона");
        v.put("gtin", "4607002977277");
        return v;
    }

    @Test
    void everyBundledTemplatePassesWithItsSampleValuesAt203And300Dpi() {
        assertTrue(LIBRARY.all().size() >= 11);
        for (LabelTemplate t : LIBRARY.all()) {
            for (int dpi : new int[] {203, 300}) {
                DesignReport report = check(t, dpi);
                assertEquals(List.of(), report.blocking(), t.id() + " at " + dpi + " dpi");
                assertTrue(report.savableForUse());
            }
        }
    }

    @Test
    void aNameThatNeeds9PtOnARegulated58x40LabelIsMarkedOnItsElement() {
        String name = "Чехол силиконовый прозрачный";
        double at9 = BundledTypeface.get().widthMm(name, FontStyle.BOLD, 9.0);
        double at9andHalf = BundledTypeface.get().widthMm(name, FontStyle.BOLD, 9.5);
        assertTrue(at9andHalf > at9 + 0.1, "the box below tells 9 pt from 9.5 pt");
        Element.Text text = new Element.Text(
                "name",
                new Rect(1.5, 1.2, at9 + 0.05, 8),
                Pattern.field("name_ru"),
                11,
                10,
                FontStyle.BOLD,
                1,
                Element.Align.LEFT,
                false);
        LabelTemplate t = label(true, text);
        Map<String, String> values = sample();
        values.put("name_ru", name);
        DesignReport report = CHECK.check(t, values, 203);
        List<DesignFinding> onName = report.on("name");
        assertEquals(1, onName.size(), report.toString());
        assertEquals(DesignFinding.Problem.TEXT_UNDER_MINIMUM, onName.get(0).problem());
        assertTrue(onName.get(0).blocksUse());
        assertEquals(List.of("name", "9.0", "10.0"), onName.get(0).message().args());
        assertTrue(onName.get(0).message().in(Locale.forLanguageTag("ru")).contains("9.0 pt"));
        assertFalse(report.savableForUse(), "saved only as a draft");
        // The same text on an unregulated label simply shrinks to 9 pt.
        assertTrue(CHECK.check(label(false, relaxedTo(text, 8)), values, 203).savableForUse());
    }

    private static Element.Text relaxedTo(Element.Text t, double min) {
        return new Element.Text(
                t.id(), t.box(), t.pattern(), t.sizePt(), min, t.style(), t.maxLines(), t.align(), t.optional());
    }

    @Test
    void aLongNameOnTheVkLabelIsMarkedOnTheNameInTheStack() {
        LabelTemplate t = vk58x40();
        Map<String, String> values = WriterBytesTest.values(t);
        values.put(
                "name_ru",
                "Чехол для телефона силиконовый прозрачный с усиленными углами, ремешком на запястье, "
                        + "подставкой для просмотра видео, кармашком для карт и защитой камеры от царапин");
        DesignReport report = CHECK.check(t, values, 203);
        assertFalse(report.on("name").isEmpty(), report.toString());
        assertTrue(report.on("name").stream().allMatch(DesignFinding::blocksUse));
        assertFalse(report.savableForUse());
    }

    @Test
    void aTextSetAt9PtOnARussianLabelIsMarkedByTheMinimumTextSizeRule() {
        TemplateDraft draft = TemplateDraft.of(vk58x40()).apply(new Edit.SetFontSize("country", 9));
        DesignReport report = check(draft.template(), 203);
        List<DesignFinding> onCountry = report.on("country");
        assertEquals(1, onCountry.size(), report.toString());
        assertEquals(DesignFinding.Problem.TEXT_UNDER_MINIMUM, onCountry.get(0).problem());
        assertEquals("rule.smallText", onCountry.get(0).message().key());
        assertFalse(report.savableForUse());
        assertTrue(check(draft.undo().template(), 203).savableForUse(), "undo puts it right");
    }

    @Test
    void anElementMovedOffTheLabelIsMarked() {
        LabelTemplate moved = new Edit.Move("qr", 5, 0).apply(vk58x40());
        DesignReport report = check(moved, 203);
        List<DesignFinding> onQr = report.of(DesignFinding.Problem.OUTSIDE_LABEL);
        assertEquals(1, onQr.size(), report.toString());
        assertEquals("qr", onQr.get(0).elementId());
        assertTrue(onQr.get(0).blocksUse());
    }

    @Test
    void aBarcodeBoxCuttingTheQuietZoneIsMarked() {
        // The box holds the QR with its four-module quiet zone; half a millimetre more than the
        // symbol holds the symbol but not its margins.
        LabelTemplate t = vk58x40();
        double symbol = COMPOSER.compose(t, WriterBytesTest.values(t), 203)
                .barcode("qr")
                .orElseThrow()
                .widthMm();
        LabelTemplate cut = new Edit.Resize("qr", symbol + 0.5, symbol + 0.5).apply(t);
        DesignReport report = check(cut, 203);
        List<DesignFinding> onQr = report.on("qr");
        assertEquals(1, onQr.size(), report.toString());
        assertEquals(DesignFinding.Problem.DOES_NOT_FIT, onQr.get(0).problem());
        assertEquals("design.check.quietZone", onQr.get(0).message().key());
        assertTrue(onQr.get(0).message().english().contains("barcode's margins"));
    }

    @Test
    void aTextRunningIntoABarcodesQuietZoneMarksBoth() {
        Element.Barcode code = qr("qr", new Rect(30, 10, 20, 20), 0.5);
        DesignReport clear = CHECK.check(label(false, code, text("sku", new Rect(2, 2, 26, 6))), sample(), 203);
        assertTrue(clear.findings().isEmpty(), clear.toString());
        // The symbol starts 2 mm into its box: the text's box reaches its quiet zone but not its bars.
        DesignReport report =
                CHECK.check(label(false, code, rightAligned(text("sku", new Rect(2, 12, 29, 6)))), sample(), 203);
        assertEquals(DesignFinding.Problem.OVERLAP, report.on("sku").get(0).problem(), report.toString());
        assertEquals(DesignFinding.Problem.OVERLAP, report.on("qr").get(0).problem());
        assertEquals(List.of("qr", "sku"), report.on("qr").get(0).message().args());
        assertFalse(report.savableForUse());
    }

    @Test
    void twoBarcodesWhoseQuietZonesMeetAreMarked() {
        Element.Barcode left = qr("left", new Rect(2, 2, 20, 20), 0.5);
        // Each symbol is 10.5 mm with 2 mm of quiet zone a side: the zones meet, the bars do not.
        Element.Barcode right = qr("right", new Rect(15, 2, 20, 20), 0.5);
        DesignReport report = CHECK.check(label(false, left, right), sample(), 203);
        assertEquals(1, report.on("left").size(), report.toString());
        assertEquals(DesignFinding.Problem.OVERLAP, report.on("right").get(0).problem());
    }

    @Test
    void aLineThroughATextIsMarkedButALineBetweenTextsIsNot() {
        Element.Shape between =
                new Element.Shape("rule", org.packbench.label.Shape.Kind.LINE, new Rect(2, 9, 50, 0.3), 0);
        Element.Shape through =
                new Element.Shape("rule", org.packbench.label.Shape.Kind.LINE, new Rect(2, 4, 50, 0.3), 0);
        Element.Text sku = text("sku", new Rect(2, 2, 50, 6));
        assertTrue(CHECK.check(label(false, sku, between), sample(), 203)
                .findings()
                .isEmpty());
        DesignReport report = CHECK.check(label(false, sku, through), sample(), 203);
        assertEquals(DesignFinding.Problem.OVERLAP, report.on("rule").get(0).problem(), report.toString());
    }

    @Test
    void aModuleThatIsNotAWholeNumberOfDotsSaysByHowMuchItIsRounded() {
        Element.Barcode ean = new Element.Barcode(
                "ean",
                Symbology.EAN13,
                Pattern.field("gtin"),
                new Rect(2, 2, 54, 30),
                0.33,
                20,
                true,
                Element.Align.LEFT,
                false,
                false);
        DesignReport at203 = CHECK.check(label(false, ean), sample(), 203);
        List<DesignFinding> rounded = at203.of(DesignFinding.Problem.MODULE_ROUNDED);
        assertEquals(1, rounded.size(), at203.toString());
        assertFalse(rounded.get(0).blocksUse(), "the engine prints whole dots; the finding says the size changed");
        assertEquals(
                List.of("ean", "0.330", "2.64", 203, 3, "0.375", "+13.7"),
                rounded.get(0).message().args());
        assertTrue(at203.savableForUse());
        Element.Barcode whole = new Element.Barcode(
                "ean",
                Symbology.EAN13,
                Pattern.field("gtin"),
                new Rect(2, 2, 54, 30),
                0.375,
                20,
                true,
                Element.Align.LEFT,
                false,
                false);
        assertTrue(CHECK.check(label(false, whole), sample(), 203).findings().isEmpty(), "3 dots at 203 dpi");
    }

    @Test
    void aQrWhoseModuleIsUnderTwoDotsOr019MmIsMarkedAsUnreadable() {
        DesignReport oneDot = CHECK.check(label(false, qr("qr", new Rect(2, 2, 30, 30), 0.125)), sample(), 203);
        DesignFinding f = oneDot.of(DesignFinding.Problem.MODULE_TOO_SMALL).get(0);
        assertEquals("qr", f.elementId());
        assertTrue(f.blocksUse());
        assertEquals(1, f.message().args().get(2));
        // Two dots at 300 dpi are 0.169 mm: two dots, but under 0.19 mm.
        DesignReport thin = CHECK.check(label(false, qr("qr", new Rect(2, 2, 30, 30), 0.17)), sample(), 300);
        assertEquals(
                2,
                thin.of(DesignFinding.Problem.MODULE_TOO_SMALL)
                        .get(0)
                        .message()
                        .args()
                        .get(2));
        DesignReport fine = CHECK.check(label(false, qr("qr", new Rect(2, 2, 30, 30), 0.25)), sample(), 203);
        assertTrue(fine.findings().isEmpty(), fine.toString());
    }

    @Test
    void aGs1DataMatrixModuleOutside0255To0680MmIsMarked() {
        LabelTemplate marking = LIBRARY.get("marking-58x40");
        Element.Barcode dm = marking.elements().stream()
                .filter(e -> e instanceof Element.Barcode b && b.symbology() == Symbology.GS1_DATAMATRIX)
                .map(Element.Barcode.class::cast)
                .findFirst()
                .orElseThrow();
        for (double module : new double[] {0.25, 0.7}) {
            LabelTemplate changed = new Edit.Add(new Element.Barcode(
                            "dm2",
                            dm.symbology(),
                            dm.data(),
                            new Rect(0, 0, 1, 1),
                            module,
                            0,
                            false,
                            Element.Align.LEFT,
                            false,
                            false))
                    .apply(new Edit.Remove(dm.id()).apply(marking));
            LabelTemplate moved = withBox(changed, dm.box());
            DesignReport report = check(moved, 203);
            List<DesignFinding> found = report.of(DesignFinding.Problem.DATAMATRIX_MODULE);
            assertEquals(1, found.size(), module + ": " + report);
            assertEquals("dm2", found.get(0).elementId());
            assertTrue(found.get(0).blocksUse());
        }
    }

    private static LabelTemplate withBox(LabelTemplate t, Rect box) {
        LabelTemplate moved = new Edit.Move("dm2", box.x(), box.y()).apply(t);
        return new Edit.Resize("dm2", box.width(), box.height()).apply(moved);
    }

    @Test
    void everyFindingRendersInRussianAndEnglish() {
        LabelTemplate broken = TemplateDraft.of(vk58x40())
                .apply(new Edit.Move("qr", 5, 0))
                .apply(new Edit.SetFontSize("country", 9))
                .template();
        DesignReport report = check(broken, 300);
        assertFalse(report.findings().isEmpty());
        for (DesignFinding f : report.findings()) {
            String ru = f.message().in(Locale.forLanguageTag("ru"));
            String en = f.message().english();
            assertFalse(ru.startsWith(f.message().key()), ru);
            assertFalse(en.startsWith(f.message().key()), en);
        }
    }

    private static Element.Text rightAligned(Element.Text t) {
        return new Element.Text(
                t.id(),
                t.box(),
                t.pattern(),
                t.sizePt(),
                t.minPt(),
                t.style(),
                t.maxLines(),
                Element.Align.RIGHT,
                t.optional());
    }

    private static Element.Text text(String field, Rect box) {
        return new Element.Text(
                field, box, Pattern.field(field), 10, 10, FontStyle.REGULAR, 1, Element.Align.LEFT, false);
    }
}
