package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.i18n.Message;

/** A message quotes at most 80 characters of a value, then an ellipsis and the value's length. */
class HugeValueTest {
    private static final int HUGE = 2_000_000;

    @TempDir
    Path dir;

    @Test
    void aHugeValueInACatalogRowIsQuotedByItsBeginningAndLength() throws Exception {
        String header = Files.readAllLines(TestFiles.sampleFile(dir, "catalog.csv"), StandardCharsets.UTF_8)
                .get(0);
        String gtin = "4".repeat(HUGE);
        Path csv = dir.resolve("huge.csv");
        Files.writeString(
                csv,
                header + "\nPB-HUGE," + gtin + ",Кружка,300,ООО «Ромашка»,Россия,,6912000000,100,100,100,5.00,vk\n");
        CliRun run = CliRun.of(
                "catalog", "import", csv.toString(), "--db", dir.resolve("t.db").toString());
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("4".repeat(80) + "… (" + HUGE + " characters in all)"), head(run.err()));
        assertFalse(run.err().contains("4".repeat(81)), "more than 80 characters of the value were quoted");
        assertTrue(run.err().length() < 2_000, "stderr is " + run.err().length() + " characters: " + head(run.err()));
    }

    @Test
    void aOneLineFileOfMegabytesGivesAShortError() throws Exception {
        Path csv = dir.resolve("one-line.csv");
        Files.writeString(csv, "x".repeat(HUGE));
        CliRun run = CliRun.of(
                "catalog", "import", csv.toString(), "--db", dir.resolve("t.db").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().length() < 5_000, "stderr is " + run.err().length() + " characters: " + head(run.err()));
        assertTrue(run.err().contains("(" + HUGE + " characters in all)"), head(run.err()));
    }

    @Test
    void theExcerptIsInTheReadersLanguageAndShortValuesAreWhole() {
        Locale ru = Locale.forLanguageTag("ru");
        String longSku = "Ж".repeat(100);
        String said = Message.of("sku.notFound", longSku).in(ru);
        assertTrue(said.contains("Ж".repeat(80) + "… (всего символов: 100)"), said);
        assertFalse(said.contains("Ж".repeat(81)), said);
        String shortSku = "Ж".repeat(80);
        assertTrue(
                Message.of("sku.notFound", shortSku).in(ru).contains(shortSku + ""), "80 characters are quoted whole");
        assertFalse(Message.of("sku.notFound", shortSku).in(ru).contains("…"));
    }

    @Test
    void listsOfChoicesThatTheProgramComposedAreQuotedWhole() {
        CliRun setting = CliRun.of(
                "config", "set", "nonsense", "1", "--db", dir.resolve("t.db").toString());
        assertEquals(1, setting.exit());
        assertTrue(
                setting.err().strip().endsWith("security.supervisor-minutes"),
                "the whole list of settings: " + setting.err());
        assertFalse(setting.err().contains("…"), setting.err());
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                dir.resolve("t.db").toString())
                        .exit());
        CliRun template = CliRun.of(
                "label",
                "render",
                "--sku",
                "PB-7-001",
                "--template",
                "nope",
                "--order",
                "X",
                "--tracking",
                "RU000000001VK",
                "--format",
                "zpl",
                "--out",
                dir.resolve("x.zpl").toString(),
                "--db",
                dir.resolve("t.db").toString());
        assertEquals(1, template.exit());
        assertTrue(
                template.err().contains("vk-product-58x40") && template.err().contains("vk-shipping-100x150"),
                "every template is named: " + template.err());
    }

    private static String head(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
