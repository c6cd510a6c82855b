package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.TestFiles;

/** orders import and the deadlines counted from each order's confirmation. */
class OrdersCliTest {
    @TempDir
    Path dir;

    @Test
    void deadlinesCountDownFromConfirmationAndAreMetByTheWorkDone() throws Exception {
        String db = dir.resolve("orders.db").toString();
        Path csv = dir.resolve("orders.csv");
        // The CLI clock is 2026-11-25T10:00:00Z.
        Files.writeString(
                csv,
                "Номер заказа;Маркетплейс;Дата подтверждения;Трек-номер\r\n"
                        + "OZ-1;ozon;2026-11-25T09:50:00Z;\r\n"
                        + "OZ-2;Озон;2026-11-22T09:00:00Z;\r\n"
                        + "VK-1;vk;2026-11-25 09:30;\r\n"
                        + "VK-2;vk;2026-11-25T09:00:00Z;RU222000222VK\r\n");
        CliRun imported = CliRun.of("orders", "import", csv.toString(), "--db", db);
        assertEquals(0, imported.exit(), imported.err());
        Map<String, JsonNode> open = deadlines(db);
        assertEquals(20, open.get("OZ-1/ozon_label").get("minutes_left").asInt());
        assertEquals(false, open.get("OZ-1/ozon_label").get("overdue").asBoolean());
        assertTrue(open.get("OZ-2/ozon_label").get("overdue").asBoolean(), "30 min passed long ago");
        assertEquals(
                -60, open.get("OZ-2/ozon_ship").get("minutes_left").asInt(), "72 h from 22 Nov 09:00 is 25 Nov 09:00");
        assertEquals(
                90,
                open.get("VK-1/vk_tracking").get("minutes_left").asInt(),
                "a local time is the bench's zone (UTC here)");
        assertTrue(!open.containsKey("VK-2/vk_tracking"), "its tracking number is known");

        assertEquals(
                0,
                CliRun.of(
                                "catalog",
                                "import",
                                TestFiles.sampleFile(dir, "catalog.csv").toString(),
                                "--db",
                                db)
                        .exit());
        CliRun label = CliRun.of(
                "label",
                "render",
                "--sku",
                "PB-7-002",
                "--template",
                "ozon-product-58x40",
                "--order",
                "OZ-1",
                "--tracking",
                "OZ000001",
                "--format",
                "zpl",
                "--out",
                dir.resolve("oz1.zpl").toString(),
                "--db",
                db);
        assertEquals(0, label.exit(), label.err());
        assertTrue(!deadlines(db).containsKey("OZ-1/ozon_label"), "the label was reported");
    }

    @Test
    void aBadRowIsNamedAndNothingIsImported() throws Exception {
        String db = dir.resolve("bad.db").toString();
        Path csv = dir.resolve("bad.csv");
        Files.writeString(
                csv, "order,marketplace,confirmed_at\nOZ-1,ozon,2026-11-25T09:50:00Z\nOZ-2,wildberries,yesterday\n");
        CliRun run = CliRun.of("orders", "import", csv.toString(), "--db", db);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("line 3") && run.err().contains("wildberries"), run.err());
        assertEquals(
                "[ ]",
                CliRun.of("orders", "deadlines", "--json", "--db", db).out().strip());
    }

    private static Map<String, JsonNode> deadlines(String db) throws Exception {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode n : new ObjectMapper()
                .readTree(CliRun.of("orders", "deadlines", "--json", "--db", db).out())) {
            out.put(n.get("order").asText() + "/" + n.get("deadline").asText(), n);
        }
        return out;
    }
}
