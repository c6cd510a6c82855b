package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.ui.model.UiText;
import org.packbench.verify.dispatch.Verdict;

/** {@code verify scan}: a QR must agree with its label in every field, or the parcel does not ship. */
class ForgedQrCliTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void twoLabels() {
        db = dir.resolve("dispatch.db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());
        assertEquals(
                0,
                CliRun.of("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-10-01", "--db", db)
                        .exit());
        // Two VK products (PB-7-001 and PB-7-003): an Ozon product gets no VK label.
        for (String n : new String[] {"1", "2"}) {
            String sku = "1".equals(n) ? "PB-7-001" : "PB-7-003";
            CliRun r = CliRun.of(
                    "label",
                    "render",
                    "--sku",
                    sku,
                    "--template",
                    "vk-product-58x40",
                    "--order",
                    "VK-" + n,
                    "--tracking",
                    "RU00000000" + n + "VK",
                    "--format",
                    "zpl",
                    "--out",
                    dir.resolve(n + ".zpl").toString(),
                    "--db",
                    db);
            assertEquals(0, r.exit(), r.err());
        }
    }

    @Test
    void aQrNamingLabelTwoWithOtherFieldsIsRefusedAndLogged() throws Exception {
        CliRun run =
                CliRun.of("verify", "scan", "PB1|vk|VK-0000|RU999999999VK|PB-7-040|DAC000000000|L00000002", "--db", db);
        assertEquals(1, run.exit(), run.out());
        assertTrue(
                run.out()
                        .startsWith("PAYLOAD_MISMATCH: the QR data do not match label L00000002: order is \"VK-0000\""),
                run.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet rs = c.createStatement().executeQuery("SELECT verdict, label_id FROM scan")) {
            assertTrue(rs.next(), "the scan is logged");
            assertEquals("payload_mismatch", rs.getString(1));
            assertEquals(2, rs.getLong(2));
        }
        CliRun genuine =
                CliRun.of("verify", "scan", "PB1|vk|VK-2|RU000000002VK|PB-7-003|DAC7Q2M9XK4P|L00000002", "--db", db);
        assertEquals(0, genuine.exit(), genuine.out());
        assertEquals(
                "OK: label L00000002, order VK-2, tracking RU000000002VK",
                genuine.out().strip(),
                "said once: OK");
    }

    @Test
    void anUnknownCodeSaysUnknownOnce() {
        CliRun run = CliRun.of("verify", "scan", "RU123123123VK", "--db", db);
        assertEquals(1, run.exit());
        assertTrue(run.out().startsWith("UNKNOWN: no printed label matches \"RU123123123VK\""), run.out());
    }

    @Test
    void everyVerdictHasAScreenTitleInBothLanguages() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru")}) {
            UiText text = new UiText(l);
            for (Verdict v : Verdict.values()) {
                String title = text.get("dispatch.verdict." + v.code());
                assertTrue(!title.startsWith("[") && !title.isBlank(), v + " in " + l + ": " + title);
            }
        }
        assertEquals(
                "ДАННЫЕ QR НЕ СОВПАДАЮТ",
                new UiText(Locale.forLanguageTag("ru")).get("dispatch.verdict.payload_mismatch"));
    }
}
