package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.store.PostgresCluster;

/**
 * {@code db copy}: a bench's SQLite history moved into a warehouse's empty PostgreSQL database, and
 * the bench carried on there from the command line: the chain still verifies, a parcel labelled
 * before the move still has its one live label, and the SSCCs go on from where they were.
 */
class DbCopyCliTest {
    @TempDir
    Path dir;

    private String file;
    private String server;
    private Map<String, String> env;

    @BeforeEach
    void benchWithHistory() throws Exception {
        PostgresCluster cluster = PostgresCluster.shared();
        server = cluster.url(cluster.newDatabase());
        env = new HashMap<>(cluster.environment());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        file = dir.resolve("bench.db").toString();
        assertOk(CliRun.of(
                "catalog", "import", TestFiles.sampleFile(dir, "catalog.csv").toString(), "--db", file));
        assertOk(CliRun.of("dac", "add", "DAC7Q2M9XK4P", "--issued", "2026-11-01", "--db", file));
        assertOk(CliRun.of("config", "set", "gs1.company-prefix", "4607123", "--db", file));
        for (int i = 1; i <= 3; i++) {
            assertOk(CliRun.of(
                    "label",
                    "render",
                    "--sku",
                    "PB-7-001",
                    "--template",
                    "vk-product-58x40",
                    "--order",
                    "VK-" + i,
                    "--tracking",
                    "RU10000000" + i + "VK",
                    "--format",
                    "zpl",
                    "--out",
                    dir.resolve("l" + i + ".zpl").toString(),
                    "--db",
                    file));
        }
        assertOk(CliRun.of("sscc", "next", "--count", "5", "--db", file));
    }

    @Test
    void theHistoryMovesWithItsChainAndTheBenchGoesOnThere() throws Exception {
        CliRun copy = CliRun.withEnv(env, "db", "copy", "--from", file, "--to", server, "--json");
        assertOk(copy);
        JsonNode out = new ObjectMapper().readTree(copy.out());
        assertTrue(out.get("chainIntact").asBoolean());
        assertEquals(3, out.get("rows").get("label").asLong());
        assertEquals(40, out.get("rows").get("sku").asLong());
        assertTrue(out.get("rows").get("log_entry").asLong() >= 3);
        assertFalse(copy.out().contains(env.get("PGPASSWORD")), "no password in the output");

        assertOk(CliRun.withEnv(env, "log", "verify", "--db", server));
        CliRun again = CliRun.withEnv(
                env,
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
                dir.resolve("again.zpl").toString(),
                "--db",
                server);
        assertEquals(1, again.exit(), "VK-1 has its live label since before the move: " + again.out());
        CliRun next = CliRun.withEnv(env, "sscc", "next", "--db", server);
        assertOk(next);
        String sscc = next.out().strip();
        // Extension digit, the company prefix 4607123, the serial, the check digit.
        assertEquals(
                6,
                Long.parseLong(sscc.substring(8, 17)),
                "the sixth SSCC follows the five given before the move: " + sscc);
        assertOk(CliRun.withEnv(
                env,
                "label",
                "render",
                "--sku",
                "PB-7-003",
                "--template",
                "vk-product-58x40",
                "--order",
                "VK-4",
                "--tracking",
                "RU100000004VK",
                "--format",
                "zpl",
                "--out",
                dir.resolve("l4.zpl").toString(),
                "--db",
                server));
        assertOk(CliRun.withEnv(env, "log", "verify", "--db", server));
    }

    @Test
    void whileTheServerIsAwayNothingIsIssuedAndNothingIsLost() {
        assertOk(CliRun.withEnv(env, "db", "copy", "--from", file, "--to", server));
        PostgresCluster cluster = PostgresCluster.shared();
        cluster.stop();
        try {
            CliRun away = CliRun.withEnv(env, "sscc", "next", "--db", server);
            assertEquals(1, away.exit(), away.out());
            assertTrue(away.err().startsWith("error: ") && away.err().contains("cannot be reached"), away.err());
        } finally {
            cluster.start();
        }
        CliRun back = CliRun.withEnv(env, "sscc", "next", "--db", server);
        assertOk(back);
        assertEquals(
                6, Long.parseLong(back.out().strip().substring(8, 17)), "no serial used while the server was away");
    }

    /** A garbled scan kept with a NUL byte by an older bench cannot go to PostgreSQL: named, and nothing copied. */
    @Test
    void aScanWithANulByteIsNamedAndNothingIsCopied() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.PreparedStatement p = c.prepareStatement(
                        "INSERT INTO scan (scanned_at, bench, data, verdict) VALUES ('2026-11-25T10:00:00Z', 'b', ?, 'unknown')")) {
            p.setString(1, "RU1\u0000garbage");
            p.executeUpdate();
        }
        CliRun copy = CliRun.withEnv(env, "db", "copy", "--from", file, "--to", server);
        assertEquals(1, copy.exit(), copy.out());
        assertTrue(
                copy.err().startsWith("error: ") && copy.err().contains("scan.data holds a NUL character"), copy.err());
        CliRun empty = CliRun.withEnv(env, "catalog", "list", "--db", server);
        assertEquals("", empty.out().strip(), "nothing was copied");
    }

    @Test
    void aDatabaseWithRecordsIsNotCopiedInto() {
        assertOk(CliRun.withEnv(env, "db", "copy", "--from", file, "--to", server));
        CliRun twice = CliRun.withEnv(env, "db", "copy", "--from", file, "--to", server);
        assertEquals(1, twice.exit());
        assertTrue(twice.err().startsWith("error: ") && twice.err().contains("holds records already"), twice.err());
    }

    @Test
    void aPasswordInTheAddressIsRefusedAndNotRepeated() {
        String withPassword = server.replace("?user=packbench", "?user=packbench&password=hunter2");
        CliRun run = CliRun.withEnv(env, "log", "verify", "--db", withPassword);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("PGPASSWORD"), run.err());
        assertFalse(run.err().contains("hunter2"), run.err());
    }

    private static void assertOk(CliRun run) {
        assertEquals(0, run.exit(), run.err() + run.out());
    }

    static boolean exists(Path p) {
        return Files.exists(p);
    }
}
