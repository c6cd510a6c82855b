package org.packbench.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.packbench.label.FontStyle;

/** The PDF shows the glyphs the raster writers draw: no glyph substitution, whatever the font offers. */
class PdfFontTest {
    @Test
    void theEmbeddedFaceCarriesNoGlyphSubstitutionYetEveryOtherTable() throws Exception {
        for (FontStyle style : FontStyle.values()) {
            byte[] ttf = BundledTypeface.get().ttf(style);
            var original = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
            var forPdf = new TTFParser().parse(new RandomAccessReadBuffer(PdfResources.withoutGlyphSubstitution(ttf)));
            assertNotEquals(GsubData.NO_DATA_FOUND, original.getGsubData(), "the bundled face has GSUB to hide");
            assertEquals(GsubData.NO_DATA_FOUND, forPdf.getGsubData());
            assertEquals(original.getNumberOfGlyphs(), forPdf.getNumberOfGlyphs());
            assertEquals(
                    original.getUnicodeCmapLookup().getGlyphId('Ж'),
                    forPdf.getUnicodeCmapLookup().getGlyphId('Ж'));
            assertEquals(ttf.length, PdfResources.withoutGlyphSubstitution(ttf).length, "no table moves");
        }
    }
}
