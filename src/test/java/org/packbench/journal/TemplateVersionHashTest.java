package org.packbench.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The template version is in an entry's hash only when it is not 0: an entry of a bundled
 * template, and every entry written before templates had versions, hashes byte for byte as the
 * log's format always said, so old chains verify; a saved version changes the hash.
 */
class TemplateVersionHashTest {
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00.123Z");

    private static LogFacts rendered(int version) {
        return new LogFacts(
                LogEvent.RENDERED,
                42,
                "",
                "vk-product-58x40",
                "PB-7-001",
                "vk",
                "VK-1",
                "RU100000001VK",
                "",
                "ab".repeat(32),
                "ok",
                "ok",
                0,
                "",
                "",
                "",
                version);
    }

    /** The format as documented, written out by hand: "packbench-log-1" and each value as length, ':', value, newline. */
    private static String byHand(String... values) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String v : values) {
            b.append(v.length()).append(':').append(v).append('\n');
        }
        return HexFormat.of()
                .formatHex(
                        MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static final String[] OLD_FIELDS = {
        "packbench-log-1",
        "7",
        "2026-11-25T10:00:00.123Z",
        "bench-1",
        "Анна",
        "rendered",
        "42",
        "",
        "vk-product-58x40",
        "PB-7-001",
        "vk",
        "VK-1",
        "RU100000001VK",
        "",
        "ab".repeat(32),
        "ok",
        "ok",
        "0",
        "",
        "",
        "",
        LogEntry.GENESIS
    };

    @Test
    void anEntryOfABundledTemplateHashesAsEntriesAlwaysDid() throws Exception {
        String hash = LogEntry.hashOf(7, AT, "bench-1", "Анна", rendered(0), LogEntry.GENESIS);

        assertEquals(byHand(OLD_FIELDS), hash);
        assertEquals(
                hash,
                LogEntry.hashOf(
                        7,
                        AT,
                        "bench-1",
                        "Анна",
                        new LogFacts(
                                LogEvent.RENDERED,
                                42,
                                "",
                                "vk-product-58x40",
                                "PB-7-001",
                                "vk",
                                "VK-1",
                                "RU100000001VK",
                                "",
                                "ab".repeat(32),
                                "ok",
                                "ok",
                                0,
                                "",
                                "",
                                ""),
                        LogEntry.GENESIS),
                "facts made as before versions are version 0");
    }

    @Test
    void aSavedVersionIsHashedAfterTheLinkSoNoOtherEntryEncodesTheSame() throws Exception {
        String hash = LogEntry.hashOf(7, AT, "bench-1", "Анна", rendered(2), LogEntry.GENESIS);

        String[] withVersion = java.util.Arrays.copyOf(OLD_FIELDS, OLD_FIELDS.length + 1);
        withVersion[OLD_FIELDS.length] = "2";
        assertEquals(byHand(withVersion), hash);
        assertNotEquals(LogEntry.hashOf(7, AT, "bench-1", "Анна", rendered(3), LogEntry.GENESIS), hash);
        assertNotEquals(LogEntry.hashOf(7, AT, "bench-1", "Анна", rendered(0), LogEntry.GENESIS), hash);
        assertEquals("vk-product-58x40 v2", rendered(2).templateShown());
        assertEquals("vk-product-58x40", rendered(0).templateShown());
    }
}
