package org.packbench.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import org.packbench.marketplace.vk.CustomsInvoice;

/**
 * A VK parcel's commercial invoice on A4: the seller, the order, the date and the tracking number,
 * then one table row per line with the goods exactly as the catalog has them, and the totals.
 * Russian throughout, whatever the bench's language: it is a document for Russian customs. PT Sans
 * is embedded as in the label log's PDF, so the Cyrillic prints the same on any machine.
 */
public final class InvoicePdf {
    /** The document's title. */
    public static final String TITLE = "Коммерческий инвойс";

    static final String[] COLUMNS = {
        "№",
        "Наименование",
        "Код ТН ВЭД",
        "Страна происхождения",
        "Сертификат/декларация ЕАЭС",
        "Кол-во",
        "Вес нетто, г",
        "Цена за ед., USD",
        "Стоимость, USD"
    };

    /**
     * Column widths in points on A4 portrait within 28 pt margins (539 pt): wide enough that each
     * header word, a ТН ВЭД code and a certificate number of the usual length keep to one line.
     */
    private static final float[] WIDTHS = {18, 125, 50, 64, 122, 34, 38, 40, 48};

    private static final float MARGIN = 28;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Color HEADER_FILL = new Color(0xD9, 0xE1, 0xF2);
    private static final float TABLE_PT = 7.5f;
    private static final SplitCharacter AT_SPACES = new AtSpaces();

    public void write(CustomsInvoice invoice, OutputStream out) throws IOException {
        BaseFont regular = PdfLogReport.font(PdfLogReport.REGULAR);
        BaseFont bold = PdfLogReport.font(PdfLogReport.BOLD);
        Document doc = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN + 8, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            // The stream is the caller's, who closes it.
            writer.setCloseStream(false);
            doc.addTitle(TITLE + " " + invoice.order());
            doc.addAuthor(invoice.seller());
            doc.addCreator("PackBench");
            doc.open();
            heading(doc, invoice, new Font(regular, 10), new Font(bold, 16));
            doc.add(table(invoice, new Font(regular, TABLE_PT), new Font(bold, TABLE_PT)));
            Paragraph signed =
                    new Paragraph("Продавец: ____________________ / " + invoice.seller(), new Font(regular, 10));
            signed.setSpacingBefore(24);
            doc.add(signed);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("the invoice PDF could not be laid out: " + e.getMessage(), e);
        }
    }

    private static void heading(Document doc, CustomsInvoice x, Font text, Font title) throws DocumentException {
        Paragraph t = new Paragraph(TITLE + " № " + x.order() + " от " + DAY.format(x.date()), title);
        t.setSpacingAfter(10);
        doc.add(t);
        doc.add(new Paragraph("Продавец: " + x.seller(), text));
        doc.add(new Paragraph("Номер заказа: " + x.order(), text));
        doc.add(new Paragraph("Дата: " + DAY.format(x.date()), text));
        doc.add(new Paragraph("Трек-номер: " + (x.tracking().isEmpty() ? "—" : x.tracking()), text));
        doc.add(new Paragraph("Маркетплейс: VK", text));
        Paragraph currency = new Paragraph("Валюта: доллар США (USD)", text);
        currency.setSpacingAfter(10);
        doc.add(currency);
    }

    private static PdfPTable table(CustomsInvoice x, Font text, Font bold) throws DocumentException {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setTotalWidth(WIDTHS);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        // A long invoice repeats its header on every page.
        table.setHeaderRows(1);
        for (String h : COLUMNS) {
            PdfPCell c = cell(h, bold);
            c.setBackgroundColor(HEADER_FILL);
            table.addCell(c);
        }
        for (CustomsInvoice.Line l : x.lines()) {
            table.addCell(number(Integer.toString(l.no()), text));
            table.addCell(cell(l.name(), text));
            table.addCell(cell(l.hsCode(), text));
            table.addCell(cell(l.countryOfOrigin(), text));
            table.addCell(cell(l.eacCert(), text));
            table.addCell(number(Integer.toString(l.quantity()), text));
            table.addCell(number(Long.toString(l.netWeightG()), text));
            table.addCell(number(l.unitValueUsd().toPlainString(), text));
            table.addCell(number(l.valueUsd().toPlainString(), text));
        }
        PdfPCell total = cell("Итого", bold);
        total.setColspan(5);
        table.addCell(total);
        table.addCell(number(Integer.toString(x.totalQuantity()), bold));
        table.addCell(number(Long.toString(x.totalNetWeightG()), bold));
        table.addCell(cell("", bold));
        table.addCell(number(x.totalValueUsd().toPlainString(), bold));
        return table;
    }

    private static PdfPCell number(String text, Font font) {
        PdfPCell c = cell(text, font);
        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return c;
    }

    private static PdfPCell cell(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(AT_SPACES);
        PdfPCell c = new PdfPCell(new Phrase(chunk));
        c.setPadding(3);
        c.setBorderWidth(0.25f);
        c.setBorderColor(Color.GRAY);
        return c;
    }

    /**
     * A cell's text goes on a new line only at a space: a certificate number such as
     * "ЕАЭС RU Д-CN.РА01.В.22714/26" broken at its dash would read as two, and a reader joining the
     * lines drops the dash. A word wider than its column is still broken where it must be.
     */
    private static final class AtSpaces extends DefaultSplitCharacter {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            return Character.isWhitespace(getCurrentCharacter(current, cc, ck));
        }
    }
}
