package org.packbench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packbench.catalog.CsvReader;
import org.packbench.catalog.CsvRecord;
import org.packbench.journal.ChainCheck;
import org.packbench.journal.LogEntry;
import org.packbench.journal.LogExport;

class CsvLogWriterTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void theFileStartsWithTheUtf8BomAndEveryLineEndsInCrlf() throws IOException {
        byte[] csv = csv(LogFixture.day(RU), ',');

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, StandardCharsets.UTF_8);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            assertEquals('\r', text.charAt(i - 1), "a bare LF at " + i);
        }
        assertTrue(text.startsWith("\uFEFF№,Время,Рабочее место,Пользователь,Событие,"), text);
    }

    @Test
    void eventsAreRussianWordsInARussianExportAndStableCodesInAnEnglishOne() throws IOException {
        String ru = new String(csv(LogFixture.day(RU), ';'), StandardCharsets.UTF_8);
        String en = new String(csv(LogFixture.day(Locale.ENGLISH), ';'), StandardCharsets.UTF_8);

        assertTrue(ru.contains(";Напечатано;"), ru);
        assertFalse(ru.contains(";printed;"), ru);
        assertTrue(en.contains(";printed;"), en);
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaIsWrittenAfterAnApostrophe() throws IOException {
        String raw = new String(csv(LogFixture.day(RU), ','), StandardCharsets.UTF_8);

        assertTrue(raw.contains(",'=1+1,"), raw);
        assertTrue(raw.contains(",'+7 999,"), raw);
        assertTrue(raw.contains(",'-2,"), raw);
        assertTrue(raw.contains(",'@SUM(A1),"), raw);
        assertTrue(raw.contains(",'\tX,"), raw);
        assertTrue(raw.contains(",\"'\rX\","), "a CR is quoted as well as escaped: " + raw);
        assertTrue(
                raw.contains(",''quoted,"), "an apostrophe of the data gets one more, so one can be stripped: " + raw);
        for (CsvRecord r : CsvReader.parse(raw.substring(1), ',')) {
            for (String cell : r.fields()) {
                assertFalse(
                        !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
                        "line " + r.line() + " has a cell a spreadsheet would run: " + cell);
            }
        }
    }

    @Test
    void cellsHoldingTheSeparatorAQuoteOrALineBreakAreQuotedWithInnerQuotesDoubled() throws IOException {
        String comma = new String(csv(LogFixture.day(RU), ','), StandardCharsets.UTF_8);
        String semicolon = new String(csv(LogFixture.day(RU), ';'), StandardCharsets.UTF_8);

        assertTrue(comma.contains(",\"Мёд, липовый; 250 г\","), comma);
        assertTrue(comma.contains(",\"ORD,17;18\","), comma);
        assertTrue(semicolon.contains(";\"ORD,17;18\";"), semicolon);
        assertTrue(comma.contains(",\"замята этикетка\r\nвторая строка\","), comma);
        assertTrue(comma.contains(",\"ошибка в заказе; клиент \"\"передумал\"\"\","), comma);
        assertTrue(comma.contains(",qr ok; ean13 ok,"), "no quotes where none are needed: " + comma);
        assertTrue(semicolon.contains(";\"qr ok; ean13 ok\";"), semicolon);
    }

    @Test
    void afterTheTableAnEmptyLineThenTheTrailerNamesPeriodCountAndHashes() throws IOException {
        LogExport x = LogFixture.day(RU);
        String text = new String(csv(x, ','), StandardCharsets.UTF_8);
        List<LogEntry> entries = LogFixture.entries();

        String trailer = text.substring(text.indexOf("\r\n\r\n#") + 4);

        assertEquals(
                String.join(
                                "\r\n",
                                "#company,ООО «Ромашка»",
                                "#period,2026-11-24",
                                "#period_to,2026-11-24",
                                "#generated,2026-11-24T18:05:00Z",
                                "#entries,12",
                                "#start_sha256," + LogFixture.START,
                                "#head_sha256,"
                                        + entries.get(entries.size() - 1).hash(),
                                "#chain,intact")
                        + "\r\n",
                trailer);
    }

    @Test
    void aBrokenChainIsNamedWithItsEntryAndWhy() throws IOException {
        LogExport x = LogFixture.export(
                LogFixture.entries(), RU, Optional.of(new ChainCheck.Broken(45, ChainCheck.Break.EDITED, "a", "b")));

        String text = new String(csv(x, ';'), StandardCharsets.UTF_8);

        assertTrue(text.endsWith("#chain;broken at 45: EDITED\r\n"), text);
    }

    @Test
    void englishHeadersAreTheColumnKeys() throws IOException {
        String text = new String(csv(LogFixture.day(Locale.ENGLISH), ','), StandardCharsets.UTF_8);

        assertTrue(
                text.startsWith("\uFEFFseq,time,bench,user,event,label,printer,template,sku,marketplace,order,"
                        + "tracking,sscc,copies,reason,verdict,scan,checks,readback,payload_sha256,prev_hash,hash\r\n"),
                text);
    }

    @Test
    void entriesWalkedPastTheHeadTheExportNamesAreLeftForTheNextExport() throws IOException {
        List<LogEntry> day = LogFixture.entries();
        LogExport snapshot = LogFixture.export(day.subList(0, 10), RU, Optional.empty());
        // The log grew while the file was written: the walk now yields two more entries.
        LogExport x = new LogExport(
                snapshot.company(),
                snapshot.period(),
                snapshot.generatedAt(),
                snapshot.locale(),
                snapshot.summary(),
                snapshot.startHash(),
                snapshot.headHash(),
                snapshot.chain(),
                day::forEach);

        String text = new String(csv(x, ','), StandardCharsets.UTF_8);

        assertTrue(text.contains("#entries,10\r\n"), text);
        assertTrue(text.contains("\r\n" + day.get(9).seq() + ","), text);
        assertFalse(text.contains("\r\n" + day.get(10).seq() + ","), text);
    }

    @Test
    void onlyCommaOrSemicolonSeparates() {
        assertThrows(IllegalArgumentException.class, () -> new CsvLogWriter()
                .write(LogFixture.day(RU), new ByteArrayOutputStream(), '\t'));
    }

    static byte[] csv(LogExport x, char separator) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvLogWriter().write(x, out, separator);
        return out.toByteArray();
    }
}
