package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.marking.MarkingCodeReader;
import org.packbench.store.Database;
import org.packbench.store.SqliteMarkingRecords;

/** {@code marks check}: the verdict on one scanned marking code, as a script gets it. */
class MarksCliTest {
    /** PB-7-002's GTIN-13 4607310980273 as the GTIN-14 of its DataMatrix. */
    private static final String CODE =
            "]d2010460731098027321Qx7mP2vLc9Tz4\u001D91EE07\u001D92" + "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void catalog() throws Exception {
        db = dir.resolve("bench.db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());
    }

    @Test
    void aGoodCodeOfTheProductIsReadElementByElement() throws Exception {
        CliRun r = CliRun.of("marks", "check", CODE, "--sku", "PB-7-002", "--json", "--db", db);
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("04607310980273", j.get("gtin").asText());
        assertEquals("Qx7mP2vLc9Tz4", j.get("serial").asText());
        assertEquals("long", j.get("form").asText());
        assertEquals(
                "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ",
                j.get("crypto_tail").asText());
    }

    @Test
    void aCodeTypedUnderTheRussianLayoutWithAStandInIsTheSameCode() throws Exception {
        assertEquals(
                0,
                CliRun.of("config", "set", "scanner.gs-stand-in", "<GS>", "--db", db)
                        .exit());
        // The keys of "Qx7mP2vLc9Tz4" under ЙЦУКЕН; digits and the stand-in's keys as US gives them.
        String typed = CODE.substring(3).replace("\u001D", "<GS>");
        String russian = typedUnderRussian(typed);
        CliRun r = CliRun.of("marks", "check", russian, "--sku", "4607310980273", "--json", "--db", db);
        assertEquals(0, r.exit(), russian + "\n" + r.err());
        assertEquals(
                "Qx7mP2vLc9Tz4",
                new ObjectMapper().readTree(r.out()).get("serial").asText());
    }

    @Test
    void anotherProductsCodeAndAUsedCodeAreRefusedInWords() throws Exception {
        CliRun wrong = CliRun.of("marks", "check", CODE, "--sku", "PB-7-001", "--db", db);
        assertEquals(1, wrong.exit());
        assertTrue(wrong.err().contains("is not that of PB-7-001"), wrong.err());

        try (Database d = Database.open(Path.of(db))) {
            new SqliteMarkingRecords(d)
                    .record(
                            MarkingCodeReader.read(CODE, Optional.empty()),
                            "12345678-0001-1",
                            Instant.parse("2026-11-25T09:00:00Z"),
                            "bench-2");
        }
        CliRun used = CliRun.of("marks", "check", CODE, "--json", "--db", db);
        assertEquals(1, used.exit());
        assertTrue(used.err().contains("already used on order 12345678-0001-1"), used.err());
        assertEquals(
                "marks.used",
                new ObjectMapper().readTree(used.out()).get("reason").asText());
    }

    @Test
    void aDaysUsedCodesAreExportedForWithdrawalInCsvAndXlsx() throws Exception {
        assertEquals(
                0,
                CliRun.of("config", "set", "company.name", "ООО «Ромашка»", "--db", db)
                        .exit());
        try (Database d = Database.open(Path.of(db))) {
            SqliteMarkingRecords records = new SqliteMarkingRecords(d);
            records.record(
                    MarkingCodeReader.read(CODE, Optional.empty()),
                    "12345678-0001-1",
                    1,
                    Instant.parse("2026-11-25T08:00:00Z"),
                    "b1");
            records.record(
                    MarkingCodeReader.read("010460731098027321=ABC\u001D93dGVz", Optional.empty()),
                    "12345678-0002-1",
                    Instant.parse("2026-11-25T23:59:59Z"),
                    "b2");
            records.record(
                    MarkingCodeReader.read("010460731098027321NEXTDAY\u001D93dGVz", Optional.empty()),
                    "12345678-0003-1",
                    Instant.parse("2026-11-26T00:00:00Z"),
                    "b1");
        }
        Path out = dir.resolve("exports");
        java.nio.file.Files.createDirectories(out);
        CliRun r = CliRun.of(
                "marks", "export", "--date", "2026-11-25", "--format", "csv,xlsx", "--out", out.toString(), "--db", db);
        assertEquals(0, r.exit(), r.err());
        Path csv = out.resolve("OOO-Romashka_MarkingCodes_2026-11-25.csv");
        Path xlsx = out.resolve("OOO-Romashka_MarkingCodes_2026-11-25.xlsx");
        assertEquals(csv + "\n" + xlsx, r.out().strip().replace("\r", ""));
        java.util.List<String> lines = java.nio.file.Files.readAllLines(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), "a header and the day's two codes: " + lines);
        assertEquals("\uFEFFcode,gtin,serial,order,line,used_at,bench", lines.get(0));
        assertEquals(
                "0104607310980273"
                        + "21Qx7mP2vLc9Tz4,04607310980273,Qx7mP2vLc9Tz4,12345678-0001-1,1,2026-11-25 08:00:00,b1",
                lines.get(1),
                "the order line the item was counted on");
        assertEquals(
                "010460731098027321=ABC,04607310980273,'=ABC,12345678-0002-1,,2026-11-25 23:59:59,b2",
                lines.get(2),
                "a serial that would be a formula is shown, never run");
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(xlsx);
                org.dhatim.fastexcel.reader.ReadableWorkbook wb =
                        new org.dhatim.fastexcel.reader.ReadableWorkbook(in)) {
            java.util.List<org.dhatim.fastexcel.reader.Row> rows =
                    wb.getFirstSheet().read();
            assertEquals(3, rows.size());
            assertEquals("04607310980273", rows.get(1).getCellText(1), "the GTIN keeps its leading zero");
            assertEquals("=ABC", rows.get(2).getCellText(2), "a text cell, never a formula");
        }
        assertTrue(r.err().contains("2 marking code(s) used on 2026-11-25"), r.err());
    }

    @Test
    void aPlainDataMatrixIsNotAMarkingCode() {
        CliRun r = CliRun.of("marks", "check", "]d1" + CODE.substring(3), "--db", db);
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("error: this is a plain DataMatrix"), r.err());
    }

    /** What a wedge scanner's key presses give with the bench's layout on ЙЦУКЕН (the same keys as US QWERTY). */
    private static String typedUnderRussian(String us) {
        String usKeys = "`qwertyuiop[]asdfghjkl;'zxcvbnm,./~QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>?";
        String ruKeys = "ёйцукенгшщзхъфывапролджэячсмитьбю.ЁЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮ,";
        StringBuilder b = new StringBuilder();
        for (char c : us.toCharArray()) {
            int k = usKeys.indexOf(c);
            b.append(k < 0 ? c : ruKeys.charAt(k));
        }
        return b.toString();
    }
}
