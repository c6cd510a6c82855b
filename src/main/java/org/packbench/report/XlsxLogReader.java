package org.packbench.report;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.packbench.i18n.Message;
import org.packbench.journal.LogColumn;

/**
 * An XLSX export read back ({@link LogExportReader} by extension): the entries sheet by column
 * type, integers and spreadsheet times turned back into the text the CSV shows, and the summary
 * sheet's cells by the rows {@link XlsxLogWriter} puts them in.
 */
final class XlsxLogReader {
    private static final LocalDateTime SPREADSHEET_EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);
    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);

    private XlsxLogReader() {}

    static ExportedLog read(Path file) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            if (sheets.size() < 2) {
                throw LogExportReader.unreadable(
                        file, Message.of("export.unreadable.missing", ReportText.SHEET_SUMMARY.english()));
            }
            List<ExportedLog.Row> rows = new ArrayList<>();
            LogColumn[] columns = LogColumn.values();
            try (Stream<Row> stream = sheets.get(0).openStream()) {
                boolean[] first = {true};
                stream.forEach(r -> {
                    if (first[0]) {
                        first[0] = false;
                        List<String> headers = new ArrayList<>();
                        for (int c = 0; c < r.getCellCount(); c++) {
                            headers.add(text(r, c));
                        }
                        while (!headers.isEmpty()
                                && headers.get(headers.size() - 1).isEmpty()) {
                            headers.remove(headers.size() - 1);
                        }
                        LogExportReader.header(file, headers);
                        return;
                    }
                    List<String> cells = new ArrayList<>(columns.length);
                    for (int c = 0; c < columns.length; c++) {
                        cells.add(
                                switch (columns[c].type()) {
                                    case INTEGER -> number(r, c)
                                            .map(n -> Long.toString(n.longValueExact()))
                                            .orElse("");
                                    case TIME -> number(r, c)
                                            .map(XlsxLogReader::time)
                                            .orElse("");
                                    default -> decodeOoxml(text(r, c));
                                });
                    }
                    rows.add(LogExportReader.row(file, cells));
                });
                if (first[0]) {
                    throw LogExportReader.unreadable(file, Message.of("export.unreadable.missing", "header"));
                }
            }
            Map<Integer, Row> summary = new HashMap<>();
            for (Row r : sheets.get(1).read()) {
                summary.put(r.getRowNum() - 1, r);
            }
            Map<String, String> values = new HashMap<>();
            Map<ReportText, Integer> at = Map.of(
                    ReportText.PERIOD_FROM,
                    XlsxLogWriter.SUMMARY_PERIOD_FROM,
                    ReportText.PERIOD_TO,
                    XlsxLogWriter.SUMMARY_PERIOD_TO,
                    ReportText.START_HASH,
                    XlsxLogWriter.SUMMARY_START,
                    ReportText.HEAD_HASH,
                    XlsxLogWriter.SUMMARY_HEAD,
                    ReportText.ENTRIES,
                    XlsxLogWriter.SUMMARY_ENTRIES);
            at.forEach((label, row) -> {
                Row r = summary.get(row);
                if (r != null) {
                    values.put(label.english(), decodeOoxml(text(r, 1)));
                }
            });
            ExportedLog log = new ExportedLog(
                    LogExportReader.date(file, values, ReportText.PERIOD_FROM.english()),
                    LogExportReader.date(file, values, ReportText.PERIOD_TO.english()),
                    LogExportReader.hash(file, values, ReportText.START_HASH.english()),
                    LogExportReader.hash(file, values, ReportText.HEAD_HASH.english()),
                    LogExportReader.count(file, values, ReportText.ENTRIES.english()),
                    rows);
            return LogExportReader.checked(file, log, true);
        }
    }

    private static String text(Row r, int c) {
        Optional<Cell> cell = c < r.getCellCount() ? r.getOptionalCell(c) : Optional.empty();
        return cell.filter(x -> x.getType() != CellType.EMPTY)
                .map(Cell::getText)
                .orElse("");
    }

    private static Optional<BigDecimal> number(Row r, int c) {
        String raw = text(r, c);
        return raw.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(raw));
    }

    /** A spreadsheet date-time, days since 1899-12-30, back to the text the CSV shows. */
    private static String time(BigDecimal serial) {
        long seconds =
                serial.multiply(SECONDS_A_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return LogColumn.LOCAL_TIME.format(SPREADSHEET_EPOCH.plusSeconds(seconds));
    }

    /** The reverse of {@link XlsxLogWriter#ooxml}: {@code _xHHHH_} is the character HHHH. */
    static String decodeOoxml(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (XlsxLogWriter.escapeLike(s, i)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                b.append(s.charAt(i++));
            }
        }
        return b.toString();
    }
}
