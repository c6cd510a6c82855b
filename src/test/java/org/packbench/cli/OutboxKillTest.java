package org.packbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.packbench.app.Workbench;
import org.packbench.connect.PushPayloads;
import org.packbench.connect.VkStandIn;
import org.packbench.marketplace.account.MarketplaceKind;
import org.packbench.marketplace.outbox.NewPush;
import org.packbench.marketplace.outbox.PushKind;
import org.packbench.marketplace.vk.VkOrderRef;

/**
 * PackBench killed (-9) while it delivers the outbox, again and again at random moments, then run
 * once more: every push delivered, and none twice at VK, whatever the moment of the kill (between
 * the commit of a push and its call, mid-call, or between VK's answer and the commit of its
 * delivery).
 */
class OutboxKillTest {
    private static final String TOKEN = "vk1.a.killTestTokenForTheStandIn000000";
    private static final int PUSHES = 60;

    @TempDir
    Path dir;

    @Test
    void killedMidDeliveryAndRunAgainEveryPushArrivesExactlyOnce() throws Exception {
        String db = dir.resolve("bench.db").toString();
        Path tokenFile = dir.resolve("vk.token");
        Files.writeString(tokenFile, TOKEN);
        try (VkStandIn vk = new VkStandIn(TOKEN)) {
            List<VkOrderRef> orders = new ArrayList<>();
            Workbench bench = Workbench.open(Path.of(db), Clock.systemUTC());
            try {
                bench.config().set("marketplace.read-timeout-seconds", "1");
                bench.marketplaces()
                        .add(
                                "vk",
                                MarketplaceKind.VK,
                                "229876543",
                                TOKEN.toCharArray(),
                                java.util.Optional.of(vk.baseUrl()));
                bench.work().inOne(() -> {
                    for (int i = 0; i < PUSHES; i++) {
                        VkOrderRef o = new VkOrderRef(7_000_000L + i, 3L);
                        orders.add(o);
                        vk.addOrder(o);
                        bench.outbox()
                                .add(new NewPush(
                                        "vk",
                                        PushKind.VK_TRACKING,
                                        o.toString(),
                                        "vk_tracking:" + o + ":RU" + i,
                                        OptionalLong.empty(),
                                        PushPayloads.tracking(o.toString(), "RU" + i)));
                    }
                    return null;
                });
            } finally {
                bench.closeDatabase();
            }

            Random random = new Random(20261205L);
            for (int k = 0; k < 12; k++) {
                Process p = PackbenchProcess.start(Map.of(), "outbox", "send", "--db", db);
                Thread.sleep(600 + random.nextInt(2_400));
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            }
            // A push taken by a killed process is free again once its lease (connect 5 s + twice the
            // read timeout + 15 s) has run out.
            Thread.sleep(Duration.ofSeconds(23).toMillis());
            for (int k = 0; k < 3 && undelivered(db) > 0; k++) {
                Process p = PackbenchProcess.start(Map.of(), "outbox", "send", "--db", db);
                assertTrue(p.waitFor(2, TimeUnit.MINUTES));
            }
            assertEquals(0, undelivered(db), "every push delivered");
            for (VkOrderRef o : orders) {
                assertEquals(1, vk.edits(o), o + " was set once");
            }
        }
    }

    private static long undelivered(String db) throws Exception {
        Process p = PackbenchProcess.start(Map.of(), "outbox", "list", "--json", "--db", db);
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        JsonNode all = new ObjectMapper().readTree(out.substring(out.indexOf('[')));
        return all.size();
    }
}
