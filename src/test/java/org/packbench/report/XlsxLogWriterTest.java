package org.packbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.journal.LogColumn;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogExport;

class XlsxLogWriterTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;

    @Test
    void theHeaderRowIsFrozenAndTheFilterCoversHeaderAndEveryRow() throws IOException {
        String sheet = part(xlsx(LogFixture.day(RU)), "xl/worksheets/sheet1.xml");

        assertTrue(
                Pattern.compile("<pane [^>]*ySplit=\"1\"[^>]*state=\"frozen\"")
                        .matcher(sheet)
                        .find(),
                sheet);
        // 22 columns, A to V; the header and 12 entries, rows 1 to 13.
        assertTrue(sheet.contains("<autoFilter ref=\"A1:V13\""), sheet);
    }

    @Test
    void numbersAreNumbersTimesAreDateTimesInTheBenchZoneAndTextStaysText() throws IOException {
        List<Row> rows = sheets(xlsx(LogFixture.day(RU))).get(0);
        LogEntry first = LogFixture.entries().get(0);
        Row row = rows.get(1);

        Cell seq = row.getCell(LogColumn.SEQ.ordinal());
        assertEquals(CellType.NUMBER, seq.getType());
        assertEquals(new BigDecimal(42), seq.asNumber());
        assertEquals(
                CellType.NUMBER, rows.get(2).getCell(LogColumn.COPIES.ordinal()).getType());
        Cell time = row.getCell(LogColumn.TIME.ordinal());
        assertEquals(CellType.NUMBER, time.getType());
        assertEquals(XlsxLogWriter.TIME_FORMAT, time.getDataFormatString());
        // 07:58:01.250 in Moscow, whole seconds as the CSV shows it.
        assertEquals(java.time.LocalDateTime.of(2026, 11, 24, 7, 58, 1), time.asDate());
        assertEquals(CellType.STRING, row.getCell(LogColumn.SKU.ordinal()).getType());
        assertEquals(first.hash(), row.getCell(LogColumn.HASH.ordinal()).getText());
    }

    @Test
    void aValueThatLooksLikeAFormulaIsStoredAsTextNotAsAFormula() throws IOException {
        List<Row> rows = sheets(xlsx(LogFixture.day(RU))).get(0);

        Cell order = rows.get(3).getCell(LogColumn.ORDER.ordinal());

        assertEquals(CellType.STRING, order.getType());
        assertEquals("=1+1", order.getText());
        assertEquals(null, order.getFormula());
    }

    @Test
    void aGroupSeparatorInScanDataAndALiteralEscapeSurviveTheWorkbook() throws IOException {
        List<Row> rows = sheets(xlsx(LogFixture.day(RU))).get(0);

        String stored = rows.get(8).getCell(LogColumn.SCAN.ordinal()).getText();

        assertEquals("_x001D_0104607002977277_x005F_x0041_", stored, "the workbook format's own escape");
        assertEquals("\u001D0104607002977277_x0041_", XlsxLogReader.decodeOoxml(stored));
    }

    @Test
    void sheetsAreNamedInTheExportsLanguage() throws IOException {
        assertEquals(List.of("Журнал", "Сводка"), names(xlsx(LogFixture.day(RU))));
        assertEquals(List.of("Log", "Summary"), names(xlsx(LogFixture.day(Locale.ENGLISH))));
    }

    @Test
    void theSummaryCountsEachEventDispatchedScansAndEachSkuOnEachMarketplace() throws IOException {
        List<Row> summary = sheets(xlsx(LogFixture.day(RU))).get(1);
        Map<String, String> byLabel = new HashMap<>();
        Map<String, List<String>> bySku = new HashMap<>();
        for (Row r : summary) {
            List<String> cells =
                    r.stream().map(c -> c == null ? "" : c.getText()).toList();
            if (cells.size() == 2) {
                byLabel.put(cells.get(0), cells.get(1));
            } else if (cells.size() == 7) {
                bySku.put(cells.get(0) + " / " + cells.get(1), cells.subList(2, 7));
            }
        }

        assertEquals("ООО «Ромашка»", byLabel.get("Компания"));
        assertEquals("12", byLabel.get("Записей"));
        assertEquals(LogFixture.START, byLabel.get("Хеш перед первой записью"));
        assertEquals("цела", byLabel.get("Цепочка"));
        assertEquals("3", byLabel.get("Напечатано"));
        assertEquals("1", byLabel.get("Перепечатано"));
        assertEquals("1", byLabel.get("Аннулировано"));
        assertEquals("5", byLabel.get("Отсканировано"));
        assertEquals("2", byLabel.get("Отгружено"), "only scans with the verdict ok are dispatched");
        assertEquals(
                List.of("Напечатано", "Перепечатано", "Аннулировано", "Отгружено", "Отказано"),
                bySku.get("Артикул / Маркетплейс"));
        // printed, reprinted, voided, dispatched, refused
        assertEquals(List.of("1", "1", "0", "1", "0"), bySku.get(LogFixture.TEA + " / vk"));
        assertEquals(List.of("1", "0", "0", "1", "0"), bySku.get(LogFixture.TEA + " / ozon"));
        assertEquals(List.of("0", "0", "0", "0", "1"), bySku.get(LogFixture.HONEY + " / vk"));
        assertEquals(List.of("1", "0", "1", "0", "0"), bySku.get(LogFixture.HONEY + " / ozon"));
    }

    static byte[] xlsx(LogExport x) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxLogWriter().write(x, out);
        return out.toByteArray();
    }

    private static List<String> names(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheets().map(Sheet::getName).toList();
        }
    }

    private static List<List<Row>> sheets(byte[] xlsx) throws IOException {
        try (ReadableWorkbook wb =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<List<Row>> all = new java.util.ArrayList<>();
            for (Sheet s : wb.getSheets().toList()) {
                all.add(s.read());
            }
            return all;
        }
    }

    /** A part of the workbook's zip, through its central directory as spreadsheet programs read it. */
    private String part(byte[] zip, String name) throws IOException {
        Path file = Files.write(dir.resolve("log.xlsx"), zip);
        try (ZipFile z = new ZipFile(file.toFile())) {
            ZipEntry e = z.getEntry(name);
            if (e == null) {
                throw new AssertionError(name + " is not in the workbook");
            }
            return new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
