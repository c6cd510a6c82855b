package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.packbench.TestFiles;
import org.packbench.catalog.CatalogReader;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.gs1.Sscc;
import org.packbench.label.BarcodeSymbol;
import org.packbench.label.Dots;
import org.packbench.label.LabelDocument;
import org.packbench.label.Rect;
import org.packbench.label.compose.LabelComposer;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.ozon.LogisticContent;
import org.packbench.marketplace.vk.Dac;
import org.packbench.render.BundledTypeface;
import org.packbench.render.DotImage;
import org.packbench.render.RasterWriter;

/**
 * A batch reads each symbol back from its zone drawn alone: that zone has exactly the dots the
 * whole print raster has there, for every template, every product and any rectangle.
 */
class ZoneRasterTest {
    private final LabelComposer composer = new LabelComposer(BundledTypeface.get());
    private final TemplateLibrary templates = TemplateLibrary.bundled();

    private List<LabelDocument> documents(int dpi) {
        List<LabelDocument> docs = new ArrayList<>();
        List<Sku> skus = new CatalogReader(List.of())
                .read(TestFiles.sample("catalog.csv")).validRows().stream()
                        .map(r -> r.sku())
                        .toList();
        Dac dac = new Dac("DAC7Q2M9XK4P", LocalDate.of(2026, 10, 1));
        int n = 0;
        for (Sku sku : skus) {
            for (String t : templates.forProduct(sku.marketplace())) {
                if (templates.get(t).kind() == org.packbench.label.template.LabelTemplate.Kind.LOGISTIC) {
                    continue;
                }
                n++;
                Map<String, String> values = LabelValues.of(
                        sku,
                        new Parcel("Z-" + n, "RU" + (700000000 + n) + "VK", sku.marketplace()),
                        sku.marketplace() == Marketplace.VK ? Optional.of(dac) : Optional.empty(),
                        n);
                values.put("ozon_code", "OZN" + (1000000 + n));
                docs.add(composer.compose(templates.get(t), values, dpi));
            }
        }
        for (String t : List.of("gs1-logistic-a6", "gs1-logistic-100x150")) {
            for (int i = 1; i <= 5; i++) {
                Map<String, String> values = LogisticContent.values(
                        Sscc.compose(0, "4607123", i),
                        LogisticContent.parse(Optional.of("(02)04607123000014(37)" + i)),
                        "ООО «Ромашка»");
                values.put("label_id", LabelValues.labelId(i));
                docs.add(composer.compose(templates.get(t), values, dpi));
            }
        }
        return docs;
    }

    /** The rectangle the readback reads {@code s} from: its quiet zone and 4 dots more, within the label. */
    private static int[] readZone(LabelDocument doc, BarcodeSymbol s, int dpi) {
        Rect zone = s.quietZone();
        int x = Math.max(0, Dots.of(zone.x(), dpi) - 4);
        int y = Math.max(0, Dots.of(zone.y(), dpi) - 4);
        int w = Math.min(doc.widthDots(), Dots.of(zone.right(), dpi) + 4) - x;
        int h = Math.min(doc.heightDots(), Dots.of(zone.bottom(), dpi) + 4) - y;
        return new int[] {x, y, w, h};
    }

    @Test
    void everyZoneDrawnAloneEqualsTheWholeRasterThere() {
        RasterWriter writer = new RasterWriter();
        Random rnd = new Random(3);
        int zones = 0;
        for (int dpi : new int[] {203, 300}) {
            for (LabelDocument doc : documents(dpi)) {
                DotImage whole = writer.printDots(doc);
                for (BarcodeSymbol s : doc.barcodes()) {
                    int[] z = readZone(doc, s, dpi);
                    int x = z[0];
                    int y = z[1];
                    int w = z[2];
                    int h = z[3];
                    assertEquals(
                            whole.crop(x, y, w, h),
                            writer.printDots(doc, x, y, w, h),
                            doc.templateId() + " " + s.elementId() + " at " + dpi + " dpi");
                    zones++;
                }
                for (int i = 0; i < 5; i++) {
                    int x = rnd.nextInt(doc.widthDots());
                    int y = rnd.nextInt(doc.heightDots());
                    int w = 1 + rnd.nextInt(doc.widthDots() - x);
                    int h = 1 + rnd.nextInt(doc.heightDots() - y);
                    assertEquals(
                            whole.crop(x, y, w, h),
                            writer.printDots(doc, x, y, w, h),
                            doc.templateId() + " at " + x + "," + y + " " + w + "x" + h + ", " + dpi + " dpi");
                }
            }
        }
        assertTrue(zones > 100, "every template's symbols were compared: " + zones);
    }

