package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;

/** What catalog import says about files it cannot take: each thing once, in words that fit the case. */
class ImportWordsCliTest {
    @TempDir
    Path dir;

    private String header() throws Exception {
        return Files.readAllLines(TestFiles.sampleFile(dir, "catalog.csv"), StandardCharsets.UTF_8)
                .get(0);
    }

    private CliRun importing(Path csv, String... more) {
        String[] base = {
            "catalog", "import", csv.toString(), "--db", dir.resolve("t.db").toString()
        };
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }

    @Test
    void aHeaderWithoutRowsIsRefusedAsNothingToImport() throws Exception {
        Path csv = Files.writeString(dir.resolve("header-only.csv"), header() + "\n");
        CliRun run = importing(csv);
        assertEquals(1, run.exit(), "nothing imported is not a success: " + run.out());
        assertTrue(
                run.err().contains("error: the file has a header line but no rows of SKUs under it; nothing to import"),
                run.err());
        assertEquals(
                "nothing was written: the file cannot be imported until the errors above are fixed",
                run.out().strip());
    }

    @Test
    void missingColumnsAreNotCountedAsRejectedRows() throws Exception {
        Path csv = Files.writeString(dir.resolve("short-header.csv"), "sku,gtin,name_ru\nA-1,4607002977277,Кружка\n");
        CliRun run = importing(csv, "--json");
        assertEquals(1, run.exit());
        assertFalse(run.err().contains(" of 0 rows") || run.err().contains("1 of 1 rows"), run.err());
        assertTrue(run.err().contains("the file cannot be imported until the errors above are fixed"), run.err());
        assertTrue(run.out().contains("\"rejected\" : 0"), "the header line is not a row: " + run.out());
    }

    @Test
    void anUnclosedQuoteNamesItsLineOnce() throws Exception {
        Path csv = Files.writeString(dir.resolve("quote.csv"), header() + "\n\"PB-1,4607002977277\n");
        CliRun run = importing(csv);
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("error: line 2: a quoted value is never closed"), run.err());
        assertFalse(run.err().contains("line 0"), run.err());
    }

    @Test
    void aMissingFileSaysWhyNotTheNameTwice() {
        Path missing = dir.resolve("nowhere.csv");
        CliRun run = importing(missing);
        assertEquals(1, run.exit());
        assertEquals(
                "error: cannot read " + missing + ": no such file or folder",
                run.err().strip());
    }

    @Test
    void skippingInvalidRowsWhenAllAreInvalidDoesNotAdviseSkipping() throws Exception {
        Path csv = Files.writeString(
                dir.resolve("bad.csv"),
                header() + "\nB-1,123,Кружка,300,ООО «Ромашка»,Россия,,6912000000,100,100,100,5.00,vk\n");
        CliRun run = importing(csv, "--skip-invalid");
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith("nothing was written: all 1 rows have errors; fix them"), run.out());
        assertFalse(run.out().contains("--skip-invalid"), run.out());
    }

    @Test
    void aMixedEncodingFileIsRefusedThroughTheCommandLine() throws Exception {
        String utf8 = new String(TestFiles.sample("catalog.csv"), StandardCharsets.UTF_8);
        String[] lines = utf8.split("\n", -1);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < lines.length; i++) {
            bytes.writeBytes(lines[i].getBytes(
                    i == 2 ? java.nio.charset.Charset.forName("windows-1251") : StandardCharsets.UTF_8));
            if (i < lines.length - 1) {
                bytes.write('\n');
            }
        }
        Path csv = Files.write(dir.resolve("mixed.csv"), bytes.toByteArray());
        CliRun run = importing(csv);
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("error: line 3, byte offset "), run.err());
        assertEquals(
                0,
                CliRun.of("catalog", "list", "--db", dir.resolve("t.db").toString())
                        .out()
                        .length(),
                "nothing was written");
        CliRun cp1251 = importing(TestFiles.sampleFile(dir, "catalog-excel-cp1251.csv"));
        assertEquals(0, cp1251.exit(), cp1251.err());
        assertTrue(cp1251.out().contains("windows-1251"), cp1251.out());
    }

    @Test
    void checkingTheLogAgainstAMissingExportSaysItIsMissing() {
        Path missing = dir.resolve("Company_LabelLog_2026-11-25.csv");
        CliRun run = CliRun.of(
                "log",
                "verify",
                "--against",
                missing.toString(),
                "--db",
                dir.resolve("t.db").toString());
        assertEquals(1, run.exit());
        assertEquals(
                "error: cannot read " + missing + ": no such file or folder",
                run.err().strip());
    }
}
