package org.packbench.convert.ozon;

import org.packbench.render.DotImage;

/**
 * One PDF page fitted onto a label at the printer's own resolution: scaled to fit the label's
 * width×height in dots with its aspect ratio kept, centred, and turned a quarter when the page
 * and the label stock point different ways (a landscape page on portrait stock would otherwise
 * shrink to two thirds, and its bars with it).
 *
 * <p>The page is rendered at exactly the resolution that lands it on the printer's dot grid and
 * then cut at 50 % grey; it is never rendered finer and scaled down. With anti-aliasing, each
 * pixel's grey is the share of that dot the artwork covers, so the threshold puts every bar edge
 * on the nearest dot boundary: a bar of 2.4 dots prints as 2 or 3 whole dots with sharp edges.
 * Rendering at 600 dpi and downscaling adds a resampling filter whose kernel spans neighbouring
 * dots: both edges of a narrow bar blur into grey ramps, the 50 % crossings move by different
 * amounts, and bars gain or lose a dot (or a one-dot space fills in). And a driver's conversion
 * of that grey to 1 bit dithers it, scattering noise dots into the spaces and bites out of
 * the bars, which is exactly what scanners fail on. A plain threshold never dithers.
 */
public final class PageRaster {
    /** Below half grey is a burnt dot. */
    static final int THRESHOLD = 128;

    private final OzonPdf pdf;
    private final int pageIndex;
    private final int dpi;
    private final int widthDots;
    private final int heightDots;
    private final boolean turned;
    /** Printer dots per PDF point of the fitted page. */
    private final double dotsPerPt;

    public PageRaster(OzonPdf pdf, int pageIndex, LabelSize label, int dpi) {
        this.pdf = pdf;
        this.pageIndex = pageIndex;
        this.dpi = dpi;
        this.widthDots = label.widthDots(dpi);
        this.heightDots = label.heightDots(dpi);
        OzonPdf.PageSize page = pdf.size(pageIndex);
        this.turned = (page.widthPt() - page.heightPt()) * (label.widthMm() - label.heightMm()) < 0;
        // Before the turn the page is fitted into the label's box turned the other way.
        double boxW = turned ? heightDots : widthDots;
        double boxH = turned ? widthDots : heightDots;
        this.dotsPerPt = Math.min(boxW / page.widthPt(), boxH / page.heightPt());
    }

    public int widthDots() {
        return widthDots;
    }

    public int heightDots() {
        return heightDots;
    }

    /** Whether the page was turned a quarter clockwise to match the stock. */
    public boolean turned() {
        return turned;
    }

    /** The resolution the page is drawn at so that it fits the label in printer dots. */
    public double renderDpi() {
        return dotsPerPt * 72;
    }

    /** The label as the printer will burn it: 1 = black dot, {@link #widthDots()}×{@link #heightDots()}. */
    public DotImage raster() {
        return threshold(gray(1));
    }

    /**
     * The fitted page in grey on the whole label, at {@code factor} times the printer's
     * resolution: pixel (x, y) lies on printer dot (x / factor, y / factor).
     */
    public GrayImage gray(int factor) {
        OzonPdf.PageSize page = pdf.size(pageIndex);
        int labelW = widthDots * factor;
        int labelH = heightDots * factor;
        int fitW = turned ? labelH : labelW;
        int fitH = turned ? labelW : labelH;
        boolean widthBound = fitW / page.widthPt() <= fitH / page.heightPt();
        float dpi = exactDpi(widthBound ? page.widthPt() : page.heightPt(), widthBound ? fitW : fitH, (float)
                (dotsPerPt * factor * 72));
        GrayImage drawn = GrayImage.of(pdf.renderGray(pageIndex, dpi));
        if (turned) {
            drawn = drawn.turnedClockwise();
        }
        GrayImage label = GrayImage.white(labelW, labelH);
        label.paste(drawn, (labelW - drawn.width()) / 2, (labelH - drawn.height()) / 2);
        return label;
    }

    /**
     * PDFBox makes a page floor(points × dpi / 72) pixels wide in float arithmetic, so the dpi
     * that should give exactly {@code dots} can give one less; the next float up fixes it.
     */
    static float exactDpi(double sidePt, int dots, float dpi) {
        float pt = (float) sidePt;
        float d = dpi;
        for (int i = 0; i < 64 && pixels(pt, d) < dots; i++) {
            d = Math.nextUp(d);
        }
        while (pixels(pt, d) > dots) {
            d = Math.nextDown(d);
        }
        return d;
    }

    private static int pixels(float pt, float dpi) {
        return (int) Math.floor(pt * (dpi / 72f));
    }

    /** 1-bit by a fixed cut at half grey: no error diffusion, no ordered dither. */
    public static DotImage threshold(GrayImage gray) {
        int rowBytes = (gray.width() + 7) / 8;
        byte[] packed = new byte[rowBytes * gray.height()];
        byte[] p = gray.pixels();
        for (int y = 0; y < gray.height(); y++) {
            int row = y * gray.width();
            int out = y * rowBytes;
            for (int x = 0; x < gray.width(); x++) {
                if ((p[row + x] & 0xFF) < THRESHOLD) {
                    packed[out + (x >> 3)] |= (byte) (0x80 >>> (x & 7));
                }
            }
        }
        return DotImage.ofPacked(0, 0, gray.width(), gray.height(), packed);
    }

    @Override
    public String toString() {
        return "page " + (pageIndex + 1) + " at " + dpi + " dpi, " + widthDots + "x" + heightDots + " dots"
                + (turned ? ", turned" : "");
    }
}
