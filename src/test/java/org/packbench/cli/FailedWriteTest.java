package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;

/**
 * Issue 19, item 2: issuing a label and writing its file succeed or fail together. A write that
 * fails leaves no live label, no log entry and no SSCC used up, and the retry issues the label once.
 */
class FailedWriteTest {
    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void bench() {
        db = dir.resolve("w.db").toString();
        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());
        CliRun.addDacsForBothClocks(java.util.Map.of(), db);
        assertEquals(
                0,
                CliRun.of("config", "set", "gs1.company-prefix", "4607123", "--db", db)
                        .exit());
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private CliRun render(String out) {
        return CliRun.of(
                "label",
                "render",
                "--sku",
                "PB-7-001",
                "--template",
                "vk-product-58x40",
                "--order",
                "VK-1",
                "--tracking",
                "RU100000001VK",
                "--format",
                "zpl",
                "--out",
                out,
                "--db",
                db);
    }

    @Test
    void aLabelWhoseFileCannotBeWrittenIsNotIssuedAndTheRetryIssuesItOnce() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full (Linux) makes every write fail with a full disk");
        CliRun full = render("/dev/full");
        assertEquals(1, full.exit(), full.err());
        assertTrue(full.err().contains("/dev/full"), full.err());
        assertEquals(0, count("SELECT COUNT(*) FROM label"), "no label left issued");
        assertEquals(0, count("SELECT COUNT(*) FROM log_entry"), "and none logged as rendered");
        assertFalse(Files.isRegularFile(Path.of("/dev/full")), "the device is still a device");

        Path good = dir.resolve("l.zpl");
        CliRun retry = render(good.toString());
        assertEquals(0, retry.exit(), retry.err());
        assertTrue(retry.out().contains("L00000001"), retry.out());
        assertEquals(1, count("SELECT COUNT(*) FROM label WHERE status = 'issued'"));
    }

    @Test
    void aLogisticLabelWhoseFileCannotBeWrittenUsesNoSscc() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")));
        CliRun full = CliRun.of(
                "label",
                "logistic",
                "--content",
                "(02)04607002977277(37)12",
                "--format",
                "zpl",
                "--out",
                "/dev/full",
                "--db",
                db);
        assertEquals(1, full.exit(), full.err());
        assertEquals(0, count("SELECT COUNT(*) FROM sscc"), "no SSCC burnt");
        assertEquals(0, count("SELECT COUNT(*) FROM label"));
    }

    @Test
    void aDeviceSuchAsDevNullIsWrittenThroughNotReplaced() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        CliRun run = render("/dev/null");
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still the device");
    }
}
