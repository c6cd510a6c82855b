package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marketplace add|list|remove} as a supervisor's script runs them: the key read from a file,
 * never shown again but for its last four characters, and not readable in the database file.
 */
class MarketplaceCliTest {
    private static final String KEY = "b5c1e7a0-1d2f-4e9a-8c7b-0123456789ab";
    private static final String TOKEN = "vk1.a.QWERTYUIOPasdfghjklZXCVBNM1234567890";

    @TempDir
    Path dir;

    private String db;
    private Path keyFile;
    private Path tokenFile;

    @BeforeEach
    void files() throws Exception {
        db = dir.resolve("bench.db").toString();
        keyFile = dir.resolve("ozon.key");
        tokenFile = dir.resolve("vk.token");
        Files.writeString(keyFile, KEY + "\n");
        Files.writeString(tokenFile, TOKEN);
    }

    @Test
    void anAccountIsAddedFromAKeyFileAndListedWithItsSecretMasked() throws Exception {
        CliRun added = CliRun.of(
                "marketplace",
                "add",
                "ozon",
                "--client-id",
                "123456",
                "--api-key-file",
                keyFile.toString(),
                "--db",
                db);
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().contains("****89ab"), added.out());
        CliRun vk = CliRun.of(
                "marketplace",
                "add",
                "vk",
                "--group-id",
                "229876543",
                "--token-file",
                tokenFile.toString(),
                "--base-url",
                "http://127.0.0.1:9/",
                "--db",
                db);
        assertEquals(0, vk.exit(), vk.err());

        CliRun list = CliRun.of("marketplace", "list", "--json", "--db", db);
        assertEquals(0, list.exit(), list.err());
        JsonNode accounts = new ObjectMapper().readTree(list.out());
        assertEquals(2, accounts.size());
        assertEquals("ozon", accounts.get(0).get("name").asText());
        assertEquals("123456", accounts.get(0).get("client_id").asText());
        assertEquals(
                "https://api-seller.ozon.ru", accounts.get(0).get("base_url").asText());
        assertEquals("****89ab", accounts.get(0).get("secret").asText());
        assertEquals("http://127.0.0.1:9", accounts.get(1).get("base_url").asText());
        assertEquals("****7890", accounts.get(1).get("secret").asText());
        for (CliRun r : new CliRun[] {added, vk, list, CliRun.of("marketplace", "list", "--db", db)}) {
            assertFalse(r.out().contains(KEY) || r.err().contains(KEY), "no key in any output");
            assertFalse(r.out().contains(TOKEN) || r.err().contains(TOKEN), "no token in any output");
        }
    }

    @Test
    void theDatabaseFileAloneDoesNotGiveTheSecretsAway() throws Exception {
        assertEquals(
                0,
                CliRun.of(
                                "marketplace",
                                "add",
                                "ozon",
                                "--client-id",
                                "1",
                                "--api-key-file",
                                keyFile.toString(),
                                "--db",
                                db)
                        .exit());
        for (Path f : new Path[] {Path.of(db), Path.of(db + "-wal")}) {
            if (Files.exists(f)) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(KEY), f + " holds the key in plain text");
                assertFalse(bytes.contains(KEY.substring(0, 12)), f + " holds part of the key");
            }
        }
    }

    @Test
    void badInputIsRefusedNamingWhatIsWrong() throws Exception {
        Path empty = dir.resolve("empty.key");
        Files.writeString(empty, "\n");
        Path spaced = dir.resolve("spaced.key");
        Files.writeString(spaced, "two words");
        Map<String[], String> cases = Map.of(
                new String[] {"ozon", "--client-id", "12a", "--api-key-file", keyFile.toString()},
                "Client-Id \"12a\"",
                new String[] {"ozon", "--client-id", "1", "--api-key-file", empty.toString()},
                "holds 0 characters",
                new String[] {"ozon", "--client-id", "1", "--api-key-file", spaced.toString()},
                "without spaces",
                new String[] {
                    "ozon",
                    "--client-id",
                    "1",
                    "--api-key-file",
                    keyFile.toString(),
                    "--base-url",
                    "http://seller.example/"
                },
                "plain http only to 127.0.0.1",
                new String[] {
                    "vk",
                    "--group-id",
                    "1",
                    "--token-file",
                    dir.resolve("missing").toString()
                },
                "missing");
        for (Map.Entry<String[], String> c : cases.entrySet()) {
            String[] args = new String[c.getKey().length + 4];
            args[0] = "marketplace";
            args[1] = "add";
            System.arraycopy(c.getKey(), 0, args, 2, c.getKey().length);
            args[args.length - 2] = "--db";
            args[args.length - 1] = db;
            CliRun r = CliRun.of(args);
            assertEquals(1, r.exit(), String.join(" ", args) + "\n" + r.err());
            assertTrue(r.err().startsWith("error: ") && r.err().contains(c.getValue()), r.err());
        }
        assertEquals(
                0,
                new ObjectMapper()
                        .readTree(CliRun.of("marketplace", "list", "--json", "--db", db)
                                .out())
                        .size(),
                "nothing was added");
    }

    @Test
    void onlyASupervisorManagesTheAccountsOnceOneExists() throws Exception {
        Map<String, String> pin = Map.of("PACKBENCH_PIN", "4711");
        assertEquals(
                0,
                CliRun.withEnv(pin, "user", "add", "boss", "--role", "supervisor", "--db", db)
                        .exit());
        assertEquals(
                0,
                CliRun.withEnv(pin, "user", "add", "anna", "--role", "packer", "--user", "boss", "--db", db)
                        .exit());
        String[] add = {
            "marketplace", "add", "ozon", "--client-id", "1", "--api-key-file", keyFile.toString(), "--db", db, "--user"
        };
        CliRun packer = CliRun.withEnv(pin, concat(add, "anna"));
        assertEquals(1, packer.exit());
        assertTrue(packer.err().contains("manage the marketplace accounts"), packer.err());
        CliRun asOs = CliRun.of("marketplace", "list", "--db", db);
        assertEquals(1, asOs.exit(), "the operating-system user is no supervisor once one exists");
        assertEquals(0, CliRun.withEnv(pin, concat(add, "boss")).exit());
        CliRun removed = CliRun.withEnv(pin, "marketplace", "remove", "ozon", "--db", db, "--user", "boss");
        assertEquals(0, removed.exit(), removed.err());
        CliRun again = CliRun.withEnv(pin, "marketplace", "remove", "ozon", "--db", db, "--user", "boss");
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("no marketplace account named \"ozon\""), again.err());
    }

    private static String[] concat(String[] a, String last) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = last;
        return out;
    }
}
