package org.packbench.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.packbench.label.FontStyle;
import org.packbench.label.LabelDocument;
import org.packbench.label.LabelImage;
import org.packbench.label.Typeface;

/**
 * The objects one PDF document shares between its pages: the two faces, the watermark's
 * transparency and the pictures. Each is created on first use, so a label without bold text
 * carries no bold font and a logo repeated on every page is stored once.
 */
final class PdfResources {
    /** Opacity of the watermark: light enough to read through, dark enough to see. */
    static final float WATERMARK_ALPHA = 0.35f;

    /*
     * Parsing PT Sans costs more than writing a whole label, so the parsed fonts are kept. A
     * PDType0Font belongs to one PDDocument, but the parsed TrueTypeFont under it can serve many:
     * PDType0Font.load(doc, ttf, true) neither changes nor closes it. It is not safe to share
     * between threads (it reads its tables lazily from one buffer), hence one per thread.
     */
    private static final ThreadLocal<Map<Typeface, Map<FontStyle, TrueTypeFont>>> PARSED =
            ThreadLocal.withInitial(WeakHashMap::new);

    private final PDDocument document;
    private final Typeface typeface;
    private final Map<FontStyle, PDType0Font> fonts = new EnumMap<>(FontStyle.class);
    private final Map<Pixels, PDImageXObject> images = new HashMap<>();
    private PDExtendedGraphicsState watermarkAlpha;
    private List<PdfPage.Shown> shown = new ArrayList<>();

    PdfResources(PDDocument document, Typeface typeface) {
        this.document = document;
        this.typeface = typeface;
    }

    Typeface typeface() {
        return typeface;
    }

    /** The face embedded as a subset: only the glyphs the document uses are written. */
    PDType0Font font(FontStyle style) throws IOException {
        PDType0Font font = fonts.get(style);
        if (font == null) {
            font = PDType0Font.load(document, parsed(typeface, style), true);
            fonts.put(style, font);
        }
        return font;
    }

    /**
     * Cuts each face used to the characters shown with it. A page drawn here registers its faces
     * for that as it sets them; a placed page ({@link PdfWriter#writePages}) never sets one.
     */
    void subsetPlacedFaces() throws IOException {
        for (PDType0Font font : fonts.values()) {
            font.subset();
        }
    }

    /** The painters say each text they show, in which face: a page placed elsewhere tells that document's subsets. */
    void showing(FontStyle face, String text) {
        shown.add(new PdfPage.Shown(face, text));
    }

    /** The texts shown since the last call. */
    List<PdfPage.Shown> takeShown() {
        List<PdfPage.Shown> taken = shown;
        shown = new ArrayList<>();
        return taken;
    }

    /**
     * What each name in a page's resources stands for, in the dictionary's order: this
     * document's faces, transparency and pictures, as {@code label}'s page was drawn with them.
     */
    List<PdfPage.Resource> named(PDResources page, LabelDocument label) {
        List<PdfPage.Resource> out = new ArrayList<>();
        COSDictionary kinds = page.getCOSObject();
        for (COSName kind : kinds.keySet()) {
            if (!(kinds.getDictionaryObject(kind) instanceof COSDictionary names)) {
                continue;
            }
            for (COSName name : names.keySet()) {
                COSBase object = names.getDictionaryObject(name);
                out.add(resource(kind, name, object, label));
            }
        }
        return out;
    }

    private PdfPage.Resource resource(COSName kind, COSName name, COSBase object, LabelDocument label) {
        for (Map.Entry<FontStyle, PDType0Font> f : fonts.entrySet()) {
            if (f.getValue().getCOSObject() == object) {
                return new PdfPage.Resource(kind, name, f.getKey(), false, null);
            }
        }
        if (watermarkAlpha != null && watermarkAlpha.getCOSObject() == object) {
            return new PdfPage.Resource(kind, name, null, true, null);
        }
        for (LabelImage image : label.images()) {
            PDImageXObject x = images.get(new Pixels(image.pixels()));
            if (x != null && x.getCOSObject() == object) {
                return new PdfPage.Resource(kind, name, null, false, image);
            }
        }
        throw new IllegalStateException("a page names a resource this document did not make: " + kind + " " + name);
    }

    PDExtendedGraphicsState watermarkAlpha() {
        if (watermarkAlpha == null) {
            watermarkAlpha = new PDExtendedGraphicsState();
            watermarkAlpha.setNonStrokingAlphaConstant(WATERMARK_ALPHA);
        }
        return watermarkAlpha;
    }

    /** The picture as a 1-bit DeviceGray image, one sample per pixel of the label image. */
    PDImageXObject image(LabelImage image) throws IOException {
        Pixels key = new Pixels(image.pixels());
        PDImageXObject xobject = images.get(key);
        if (xobject == null) {
            xobject = LosslessFactory.createFromImage(document, toBinary(image.pixels()));
            images.put(key, xobject);
        }
        return xobject;
    }

    /* By content, not identity: each label of a batch may carry its own copy of the same logo. */
    private record Pixels(boolean[][] rows, int hash) {
        Pixels(boolean[][] rows) {
            this(rows, Arrays.deepHashCode(rows));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pixels p && p.hash == hash && Arrays.deepEquals(p.rows, rows);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static BufferedImage toBinary(boolean[][] pixels) {
        int rows = pixels.length;
        int cols = pixels[0].length;
        BufferedImage img = new BufferedImage(cols, rows, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                img.setRGB(x, y, pixels[y][x] ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return img;
    }

    private static TrueTypeFont parsed(Typeface typeface, FontStyle style) throws IOException {
        Map<FontStyle, TrueTypeFont> faces =
                PARSED.get().computeIfAbsent(typeface, t -> new EnumMap<>(FontStyle.class));
        TrueTypeFont ttf = faces.get(style);
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(withoutGlyphSubstitution(typeface.ttf(style))));
            faces.put(style, ttf);
        }
        return ttf;
    }

    /**
     * The font with its GSUB table hidden (its tag renamed, so no offset moves). PDFBox runs
     * every shown string through GSUB when a font has one; the raster writers (AWT outlines)
     * substitute nothing, and neither should the PDF: the same glyphs on paper from every
     * writer. It was also a fifth of a VK label's PDF time, the DAC watermark being shown a
     * dozen times a label. The table is dropped from the embedded subset either way.
     */
    static byte[] withoutGlyphSubstitution(byte[] ttf) {
        int tables = ((ttf[4] & 0xFF) << 8) | (ttf[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (at + 4 <= ttf.length
                    && ttf[at] == 'G'
                    && ttf[at + 1] == 'S'
                    && ttf[at + 2] == 'U'
                    && ttf[at + 3] == 'B') {
                byte[] copy = ttf.clone();
                copy[at] = 'g';
                copy[at + 1] = 's';
                copy[at + 2] = 'u';
                copy[at + 3] = 'b';
                return copy;
            }
        }
        return ttf;
    }
}
