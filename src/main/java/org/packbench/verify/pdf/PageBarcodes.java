package org.packbench.verify.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;
import org.packbench.pdf.GuardedPdf;
import org.packbench.verify.decode.Decoded;
import org.packbench.verify.decode.Luminance;
import org.packbench.verify.decode.SymbolDecoder;
import org.packbench.verify.decode.TransmittedData;

/** Every barcode on every page, read from the page drawn at 300 dpi in grey, as a scanner would see it. */
final class PageBarcodes {
    static final float DPI = 300f;
    /** 2 mm of white around the page at 300 dpi. */
    private static final int PAD_PX = 24;

    private static final SymbolDecoder DECODER = new SymbolDecoder();

    /**
     * What product and shipping labels carry. The other 1D symbologies are left out because a
     * tolerant reader finds Codabar or MSI in lines of small print, and a phantom barcode on the
     * report would be a finding about nothing.
     */
    static final List<BarcodeFormat> FORMATS = List.of(
            BarcodeFormat.EAN_13,
            BarcodeFormat.EAN_8,
            BarcodeFormat.UPC_A,
            BarcodeFormat.CODE_128,
            BarcodeFormat.CODE_39,
            BarcodeFormat.ITF,
            BarcodeFormat.RSS_14,
            BarcodeFormat.RSS_EXPANDED,
            BarcodeFormat.QR_CODE,
            BarcodeFormat.DATA_MATRIX,
            BarcodeFormat.PDF_417,
            BarcodeFormat.AZTEC);

    static final List<BarcodeFormat> MATRIX_FORMATS =
            List.of(BarcodeFormat.QR_CODE, BarcodeFormat.DATA_MATRIX, BarcodeFormat.PDF_417, BarcodeFormat.AZTEC);

    /** A barcode and where it lies: the area in pt from the page's top-left corner, as the page is shown. */
    record Found(PageBarcode barcode, SymbolArea area) {}

    private PageBarcodes() {}

    static List<Found> read(GuardedPdf document) throws IOException {
        PDFRenderer renderer = document.renderer();
        // What is printed, not what is shown on screen: optional content may differ.
        renderer.setDefaultDestination(RenderDestination.PRINT);
        // Subsampling would drop rows and columns of a barcode picture, i.e. modules.
        renderer.setSubsamplingAllowed(false);
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < document.pageCount(); i++) {
            LuminanceSource page = padded(renderer.renderImageWithDPI(i, DPI, ImageType.GRAY));
            for (Result r : decode(page)) {
                out.add(new Found(BarcodeGtin.described(i + 1, r), inPoints(SymbolArea.of(page, r))));
            }
        }
        return out;
    }

    private static SymbolArea inPoints(SymbolArea px) {
        return new SymbolArea(pt(px.left()), pt(px.top()), pt(px.right()), pt(px.bottom()), px.across());
    }

    private static double pt(double paddedPx) {
        return (paddedPx - PAD_PX) * 72 / DPI;
    }

    /** Every symbol on the page, each once; a linear one only when other rows confirm it. */
    static List<Result> decode(LuminanceSource page) {
        return DECODER.searchPage(page, FORMATS, MATRIX_FORMATS, LinearConfirmation::confirmed).stream()
                .map(Decoded::result)
                .toList();
    }

    /** What the symbol encodes: every search here turns FNC1 into GS (ASSUME_GS1). */
    static String text(Result r) {
        return TransmittedData.of(r, true);
    }

    /**
     * The page on white: a label is cut at its edge but sits on a white liner, so a symbol drawn
     * close to the edge keeps the quiet zone a scanner would see.
     */
    static LuminanceSource padded(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        int width = w + 2 * PAD_PX;
        byte[] pixels = new byte[width * (h + 2 * PAD_PX)];
        Arrays.fill(pixels, (byte) 0xFF);
        byte[] page = (byte[]) grey.getRaster().getDataElements(0, 0, w, h, null);
        for (int y = 0; y < h; y++) {
            System.arraycopy(page, y * w, pixels, (y + PAD_PX) * width + PAD_PX, w);
        }
        return Luminance.ofGrey(pixels, width, h + 2 * PAD_PX);
    }
}
