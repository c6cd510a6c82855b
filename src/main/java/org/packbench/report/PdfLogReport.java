package org.packbench.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.packbench.journal.LogColumn;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.journal.LogExport;

/**
 * The label log as a printable report: A4 landscape, the chain's hashes in full, the counts a
 * supervisor signs off, a table by SKU and marketplace, then the entries with the columns a person
 * reads (the CSV and XLSX carry every column). PT Sans is embedded, so Cyrillic prints the same on
 * any machine.
 *
 * <p>The entries table goes to the document in chunks and each chunk's rows are released once laid
 * out, so a report of 100,000 entries needs no more memory than one of 500.
 */
public final class PdfLogReport {
    static final String REGULAR = "/org/packbench/fonts/PTSans-Regular.ttf";
    static final String BOLD = "/org/packbench/fonts/PTSans-Bold.ttf";
    private static final int CHUNK = 500;
    private static final int RESULT_CHARS = 60;
    private static final int HASH_CHARS = 12;
    private static final float TABLE_PT = 7.5f;
    private static final Color HEADER_FILL = new Color(0xD9, 0xE1, 0xF2);
    private static final LogColumn[] ENTRY_COLUMNS = {
        LogColumn.SEQ,
        LogColumn.TIME,
        LogColumn.USER,
        LogColumn.EVENT,
        LogColumn.LABEL,
        LogColumn.TEMPLATE,
        LogColumn.SKU,
        LogColumn.ORDER,
        LogColumn.TRACKING,
        LogColumn.PRINTER
    };
    /**
     * Widths of the entry columns, the result and the short hash last, in points of the 786 pt an
     * A4 landscape page has between its margins: a date and time, «Отсканировано», an order, a
     * tracking number and a template with its version («vk-product-58x40 v3») each fit one line.
     */
    private static final float[] ENTRY_WIDTHS = {28, 84, 58, 60, 46, 74, 82, 72, 60, 40, 127, 55};

