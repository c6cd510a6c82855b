package org.packbench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Every glyph of a PDF page with its size and place, as PDFBox reads it; upright and rotated apart. */
public final class PdfText {
    /** One glyph: its text, size in pt, baseline and x in pt from the top-left, and whether it is rotated. */
    public record Glyph(String text, float sizePt, float x, float y, boolean rotated) {}

    private PdfText() {}

    public static List<Glyph> glyphs(byte[] pdf) {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        boolean rotated = Math.abs(p.getTextMatrix().getShearY()) > 1e-3;
                        out.add(new Glyph(
                                p.getUnicode(), p.getFontSizeInPt(), p.getXDirAdj(), p.getYDirAdj(), rotated));
                    }
                }
            };
            stripper.setSortByPosition(false);
            stripper.writeText(doc, new StringWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The upright text of the page, line by line (glyphs sharing a baseline), left to right. */
    public static List<String> uprightLines(byte[] pdf) {
        List<Glyph> upright =
                new ArrayList<>(glyphs(pdf).stream().filter(g -> !g.rotated()).toList());
        upright.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float baseline = Float.NaN;
        for (Glyph g : upright) {
            if (Float.isNaN(baseline) || Math.abs(g.y() - baseline) > 0.5f) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                }
                line.setLength(0);
                baseline = g.y();
            }
            line.append(g.text());
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
