package org.packbench.verify;

import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.TreeMap;
import org.packbench.gs1.Element;
import org.packbench.gs1.ElementString;
import org.packbench.gs1.Gs1Formatter;
import org.packbench.gs1.Sscc;
import org.packbench.label.LabelDocument;
import org.packbench.label.Symbology;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.symbol.Code128;
import org.packbench.label.symbol.Symbols;
import org.packbench.label.template.TemplateReader;
import org.packbench.render.BundledTypeface;

/**
 * Code 128 and GS1-128 symbols chosen by their symbol check character, drawn the way the app
 * draws every label: a template, the composer, the project's own Code 128 encoder.
 */
public final class CheckCharacters128 {
    /** Label width in mm: room for up to about 40 symbol characters at a 0.25 mm module. */
    public static final int WIDTH_MM = 150;

    private static final LabelComposer COMPOSER = new LabelComposer(BundledTypeface.get());
    private static Map<Integer, ElementString> gs1ByCheck;
    private static Map<Integer, String> plainByCheck;

    private CheckCharacters128() {}

    /** The check character of the symbol the app draws for {@code data}. */
    public static int checkCharacter(Symbology symbology, String data) {
        return Code128.checkValue(Symbols.encode(symbology, data).codewords());
    }

    /** An SSCC, as on a logistic label, whose GS1-128 symbol has check character {@code check}. */
    public static synchronized ElementString ssccWithCheckCharacter(int check) {
        if (gs1ByCheck == null) {
            gs1ByCheck = new TreeMap<>();
            // Serial references in a row under one company prefix, as an SSCC allocator hands them out.
            for (long serial = 1; gs1ByCheck.size() < 103; serial++) {
                ElementString sscc = new ElementString(java.util.List.of(
                        new Element("00", Sscc.compose(0, "4607123", serial).digits())));
                gs1ByCheck.putIfAbsent(checkCharacter(Symbology.GS1_128, Gs1Formatter.elementString(sscc)), sscc);
            }
        }
        return gs1ByCheck.get(check);
    }

    /** A tracking number, as on a shipping label, whose Code 128 symbol has check character {@code check}. */
    public static synchronized String trackingWithCheckCharacter(int check) {
        if (plainByCheck == null) {
            plainByCheck = new TreeMap<>();
            for (int n = 1; plainByCheck.size() < 103; n++) {
                String tracking = String.format("RU%09dVK", n);
                plainByCheck.putIfAbsent(checkCharacter(Symbology.CODE128, tracking), tracking);
            }
        }
        return plainByCheck.get(check);
    }

    /** A label with one GS1-128 symbol of {@code elements} and its bracketed line under it. */
    public static LabelDocument gs1Label(ElementString elements, int dpi) {
        String json =
                """
            { "id": "gs1", "width_mm": %d, "height_mm": 40, "elements": [
              { "type": "gs1-128", "id": "gs1", "data": "{gs1}", "x": 1, "y": 2, "w": %d, "h": 36,
                "module_mm": 0.25, "bar_height_mm": 20 } ] }
            """
                        .formatted(WIDTH_MM, WIDTH_MM - 2);
        return COMPOSER.compose(
                new TemplateReader(f -> null).read(json),
                Map.of("gs1", Gs1Formatter.elementString(elements), "gs1_hri", Gs1Formatter.hri(elements)),
                dpi);
    }

    /** A label with one plain Code 128 symbol of {@code data}. */
    public static LabelDocument code128Label(String data, int dpi) {
        String json =
                """
            { "id": "track", "width_mm": %d, "height_mm": 40, "elements": [
              { "type": "code128", "id": "track", "data": "{tracking}", "x": 1, "y": 2, "w": %d, "h": 36,
                "module_mm": 0.25, "bar_height_mm": 20 } ] }
            """
                        .formatted(WIDTH_MM, WIDTH_MM - 2);
        return COMPOSER.compose(new TemplateReader(f -> null).read(json), Map.of("tracking", data), dpi);
    }

    /** A 1-bit raster as 8-bit grey, for readers that take grey pictures. */
    public static BufferedImage grey(BufferedImage raster) {
        BufferedImage g = new BufferedImage(raster.getWidth(), raster.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D gr = g.createGraphics();
        gr.drawImage(raster, 0, 0, null);
        gr.dispose();
        return g;
    }
}
