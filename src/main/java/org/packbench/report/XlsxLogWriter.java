package org.packbench.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.packbench.journal.LogColumn;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogEvent;
import org.packbench.journal.LogExport;

/**
 * The label log as an XLSX workbook: the entries on the first sheet with typed cells (numbers,
 * date-times in the bench's zone, text), a bold frozen header and a filter; the summary on the
 * second sheet. Rows are flushed to the file as they are walked, so 100,000 entries fit in a
 * small heap.
 *
 * <p>Text cells need no formula neutralisation, unlike CSV: a cell written as a string is shown as
 * a string, and a spreadsheet evaluates only cells stored as formulas.
 */
public final class XlsxLogWriter {
    static final String TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
    /** Rows of the summary sheet, by position: the reader finds the period and hashes there. */
    static final int SUMMARY_COMPANY = 1;

    static final int SUMMARY_PERIOD_FROM = 2;
    static final int SUMMARY_PERIOD_TO = 3;
    static final int SUMMARY_GENERATED = 4;
    static final int SUMMARY_ENTRIES = 5;
    static final int SUMMARY_START = 6;
    static final int SUMMARY_HEAD = 7;
    static final int SUMMARY_CHAIN = 8;
    private static final int FLUSH_EVERY = 1000;
    /**
     * Columns whose values repeat from row to row go to the shared-string table, which holds each
     * distinct value once; the others (hashes, orders, tracking numbers) are nearly all distinct,
     * so they are written inline, or that table would keep every one of them in memory until the end.
     */
    private static final Set<LogColumn> REPEATING = EnumSet.of(
            LogColumn.BENCH,
            LogColumn.USER,
            LogColumn.EVENT,
            LogColumn.PRINTER,
            LogColumn.TEMPLATE,
            LogColumn.SKU,
            LogColumn.MARKETPLACE,
            LogColumn.REASON,
            LogColumn.VERDICT,
            LogColumn.CHECKS,
            LogColumn.READBACK);

    public void write(LogExport x, OutputStream out) throws IOException {
        Locale locale = x.locale();
        // finish() ends the zip but leaves the stream open: it is the caller's.
        Workbook wb = new Workbook(out, "PackBench", "1.0");
        ExportRows rows = entries(wb.newWorksheet(ReportText.SHEET_LOG.in(locale)), x);
        summary(wb.newWorksheet(ReportText.SHEET_SUMMARY.in(locale)), x, rows);
        wb.finish();
    }