    @Test
    void anyRowOfAZoneDrawnAloneEqualsTheWholeRasterThere() {
        RasterWriter writer = new RasterWriter();
        Random rnd = new Random(5);
        int rows = 0;
        for (int dpi : new int[] {203, 300}) {
            for (LabelDocument doc : documents(dpi)) {
                DotImage whole = writer.printDots(doc);
                for (BarcodeSymbol s : doc.barcodes()) {
                    int[] z = readZone(doc, s, dpi);
                    int x = z[0];
                    int y = z[1];
                    int w = z[2];
                    int h = z[3];
                    List<Integer> picked = new ArrayList<>(List.of(0, h / 2, h - 1));
                    for (int i = 0; i < 4; i++) {
                        picked.add(rnd.nextInt(h));
                    }
                    for (int r : picked) {
                        assertEquals(
                                whole.crop(x, y + r, w, 1),
                                writer.printDots(doc, x, y + r, w, 1),
                                doc.templateId() + " " + s.elementId() + " row " + r + " at " + dpi + " dpi");
                        rows++;
                    }
                }
            }
        }
        assertTrue(rows > 700, "rows of every template's zones were compared: " + rows);
    }

    @Test
    void aLinearSymbolIsReadFromTheRowsTheReaderAsksForAndATwoDimensionalOneFromItsWholeZone() {
        RasterWriter writer = new RasterWriter();
        int linear = 0;
        int square = 0;
        for (LabelDocument doc : documents(203)) {
            java.util.Map<Boolean, Integer> drawn = new java.util.HashMap<>();
            int[] zoneRows = {0};
            org.packbench.verify.PrintRaster zones = new org.packbench.verify.PrintRaster() {
                @Override
                public int width() {
                    return doc.widthDots();
                }

                @Override
                public int height() {
                    return doc.heightDots();
                }

                @Override
                public com.google.zxing.LuminanceSource zone(int x, int y, int width, int height) {
                    zoneRows[0] += height;
                    return org.packbench.verify.decode.Luminance.drawnAsRead(width, height, (top, rows) -> {
                        drawn.merge(rows == height, rows, Integer::sum);
                        return writer.printDots(doc, x, y + top, width, rows).toImageForReading();
                    });
                }
            };
            org.packbench.verify.Readback.Result read = new org.packbench.verify.Readback().check(doc, zones);
            assertTrue(read.ok(), doc.templateId() + ": " + read.findings());
            boolean twoDimensional =
                    doc.barcodes().stream().anyMatch(b -> b.symbology().isTwoDimensional());
            if (twoDimensional) {
                assertTrue(drawn.getOrDefault(true, 0) > 0, doc.templateId() + " drew a 2D symbol's zone whole");
                square++;
            } else {
                int rows = drawn.getOrDefault(false, 0);
                assertEquals(0, drawn.getOrDefault(true, 0), doc.templateId() + " drew no linear zone whole");
                assertTrue(
                        rows > 0 && rows * 10 < zoneRows[0],
                        doc.templateId() + " drew " + rows + " of its zones' " + zoneRows[0] + " rows");
                linear++;
            }
        }
        assertTrue(linear >= 10 && square >= 10, linear + " linear-only and " + square + " 2D labels read");
    }
}
