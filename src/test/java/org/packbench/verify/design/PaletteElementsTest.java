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