    public void write(LogExport x, OutputStream out) throws IOException {
        Locale locale = x.locale();
        BaseFont regular = font(REGULAR);
        BaseFont bold = font(BOLD);
        // Counted first: the counts stand above the entries, and the entries are not kept to count later.
        ExportRows rows = ExportRows.count(x);
        // A4 turned on its side in the page's own box, so that every viewer and printer takes it as landscape.
        Document doc = new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 28, 28, 28, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            // The stream is the caller's, who closes it.
            writer.setCloseStream(false);
            writer.setPageEvent(new Footer(regular, footerLeft(x), locale));
            doc.addTitle(ReportText.TITLE.in(locale) + " " + x.period().label());
            doc.addAuthor(x.company());
            doc.addCreator("PackBench");
            doc.open();
            heading(doc, x, rows, new Font(regular, 9), new Font(bold, 15));
            bySku(doc, x, rows, new Font(regular, TABLE_PT), new Font(bold, TABLE_PT), new Font(bold, 10));
            entries(doc, writer, x, rows, new Font(regular, TABLE_PT), new Font(bold, TABLE_PT), new Font(bold, 10));
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("the label-log PDF could not be laid out: " + e.getMessage(), e);
        }
    }

    private static void heading(Document doc, LogExport x, ExportRows rows, Font text, Font title)
            throws DocumentException {
        Locale locale = x.locale();
        Paragraph t = new Paragraph(ReportText.TITLE.in(locale) + " — " + x.company(), title);
        t.setSpacingAfter(6);
        doc.add(t);
        doc.add(line(ReportText.PERIOD, locale, period(x), text));
        String generated =
                LogColumn.LOCAL_TIME.format(x.generatedAt().atZone(x.period().zone())) + " "
                        + x.period().zone().getId() + " (" + x.generatedAt() + ")";
        doc.add(line(ReportText.GENERATED, locale, generated, text));
        doc.add(line(ReportText.ENTRIES, locale, Long.toString(rows.entries()), text));
        doc.add(line(ReportText.START_HASH, locale, x.startHash(), text));
        doc.add(line(ReportText.HEAD_HASH, locale, x.headHash(), text));
        doc.add(line(ReportText.CHAIN, locale, ReportText.chain(x.chain(), locale), text));
        Map<ReportText, Long> counts = new LinkedHashMap<>();
        counts.put(ReportText.PRINTED, rows.count(LogEvent.PRINTED));
        counts.put(ReportText.REPRINTED, rows.count(LogEvent.REPRINTED));
        counts.put(ReportText.VOIDED, rows.count(LogEvent.VOIDED));
        counts.put(ReportText.DISPATCHED, rows.dispatched());
        counts.put(ReportText.RENDERED, rows.count(LogEvent.RENDERED));
        counts.put(ReportText.REFUSED, rows.count(LogEvent.REFUSED));
        List<String> words = new ArrayList<>();
        counts.forEach((word, n) -> words.add(word.in(locale).toLowerCase(locale) + " " + n));
        Paragraph c = line(ReportText.LABELS, locale, String.join(" · ", words), text);
        c.setSpacingBefore(4);
        doc.add(c);
    }

    /** As the reader expects it: one date, or the first and last joined by a dash. */
    static String period(LogExport x) {
        return x.period().singleDay()
                ? x.period().first().toString()
                : x.period().first() + " — " + x.period().last();
    }

    private static Paragraph line(ReportText label, Locale locale, String value, Font font) {
        return new Paragraph(label.in(locale) + ": " + value, font);
    }

    private static void bySku(Document doc, LogExport x, ExportRows rows, Font text, Font bold, Font heading)
            throws DocumentException {
        List<ExportRows.Line> lines = rows.lines();
        if (lines.isEmpty()) {
            return;
        }
        Locale locale = x.locale();
        doc.add(section(ReportText.BY_SKU.in(locale), heading));
        PdfPTable table = new PdfPTable(new float[] {22, 12, 9, 9, 9, 9, 9});
        table.setWidthPercentage(75);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        for (ReportText h : new ReportText[] {
            ReportText.SKU,
            ReportText.MARKETPLACE,
            ReportText.PRINTED,
            ReportText.REPRINTED,
            ReportText.VOIDED,
            ReportText.DISPATCHED,
            ReportText.REFUSED
        }) {
            table.addCell(header(h.in(locale), bold));
        }
        for (ExportRows.Line l : lines) {
            table.addCell(cell(l.sku(), text));
            table.addCell(cell(l.marketplace(), text));
            for (long n : new long[] {l.printed(), l.reprinted(), l.voided(), l.dispatched(), l.refused()}) {
                PdfPCell c = cell(Long.toString(n), text);
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(c);
            }
        }
        doc.add(table);
    }

    private static void entries(
            Document doc, PdfWriter writer, LogExport x, ExportRows rows, Font text, Font bold, Font heading)
            throws DocumentException, IOException {
        Locale locale = x.locale();
        doc.add(section(ReportText.ENTRIES_TABLE.in(locale), heading));
        if (rows.entries() == 0) {
            doc.add(new Paragraph(ReportText.NO_ENTRIES.in(locale), text));
            return;
        }
        PdfPTable table = new PdfPTable(ENTRY_WIDTHS);
        table.setWidthPercentage(100);
        // Known widths let a row be measured before it is laid out; see below.
        table.setTotalWidth(doc.right() - doc.left());
        table.setHeaderRows(1);
        table.setComplete(false);
        for (LogColumn c : ENTRY_COLUMNS) {
            table.addCell(header(c.header(locale), bold));
        }
        table.addCell(header(ReportText.RESULT.in(locale), bold));
        table.addCell(header(LogColumn.HASH.header(locale), bold));
        ZoneId zone = x.period().zone();
        int[] pending = {0};
        try {
            ExportRows.forEach(x, e -> {
                for (LogColumn c : ENTRY_COLUMNS) {
                    table.addCell(cell(ExportRows.text(c, e, zone, locale), text));
                }
                table.addCell(cell(result(e), text));
                table.addCell(cell(e.hash().substring(0, HASH_CHARS), text));
                if (++pending[0] == CHUNK) {
                    pending[0] = 0;
                    try {
                        headerOnlyOnANewPage(doc, writer, table);
                        doc.add(table);
                    } catch (DocumentException ex) {
                        throw new UncheckedIOException(new IOException(ex.getMessage(), ex));
                    }
                }
            });
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        table.setComplete(true);
        headerOnlyOnANewPage(doc, writer, table);
        doc.add(table);
    }

    /**
     * A chunk that goes on where the last one stopped must not repeat the header mid-page, so
     * OpenPDF skips it after the first chunk. But a chunk may begin a page: when the last one
     * filled its page to the bottom, or when the chunk's first row does not fit below it. That page
     * needs its header like any other.
     */
    private static void headerOnlyOnANewPage(Document doc, PdfWriter writer, PdfPTable table) {
        if (table.size() <= table.getHeaderRows() || !table.isSkipFirstHeader()) {
            return;
        }
        float y = writer.getVerticalPosition(false);
        boolean pageStarted = y < doc.top();
        boolean rowFits = y - doc.bottom() >= table.getRowHeight(table.getHeaderRows());
        table.setSkipFirstHeader(pageStarted && rowFits);
    }

    /** What came of the event in one cell: the scan's verdict, the reason, the checks; shortened. */
    static String result(LogEntry e) {
        List<String> parts = new ArrayList<>(3);
        for (String s :
                new String[] {e.facts().verdict(), e.facts().reason(), e.facts().checks()}) {
            if (!s.isBlank()) {
                parts.add(s.strip());
            }
        }
        String r = String.join("; ", parts);
        return r.length() <= RESULT_CHARS ? r : r.substring(0, RESULT_CHARS - 1).stripTrailing() + "…";
    }

    private static Paragraph section(String title, Font font) {
        Paragraph p = new Paragraph(title, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPCell header(String text, Font font) {
        PdfPCell c = cell(text, font);
        c.setBackgroundColor(HEADER_FILL);
        return c;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(2);
        c.setBorderWidth(0.25f);
        c.setBorderColor(Color.GRAY);
        return c;
    }

    private static String footerLeft(LogExport x) {
        return x.company() + " · " + ReportText.TITLE.in(x.locale()) + " · " + period(x);
    }

    /** PT Sans from the jar, embedded with Unicode (Identity-H) encoding so that Cyrillic needs no code page. */
    static BaseFont font(String resource) throws IOException {
        byte[] ttf;
        try (InputStream in = PdfLogReport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the font " + resource + " is missing from the application");
            }
            ttf = in.readAllBytes();
        }
        try {
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    false,
                    ttf,
                    null);
        } catch (DocumentException e) {
            throw new IOException("the font " + resource + " cannot be embedded: " + e.getMessage(), e);
        }
    }

    /**
     * "Page N of M" on every page. M is known only when the document closes, so each page shows a
     * shared template that is filled in then.
     */
    private static final class Footer extends PdfPageEventHelper {
        private static final float SIZE = 8;
        private final BaseFont font;
        private final String left;
        private final Locale locale;
        private PdfTemplate total;
        private int pages;

        Footer(BaseFont font, String left, Locale locale) {
            this.font = font;
            this.left = left;
            this.locale = locale;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(60, SIZE + 4);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pages++;
            PdfContentByte cb = writer.getDirectContent();
            float y = document.bottomMargin() - 20;
            String page = ReportText.PAGE.format(locale, writer.getPageNumber());
            float pageWidth = font.getWidthPoint(page, SIZE);
            // Room for the widest total, so that the text does not move as the count grows.
            float x = document.right() - pageWidth - font.getWidthPoint("000000", SIZE);
            cb.beginText();
            cb.setFontAndSize(font, SIZE);
            cb.setTextMatrix(document.left(), y);
            cb.showText(left);
            cb.setTextMatrix(x, y);
            cb.showText(page);
            cb.endText();
            cb.addTemplate(total, x + pageWidth, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, SIZE);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(pages));
            total.endText();
        }
    }
}