    private static ExportRows entries(Worksheet ws, LogExport x) throws IOException {
        LogColumn[] columns = LogColumn.values();
        for (int c = 0; c < columns.length; c++) {
            ws.value(0, c, columns[c].header(x.locale()));
            ws.width(c, width(columns[c]));
        }
        ws.range(0, 0, 0, columns.length - 1).style().bold().fillColor("D9E1F2").set();
        // Set before the first flush: the sheet's view is written ahead of its rows.
        ws.freezePane(0, 1);
        ZoneId zone = x.period().zone();
        ExportRows rows = new ExportRows();
        int[] r = {0};
        try {
            ExportRows.forEach(x, e -> {
                rows.accept(e);
                int row = ++r[0];
                for (int c = 0; c < columns.length; c++) {
                    cell(ws, row, c, columns[c], e, zone, x.locale());
                }
                if (row % FLUSH_EVERY == 0) {
                    try {
                        ws.flush();
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                }
            });
        } catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
        ws.setAutoFilter(0, 0, r[0], columns.length - 1);
        ws.finish();
        return rows;
    }

    private static void cell(Worksheet ws, int row, int col, LogColumn column, LogEntry e, ZoneId zone, Locale locale) {
        Object v = ExportRows.value(column, e, locale);
        switch (column.type()) {
            case INTEGER -> ws.value(row, col, (Long) v);
            case TIME -> {
                // Whole seconds, as the CSV and the PDF show them: a spreadsheet rounds 10:15:29.600
                // up to 10:15:30 when the format has no fraction, and the files would disagree.
                ws.value(row, col, LocalDateTime.ofInstant(((Instant) v).truncatedTo(ChronoUnit.SECONDS), zone));
                ws.style(row, col).format(TIME_FORMAT).set();
            }
            case TEXT -> {
                String s = (String) v;
                if (s.isEmpty()) {
                    return;
                }
                if (REPEATING.contains(column)) {
                    ws.value(row, col, ooxml(s));
                } else {
                    ws.inlineString(row, col, ooxml(s));
                }
            }
            default -> throw new IllegalStateException(column.type().name());
        }
    }

    private static void summary(Worksheet ws, LogExport x, ExportRows rows) throws IOException {
        Locale locale = x.locale();
        ws.width(0, 34);
        ws.width(1, 70);
        ws.value(0, 0, ReportText.TITLE.in(locale));
        ws.style(0, 0).bold().fontSize(14).set();
        pair(ws, SUMMARY_COMPANY, ReportText.COMPANY, locale, x.company());
        pair(
                ws,
                SUMMARY_PERIOD_FROM,
                ReportText.PERIOD_FROM,
                locale,
                x.period().first().toString());
        pair(
                ws,
                SUMMARY_PERIOD_TO,
                ReportText.PERIOD_TO,
                locale,
                x.period().last().toString());
        pair(
                ws,
                SUMMARY_GENERATED,
                ReportText.GENERATED,
                locale,
                x.generatedAt().toString());
        ws.value(SUMMARY_ENTRIES, 0, ReportText.ENTRIES.in(locale));
        ws.value(SUMMARY_ENTRIES, 1, rows.entries());
        ws.style(SUMMARY_ENTRIES, 1).horizontalAlignment("left").set();
        pair(ws, SUMMARY_START, ReportText.START_HASH, locale, x.startHash());
        pair(ws, SUMMARY_HEAD, ReportText.HEAD_HASH, locale, x.headHash());
        pair(ws, SUMMARY_CHAIN, ReportText.CHAIN, locale, ReportText.chain(x.chain(), locale));

        int r = SUMMARY_CHAIN + 2;
        ws.value(r, 0, ReportText.EVENT.in(locale));
        ws.value(r, 1, ReportText.COUNT.in(locale));
        ws.range(r, 0, r, 1).style().bold().fillColor("D9E1F2").set();
        for (LogEvent e : LogEvent.values()) {
            r++;
            ws.value(r, 0, ReportText.of(e).in(locale));
            ws.value(r, 1, rows.count(e));
            ws.style(r, 1).horizontalAlignment("left").set();
        }
        r++;
        ws.value(r, 0, ReportText.DISPATCHED.in(locale));
        ws.value(r, 1, rows.dispatched());
        ws.style(r, 1).horizontalAlignment("left").set();

        r += 2;
        ws.value(r, 0, ReportText.BY_SKU.in(locale));
        ws.style(r, 0).bold().set();
        r++;
        ReportText[] heads = {
            ReportText.SKU,
            ReportText.MARKETPLACE,
            ReportText.PRINTED,
            ReportText.REPRINTED,
            ReportText.VOIDED,
            ReportText.DISPATCHED,
            ReportText.REFUSED
        };
        for (int c = 0; c < heads.length; c++) {
            ws.value(r, c, heads[c].in(locale));
            if (c > 1) {
                ws.width(c, 14);
            }
        }
        ws.range(r, 0, r, heads.length - 1).style().bold().fillColor("D9E1F2").set();
        for (ExportRows.Line l : rows.lines()) {
            r++;
            ws.value(r, 0, ooxml(l.sku()));
            ws.value(r, 1, ooxml(l.marketplace()));
            long[] counts = {l.printed(), l.reprinted(), l.voided(), l.dispatched(), l.refused()};
            for (int i = 0; i < counts.length; i++) {
                ws.value(r, 2 + i, counts[i]);
            }
        }
        ws.finish();
    }

    private static void pair(Worksheet ws, int row, ReportText label, Locale locale, String value) {
        ws.value(row, 0, label.in(locale));
        ws.style(row, 0).bold().set();
        ws.value(row, 1, ooxml(value));
    }

    /** Widths in characters, enough for the usual value; a hash shows its start and widens on demand. */
    private static double width(LogColumn c) {
        return switch (c) {
            case SEQ, COPIES -> 8;
            case TIME -> 20;
            case EVENT, LABEL, MARKETPLACE -> 13;
            case SSCC -> 21;
            case ORDER, TRACKING, TEMPLATE, SKU -> 18;
            case REASON, SCAN, CHECKS, READBACK -> 24;
            case PAYLOAD_SHA256, PREV_HASH, HASH -> 22;
            default -> 15;
        };
    }

    /**
     * XML cannot hold control characters such as the GS that separates GS1 fields in scanner data;
     * the library drops them. The workbook format's own escape writes each as {@code _x001D_}, which
     * spreadsheets decode; a literal {@code _x0041_} in the data has its underscore escaped so that it
     * is not decoded in turn. {@link LogExportReader} undoes this.
     */
    static String ooxml(String s) {
        if (!needsEscape(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (unwritable(s, i) || c == '_' && escapeLike(s, i)) {
                b.append(String.format(Locale.ROOT, "_x%04X_", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (unwritable(s, i) || s.charAt(i) == '_' && escapeLike(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unwritable(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c == '\uFFFE' || c == '\uFFFF') {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /** {@code _xHHHH_} starting at {@code i}. */
    static boolean escapeLike(String s, int i) {
        if (i + 7 > s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
