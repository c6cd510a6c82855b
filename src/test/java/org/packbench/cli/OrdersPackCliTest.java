package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;
import org.packbench.connect.OzonStandIn;
import org.packbench.marketplace.ozon.Posting;
import org.packbench.print.TestPrinter;

/**
 * {@code orders pack POSTING --item …} for a posting whose cable needs Честный ЗНАК codes: the same
 * rules as Упаковка (an EAN refused for it, one code per unit), and {@code outbox send} gives Ozon the
 * codes, asks until they are checked, and ships with the units' ids.
 */
class OrdersPackCliTest {
    private static final String CLIENT_ID = "204811";
    private static final String KEY = "7d1f0c2e-5b6a-4c3d-9e8f-a1b2c3d4e5f6";
    private static final String POSTING = "16180339-0001-1";
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    private static String mark(int n) {
        return "]d2010460731098027321SERIAL00000" + n + "\u001D91EE07\u001D92"
                + "MDEGCCqGSM49AwEHA0IABQ+4/ZkTbLh3Rt9yWv=Xk1pQ";
    }

    private static void ok(CliRun r) {
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void aPostingWithMarkedItemsIsPackedByItsCodesAndShippedWithTheUnitsIds() throws Exception {
        String db = dir.resolve("bench.db").toString();
        Path keyFile = dir.resolve("ozon.key");
        Files.writeString(keyFile, KEY);
        try (OzonStandIn ozon = new OzonStandIn(CLIENT_ID, KEY);
                TestPrinter printer = TestPrinter.zpl()) {
            ozon.needsMarks(1001L);
            ozon.add(
                    POSTING,
                    T0.minusSeconds(300),
                    T0.plus(Duration.ofDays(1)),
                    List.of(
                            new Posting.Product(1001L, "PB-7-002", "Кабель USB Type-C", 2),
                            new Posting.Product(1002L, "PB-7-004", "Защитное стекло", 1)));
            ok(CliRun.of(
                    "catalog",
                    "import",
                    TestFiles.sampleFile(dir, "catalog.csv").toString(),
                    "--db",
                    db));
            ok(CliRun.of(
                    "printer",
                    "add",
                    "zebra",
                    "--language",
                    "zpl",
                    "--dpi",
                    "203",
                    "--transport",
                    printer.uri(),
                    "--db",
                    db));
            ok(CliRun.of(
                    "marketplace",
                    "add",
                    "ozon",
                    "--client-id",
                    CLIENT_ID,
                    "--api-key-file",
                    keyFile.toString(),
                    "--base-url",
                    ozon.baseUrl(),
                    "--db",
                    db));
            CliRun synced = CliRun.of("orders", "sync", "ozon", "--json", "--db", db);
            ok(synced);
            assertEquals(
                    0,
                    new ObjectMapper()
                            .readTree(synced.out())
                            .get("marks_unknown")
                            .asInt());

            CliRun byEan = CliRun.of(
                    "orders",
                    "pack",
                    POSTING,
                    "--item",
                    "4607310980273",
                    "--item",
                    "4607310980273",
                    "--item",
                    "4607785349445",
                    "--printer",
                    "zebra",
                    "--lang",
                    "ru",
                    "--db",
                    db);
            assertEquals(1, byEan.exit());
            assertTrue(byEan.err().contains("нужен код маркировки Честный ЗНАК"), byEan.err());

            CliRun oneCode = CliRun.of(
                    "orders",
                    "pack",
                    POSTING,
                    "--item",
                    mark(1),
                    "--item",
                    "4607785349445",
                    "--printer",
                    "zebra",
                    "--lang",
                    "ru",
                    "--db",
                    db);
            assertEquals(1, oneCode.exit());
            assertTrue(oneCode.err().contains("коды маркировки: осталось 1"), oneCode.err());

            ok(CliRun.of(
                    "orders",
                    "pack",
                    POSTING,
                    "--item",
                    mark(1),
                    "--item",
                    "4607785349445",
                    "--item",
                    mark(2),
                    "--printer",
                    "zebra",
                    "--db",
                    db));
            ok(CliRun.of("outbox", "send", "--db", db));
            assertEquals(1, ozon.sets(POSTING));
            assertEquals(0, ozon.shipped(POSTING), "Ozon is still checking the codes");
            ok(CliRun.with(Clock.fixed(T0.plusSeconds(5), ZoneOffset.UTC), "outbox", "send", "--db", db));
            assertEquals(1, ozon.shipped(POSTING));
            assertEquals(2, ozon.codes(POSTING).size());
            assertEquals(
                    Posting.AWAITING_DELIVER,
                    ozon.posting(POSTING).orElseThrow().status());
            assertEquals(1, ozon.requests(OzonStandIn.LABEL), "its package label fetched for the printer");
        }
    }
}
