package org.packbench.convert.ozon;

import com.google.zxing.WriterException;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.packbench.label.Dots;

/**
 * PDFs built the way Ozon's label PDFs are: barcodes as vector rectangles (not pictures), a bar
 * width that is no whole number of printer dots, positions off the dot grid, Cyrillic text in an
 * embedded font.
 */
public final class OzonTestPdfs {
    /** Ozon's FBS posting number form: order, shipment, parcel. */
    static final String POSTING = "12345678-0001-1";

    static final String QR_TEXT = "https://ozon.ru/p/12345678-0001-1?w=FBS&s=HORUGVINO";
    /** 0.3 mm: 2.40 dots at 203 dpi, 3.54 at 300. */
    static final double X_MM = 0.3;
    /** 0.12 mm: 0.96 dots at 203 dpi, narrower than one dot once edges round. */
    static final double FINE_X_MM = 0.12;

    /** What one page carries. */
    public record Page(double widthMm, double heightMm, String posting, double moduleMm, String qr) {
        public static Page fbs(String posting) {
            return new Page(75, 120, posting, X_MM, "https://ozon.ru/p/" + posting + "?w=FBS");
        }

        /** A 75×120 mm page of text and no barcode, as a pick list or a cover sheet would be. */
        static Page textOnly() {
            return new Page(75, 120, null, X_MM, null);
        }
    }

    private OzonTestPdfs() {}

    static byte[] fbsLabel() {
        return pdf(List.of(new Page(75, 120, POSTING, X_MM, QR_TEXT)));
    }

    /** One page after another, each as {@link Page} says. */
    public static byte[] pdf(List<Page> pages) {
        try {
            BaseFont font = BaseFont.createFont(
                    "PTSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font(), null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Page first = pages.get(0);
            Document doc = new Document(size(first), 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.open();
            for (int i = 0; i < pages.size(); i++) {
                Page p = pages.get(i);
                if (i > 0) {
                    doc.setPageSize(size(p));
                    doc.newPage();
                }
                draw(writer.getDirectContent(), font, p);
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page printed black all over: its raster shows exactly where the page lands on the label. */
    static byte[] solidPage(double widthMm, double heightMm) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(pt(widthMm), pt(heightMm)), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        PdfContentByte cb = writer.getDirectContent();
        cb.setGrayFill(0);
        rect(cb, 0, 0, widthMm, heightMm, heightMm);
        cb.fill();
        doc.close();
        return out.toByteArray();
    }

    private static void draw(PdfContentByte cb, BaseFont font, Page p) {
        double h = p.heightMm();
        if (p.posting() == null) {
            text(cb, font, 11, 4.2, 7.5, h, "Лист подбора · 3 отправления");
            text(cb, font, 9, 4.2, 12, h, "Склад: Хоругвино, ячейка Ж-14");
            return;
        }
        text(cb, font, 11, 4.2, 7.5, h, "Отправление № " + p.posting());
        text(cb, font, 8, 4.2, 11.5, h, "Склад: Хоругвино, ячейка Ж-14 · 2 из 3");
        double barsWidth = new Code128Writer().encode(p.posting()).length * p.moduleMm();
        // Centred as a layout program would put it, which leaves it off any dot grid.
        code128(cb, p.posting(), (p.widthMm() - barsWidth) / 2 + 0.07, 15.3, p.moduleMm(), 22, h);
        text(cb, font, 12, (p.widthMm() - barsWidth) / 2 + 2, 41.5, h, p.posting());
        qr(cb, p.qr(), 5.1, 48.3, 0.55, h);
        text(cb, font, 9, 38, 55, h, "Получатель:");
        text(cb, font, 9, 38, 59.5, h, "Иванова А. С.");
        text(cb, font, 9, 38, 64, h, "Доставка до 28.11");
        text(cb, font, 7, 4.2, h - 6, h, "Ozon · FBS · распечатайте без масштабирования");
    }

    /** A Code 128 symbol as one filled rectangle per bar, {@code x}/{@code top} its top-left in mm. */
    static void code128(
            PdfContentByte cb,
            String data,
            double x,
            double top,
            double moduleMm,
            double heightMm,
            double pageHeightMm) {
        boolean[] modules = new Code128Writer().encode(data);
        cb.setGrayFill(0);
        for (int i = 0; i < modules.length; ) {
            if (!modules[i]) {
                i++;
                continue;
            }
            int run = 0;
            while (i + run < modules.length && modules[i + run]) {
                run++;
            }
            rect(cb, x + i * moduleMm, top, run * moduleMm, heightMm, pageHeightMm);
            i += run;
        }
        cb.fill();
    }

    /** A QR symbol, each row's runs of dark modules one rectangle. */
    static void qr(PdfContentByte cb, String data, double x, double top, double moduleMm, double pageHeightMm) {
        ByteMatrix m;
        try {
            m = Encoder.encode(data, ErrorCorrectionLevel.M).getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        cb.setGrayFill(0);
        for (int r = 0; r < m.getHeight(); r++) {
            for (int c = 0; c < m.getWidth(); ) {
                if (m.get(c, r) != 1) {
                    c++;
                    continue;
                }
                int run = 0;
                while (c + run < m.getWidth() && m.get(c + run, r) == 1) {
                    run++;
                }
                rect(cb, x + c * moduleMm, top + r * moduleMm, run * moduleMm, moduleMm, pageHeightMm);
                c += run;
            }
        }
        cb.fill();
    }

    private static void rect(PdfContentByte cb, double xMm, double topMm, double wMm, double hMm, double pageHeightMm) {
        cb.rectangle(pt(xMm), pt(pageHeightMm - topMm - hMm), pt(wMm), pt(hMm));
    }

    private static void text(
            PdfContentByte cb,
            BaseFont font,
            float sizePt,
            double xMm,
            double baselineMm,
            double pageHeightMm,
            String s) {
        cb.beginText();
        cb.setGrayFill(0);
        cb.setFontAndSize(font, sizePt);
        cb.setTextMatrix(pt(xMm), pt(pageHeightMm - baselineMm));
        cb.showText(s);
        cb.endText();
    }

    private static Rectangle size(Page p) {
        return new Rectangle(pt(p.widthMm()), pt(p.heightMm()));
    }

    private static float pt(double mm) {
        return (float) Dots.mmToPt(mm);
    }

    private static byte[] font() throws IOException {
        try (InputStream in = OzonTestPdfs.class.getResourceAsStream("/org/packbench/fonts/PTSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("the bundled PT Sans is missing from the classpath");
            }
            return in.readAllBytes();
        }
    }
}
