package org.packbench.render;

import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.packbench.label.FontStyle;
import org.packbench.label.LabelDocument;
import org.packbench.label.LabelImage;

/**
 * One label's PDF page, drawn once on whichever thread made the label and put into a PDF later
 * by {@link PdfWriter#writePages} without being drawn again: a batch of a thousand labels drew
 * every page a second time, on the one thread that writes the file, after all of them were made.
 *
 * <p>A page's content names its fonts, transparency and pictures only through its own resource
 * names, so the same bytes make the same page in any document once those names are given the
 * document's own objects, in the same order ({@link #resources}).
 */
public final class PdfPage {
    /** A name in the page's resources and what it stands for: a face, the watermark's transparency or a picture. */
    record Resource(COSName kind, COSName name, FontStyle face, boolean watermarkAlpha, LabelImage image) {}

    /** A text the page shows, in its face. */
    record Shown(FontStyle face, String text) {}

    /*
     * Of the label, only what its page in a PDF needs: a batch holds its pages until the file is
     * written, and the laid-out label (its texts, symbols and watermark) weighs many times its
     * deflated page.
     */
    private final String templateId;
    private final double widthMm;
    private final double heightMm;
    private final byte[] deflated;
    private final String contentSha256;
    private final List<Resource> resources;
    private final List<Shown> shown;

    /**
     * @param deflated the content stream as the page's PDF stores it (FlateDecode), kept rather
     *                 than the decoded content: a thousand pages held until the file is written
     *                 take a quarter of the memory, and the document writes them as they are
     */
    PdfPage(LabelDocument label, byte[] deflated, String contentSha256, List<Resource> resources, List<Shown> shown) {
        this.templateId = label.templateId();
        this.widthMm = label.widthMm();
        this.heightMm = label.heightMm();
        this.deflated = deflated;
        this.contentSha256 = contentSha256;
        this.resources = List.copyOf(resources);
        this.shown = List.copyOf(shown);
    }

    /** The template of the label the page was drawn from: the PDF's title names it. */
    String templateId() {
        return templateId;
    }

    double widthMm() {
        return widthMm;
    }

    double heightMm() {
        return heightMm;
    }

    /** The page's content stream, decoded. */
    public byte[] content() {
        try (java.io.InputStream in =
                new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(deflated))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a page this writer deflated does not inflate", e);
        }
    }

    /** SHA-256 (hex) of the decoded content stream: the label's payload hash in the log. */
    public String contentSha256() {
        return contentSha256;
    }

    byte[] deflated() {
        return deflated;
    }

    List<Resource> resources() {
        return resources;
    }

    List<Shown> shown() {
        return shown;
    }
}
