package org.packbench.convert.ozon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.packbench.convert.ozon.PageAudit.Symbol;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.render.DotImage;
import org.packbench.render.PrinterSettings;

/**
 * Ozon's label PDFs (FBS 75×120 mm, FBO cargo labels, often several pages) as ZPL or TSPL for a
 * thermal printer: each page rendered at the printer's own resolution, cut to 1 bit at half
 * grey, fitted to the label, and sent as one picture. Sent through a driver instead, the same
 * pages come out dithered or rescaled and their barcodes stop scanning; so before anything is
 * returned, every barcode that decodes in the PDF must decode to the same text from the raster,
 * or the whole PDF is refused. A page on which no barcode decodes at all is refused as well: a
 * marketplace label always carries one, so such a page is something else (a cover sheet, a
 * picture of a label, a page drawn blank), and whatever it is, nothing on it could be checked.
 */
public final class OzonLabelConverter {
    /** The reference rendering is at least this fine: bars of 0.1 mm still span two pixels and more. */
    static final int REFERENCE_DPI = 600;

    private final BarcodeAudit audit = new BarcodeAudit();

    /**
     * Converts every page. A page within 1 mm of a known label ({@link LabelSize#KNOWN}, either
     * way round) goes on that label; any other page on the caller's.
     *
     * @throws org.packbench.i18n.ProblemException when the PDF is unreadable or past a limit
     *         ({@link org.packbench.pdf.PdfRefusedException}) or a page has no barcode, and
     *         {@link BarcodeLostException} when a barcode would not survive; nothing is returned then
     */
    public Conversion convert(
            byte[] pdf,
            int printerDpi,
            double labelWidthMm,
            double labelHeightMm,
            ThermalFormat target,
            PrinterSettings settings) {
        LabelSize fallback = new LabelSize(labelWidthMm, labelHeightMm);
        return run(
                pdf,
                printerDpi,
                page -> LabelSize.known(page.widthMm(), page.heightMm()).orElse(fallback),
                target,
                settings);
    }

    /** Converts every page onto {@code label}, whatever size the pages are. */
    public Conversion convertOnto(byte[] pdf, LabelSize label, ThermalFormat target, PrinterSettings settings) {
        return run(pdf, settings.dpi(), page -> label, target, settings);
    }

    private Conversion run(
            byte[] pdf,
            int printerDpi,
            Function<OzonPdf.PageSize, LabelSize> labelFor,
            ThermalFormat target,
            PrinterSettings settings) {
        if (settings.dpi() != printerDpi) {
            throw new IllegalArgumentException("printer dpi " + printerDpi + " but settings for " + settings.dpi());
        }
        int factor = referenceFactor(printerDpi);
        List<Conversion.Page> pages = new ArrayList<>();
        try (OzonPdf doc = OzonPdf.load(pdf)) {
            for (int i = 0; i < doc.pageCount(); i++) {
                LabelSize label = labelFor.apply(doc.size(i));
                PageRaster page = new PageRaster(doc, i, label, printerDpi);
                DotImage raster = page.raster();
                PageAudit checked = audit.audit(i + 1, page.gray(factor), factor, raster);
                if (checked.reference().isEmpty()) {
                    throw new ProblemException("ozon.page.noBarcode", i + 1);
                }
                // A page that failed is never encoded: the whole PDF is refused below.
                byte[] bytes = checked.passed() ? target.page(raster, label, settings) : new byte[0];
                pages.add(new Conversion.Page(i + 1, label, page.turned(), raster, bytes, checked));
            }
        }
        List<PageAudit> audits = pages.stream().map(Conversion.Page::audit).toList();
        for (PageAudit a : audits) {
            if (!a.passed()) {
                Symbol first = a.lost().get(0);
                throw new BarcodeLostException(lost(a.page(), first, printerDpi), audits);
            }
        }
        return new Conversion(target, printerDpi, pages);
    }

    /** The sentence for one barcode that would not survive: page, symbology, text and resolution. */
    public static Message lost(int page, Symbol symbol, int dpi) {
        return Message.of("ozon.barcode.lost", page, formatName(symbol), symbol.shown(), dpi);
    }

    /** How people write the symbology's name. */
    public static String formatName(Symbol symbol) {
        return switch (symbol.format()) {
            case CODE_128 -> "Code 128";
            case QR_CODE -> "QR Code";
            case DATA_MATRIX -> "Data Matrix";
            case EAN_13 -> "EAN-13";
            case PDF_417 -> "PDF417";
            case ITF -> "ITF";
            default -> symbol.format().name();
        };
    }

    /** Whole multiples of the printer grid, so each reference pixel lies inside one printer dot. */
    static int referenceFactor(int printerDpi) {
        return Math.max(1, (REFERENCE_DPI + printerDpi - 1) / printerDpi);
    }
}
