package org.packbench.verify.design;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.design.NewElement;
import org.packbench.label.template.LabelTemplate;
import org.packbench.render.BundledTypeface;
import org.packbench.render.RasterWriter;
import org.packbench.render.WriterBytesTest;
import org.packbench.verify.PrintRaster;

/**
 * What the designer's palette puts on a label is legal before it is touched: each element alone,
 * filled with a parcel's and a pallet's data, passes every check and reads back at each resolution.
 */
class PaletteElementsTest {
    private static final DesignCheck CHECK = new DesignCheck(
            new LabelComposer(BundledTypeface.get()), doc -> PrintRaster.whole(new RasterWriter().printRaster(doc)));

    @org.junit.jupiter.api.Test
    void aPictureMadeAt300DpiDoesNotFitItsBoxAt203() {
        boolean[][] logo = new boolean[118][236]; // 20 × 10 mm at 300 dpi
        logo[0][0] = true;
        LabelTemplate t = new LabelTemplate(
                "logo",
                "Logo",
                "other",
                LabelTemplate.Kind.SHIPPING,
                false,
                58,
                40,
                List.of(new org.packbench.label.template.Element.Image(
                        "picture", new org.packbench.label.Rect(2, 2, 20, 10), logo)));
        Map<String, String> values = WriterBytesTest.values(t);
        assertTrue(CHECK.check(t, values, 300).savableForUse());
        DesignReport at203 = CHECK.check(t, values, 203);
        assertTrue(
                at203.on("picture").stream()
                        .anyMatch(f -> f.blocksUse() && f.message().key().equals("design.check.pictureTooBig")),
                at203.findings().toString());
    }

    @org.junit.jupiter.api.Test
    void aTextReachingPastItsStackIsRed() {
        LabelTemplate vk = org.packbench.app.TemplateLibrary.bundled().get("vk-product-58x40");
        LabelTemplate narrow = new org.packbench.label.design.Edit.Resize("body", 30, 37.6).apply(vk);
        DesignReport report = CHECK.check(narrow, WriterBytesTest.values(vk), 203);
        assertTrue(
                report.findings().stream()
                        .anyMatch(f -> f.blocksUse()
                                && f.message().key().equals("design.check.outsideStack")
                                && f.elementId().equals("name")),
                report.findings().toString());
    }

    @ParameterizedTest
    @ValueSource(ints = {203, 300, 600})
    void eachPaletteElementAloneIsUsableOnAShippingLabel(int dpi) {
        LabelTemplate empty = new LabelTemplate(
                "palette", "Palette", "other", LabelTemplate.Kind.SHIPPING, false, 100, 150, List.of());
        Map<String, String> values = new TreeMap<>(WriterBytesTest.values(empty));
        values.putAll(WriterBytesTest.values(
                new LabelTemplate("p", "P", "other", LabelTemplate.Kind.LOGISTIC, false, 100, 150, List.of())));
        values.putAll(WriterBytesTest.values(
                new LabelTemplate("m", "M", "other", LabelTemplate.Kind.MARKING, false, 100, 150, List.of())));
        for (NewElement kind : NewElement.values()) {
            LabelTemplate t = kind.at(empty, 2, 2).apply(empty);
            DesignReport report = CHECK.check(t, values, dpi);
            assertTrue(report.savableForUse(), () -> kind + " at " + dpi + " dpi: " + report.blocking());
        }
    }
}
