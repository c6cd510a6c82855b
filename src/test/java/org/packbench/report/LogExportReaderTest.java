package org.packbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/** A file that is not a label-log export is refused with what is wrong and what to give instead. */
class LogExportReaderTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;

    @Test
    void aFileOfAnotherKindIsRefusedByItsName() throws IOException {
        Path txt = Files.writeString(dir.resolve("log.txt"), "seq,time\r\n");

        ProblemException e = assertThrows(ProblemException.class, () -> LogExportReader.read(txt));

        assertProblem(e, "export.unreadable.extension");
        assertTrue(
                e.in(Locale.ENGLISH)
                        .startsWith(
                                "log.txt cannot be read as a PackBench label log: its name does not"
                                        + " end in .csv, .xlsx or .pdf. Give a CSV, XLSX or PDF label log exported by PackBench"),
                e.in(Locale.ENGLISH));
        assertTrue(
                e.in(RU).contains("Укажите журнал этикеток в CSV, XLSX или PDF, выгруженный из PackBench"), e.in(RU));
    }

    @Test
    void randomBytesUnderAWorkbookOrPdfNameAreRefusedAsDamaged() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);

        for (String name : new String[] {"log.xlsx", "log.pdf", "log.csv"}) {
            Path file = Files.write(dir.resolve(name), noise);
            ProblemException e = assertThrows(ProblemException.class, () -> LogExportReader.read(file), name);
            assertProblem(e, "export.unreadable.damaged");
        }
    }

    @Test
    void aPdfThatIsNotALabelLogSaysWhatIsMissing() throws IOException {
        Path pdf = dir.resolve("other.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(pdf.toFile());
        }

        ProblemException e = assertThrows(ProblemException.class, () -> LogExportReader.read(pdf));

        assertProblem(e, "export.unreadable.missing");
    }

    @Test
    void aCsvCutShortBeforeItsTrailerIsRefused() throws IOException {
        String csv = new String(CsvLogWriterTest.csv(LogFixture.day(RU), ','), StandardCharsets.UTF_8);
        Path cut = Files.writeString(dir.resolve("cut.csv"), csv.substring(0, csv.indexOf("\r\n\r\n#") + 2));

        ProblemException e = assertThrows(ProblemException.class, () -> LogExportReader.read(cut));

        assertProblem(e, "export.unreadable.missing");
    }

    @Test
    void aCsvWithARowRemovedDisagreesWithItsOwnCount() throws IOException {
        String csv = new String(CsvLogWriterTest.csv(LogFixture.day(RU), ','), StandardCharsets.UTF_8);
        int row = csv.indexOf("\r\n43,") + 2;
        Path edited = Files.writeString(
                dir.resolve("edited.csv"), csv.substring(0, row) + csv.substring(csv.indexOf("\r\n", row) + 2));

        ProblemException e = assertThrows(ProblemException.class, () -> LogExportReader.read(edited));

        assertProblem(e, "export.unreadable.count");
        assertTrue(e.in(Locale.ENGLISH).contains("it states 12 entries but holds 11 rows"), e.in(Locale.ENGLISH));
    }

    @Test
    void aCatalogCsvIsNotALabelLog() throws IOException {
        Path catalog = Files.writeString(dir.resolve("catalog.csv"), "sku,gtin,name_ru\r\nA1,4607002977277,Чай\r\n");

        ProblemException e = assertThrows(ProblemException.class, () -> LogExportReader.read(catalog));

        assertProblem(e, "export.unreadable.columns");
    }

    @Test
    void aCsvWithItsColumnsInAnotherOrderIsRefusedByTheFirstThatDiffers() throws IOException {
        String csv = new String(CsvLogWriterTest.csv(LogFixture.day(Locale.ENGLISH), ','), StandardCharsets.UTF_8);
        Path swapped = Files.writeString(
                dir.resolve("swapped.csv"), csv.replaceFirst("seq,time,bench,user", "seq,time,user,bench"));

        ProblemException e = assertThrows(ProblemException.class, () -> LogExportReader.read(swapped));

        assertProblem(e, "export.unreadable.column");
        assertTrue(
                e.in(Locale.ENGLISH)
                        .contains("column 3 is headed \"user\" where a label log has \"bench\" or"
                                + " \"Рабочее место\""),
                e.in(Locale.ENGLISH));
    }

    @Test
    void theExtensionIsMatchedWhateverItsCase() throws IOException {
        Path upper = Files.write(dir.resolve("LOG.CSV"), CsvLogWriterTest.csv(LogFixture.day(RU), ';'));

        assertEquals(12, LogExportReader.read(upper).entries());
    }

    private static void assertProblem(ProblemException e, String detailKey) {
        assertEquals("export.unreadable", e.problem().key());
        Message detail = (Message) e.problem().args().get(1);
        assertEquals(detailKey, detail.key(), e.getMessage());
    }
}
