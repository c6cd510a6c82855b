package org.packbench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.packbench.TestFiles;
import org.packbench.i18n.ProblemException;

/** A catalog is UTF-8 or Windows-1251 throughout; a file of both is refused where they part, never garbled. */
class MixedEncodingTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    /** The sample's lines as bytes, with line {@code n} (1-based) re-encoded in {@code charset}. */
    private static byte[] withLineIn(String sample, java.nio.charset.Charset from, int n, java.nio.charset.Charset to) {
        String text = new String(TestFiles.sample(sample), from);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i).getBytes(i == n - 1 ? to : from));
            if (i < lines.size() - 1) {
                out.write('\n');
            }
        }
        return out.toByteArray();
    }

    private static long offsetOfLine(byte[] bytes, int line) {
        int seen = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (seen == line) {
                return i;
            }
            if (bytes[i] == '\n') {
                seen++;
            }
        }
        throw new IllegalArgumentException("no line " + line);
    }

    @Test
    void aUtf8CatalogWithOneWindows1251RowIsRefusedNamingTheLineAndByte() {
        byte[] file = withLineIn("catalog.csv", StandardCharsets.UTF_8, 5, CatalogText.WINDOWS_1251);
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogText.decode(file));
        assertEquals("catalog.encoding.notUtf8", e.problem().key());
        assertEquals(5, e.problem().args().get(0), "the line");
        long offset = (long) e.problem().args().get(1);
        assertTrue(
                offset >= offsetOfLine(file, 5) && offset < offsetOfLine(file, 6), "the byte is on line 5: " + offset);
        assertTrue((file[(int) offset] & 0xFF) >= 0x80, "the offset points at the first byte that is not UTF-8");
        String said = e.problem().english();
        assertTrue(said.startsWith("line 5, byte offset " + offset + ": the bytes "), said);
        assertTrue(
                said.endsWith("save the whole file as UTF-8 (in Excel: CSV UTF-8) or the whole file as Windows-1251"),
                said);
        assertTrue(
                e.problem().in(RU).contains("сохраните весь файл в UTF-8"),
                e.problem().in(RU));
    }

    @Test
    void oneInvalidByteInAUtf8CatalogIsRefused() {
        byte[] utf8 = TestFiles.sample("catalog.csv");
        byte[] damaged = utf8.clone();
        int at = (int) offsetOfLine(utf8, 12) + 3;
        damaged[at] = (byte) 0xFF;
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogText.decode(damaged));
        assertEquals(
                List.of(12, (long) at, "FF"),
                List.of(
                        e.problem().args().get(0),
                        e.problem().args().get(1),
                        e.problem().args().get(2).toString().substring(0, 2)));
    }

    @Test
    void aWindows1251CatalogWithOneUtf8RowIsRefusedNamingThatRow() {
        byte[] file = withLineIn("catalog-excel-cp1251.csv", CatalogText.WINDOWS_1251, 4, StandardCharsets.UTF_8);
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogText.decode(file));
        assertEquals("catalog.encoding.utf8Line", e.problem().key());
        assertEquals(4, e.problem().args().get(0));
    }

    @Test
    void aUtf8FileWithAByteOrderMarkAndABadByteIsRefusedToo() {
        byte[] utf8 = TestFiles.sample("catalog.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(utf8);
        byte[] file = out.toByteArray();
        file[(int) offsetOfLine(file, 3) + 1] = (byte) 0xC3;
        ProblemException e = assertThrows(ProblemException.class, () -> CatalogText.decode(file));
        assertEquals("catalog.encoding.notUtf8", e.problem().key());
        assertEquals(3, e.problem().args().get(0));
    }

    @Test
    void theWholeWindows1251SampleStillReadsAsWindows1251() {
        CatalogText text = CatalogText.decode(TestFiles.sample("catalog-excel-cp1251.csv"));
        assertEquals(CatalogText.WINDOWS_1251, text.charset());
        assertTrue(text.text().contains("Кружка") || text.text().contains("Защитное стекло"), "Cyrillic read right");
        assertFalse(text.text().contains("\uFFFD"));
    }

    @Test
    void windows1251CapitalsBeforeGuillemetsThatLookLikeUtf8PairsStayWindows1251() {
        // "ЧАЙ «ЛУЧ»" in Windows-1251: Ч then » (D7 BB) is also a well-formed UTF-8 pair.
        String csv = "sku;name_ru\nA-1;ЧАЙ «ЛУЧ»\nA-2;Кофе «ЗЁРНА»\n";
        CatalogText text = CatalogText.decode(csv.getBytes(CatalogText.WINDOWS_1251));
        assertEquals(CatalogText.WINDOWS_1251, text.charset());
        assertEquals(csv, text.text());
    }

    @Test
    void theCatalogReaderReportsTheMixUpAsAProblemOfTheFileAndReadsNoRow() {
        byte[] file = withLineIn("catalog.csv", StandardCharsets.UTF_8, 7, CatalogText.WINDOWS_1251);
        CatalogReading reading = new CatalogReader(List.of()).read(file);
        assertTrue(reading.validRows().isEmpty(), "no garbled name gets through");
        assertEquals(1, reading.errors().size());
        assertTrue(
                reading.errors().get(0).in(Locale.ENGLISH).startsWith("line 7, byte offset "),
                "said once, not 'line 0: line 7': " + reading.errors().get(0).in(Locale.ENGLISH));
    }
}
