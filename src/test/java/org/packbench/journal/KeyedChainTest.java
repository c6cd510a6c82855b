package org.packbench.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packbench.seal.BenchKey;

/**
 * Past the legacy end every entry's hash is an HMAC with the bench key: a chain made again without
 * the key, with the old plain SHA-256 or another key, no longer holds; the entries before it keep
 * the hash they were written with, and the keyed chain goes on from the last of them.
 */
class KeyedChainTest {
    private static final BenchKey KEY = BenchKey.random(new SecureRandom());
    private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

    private static LogFacts printed(int n) {
        return new LogFacts(
                LogEvent.PRINTED,
                n,
                "Zebra-1",
                "vk-product-58x40",
                "PB-7-00" + n,
                "vk",
                "VK-" + n,
                "RU" + n,
                "",
                "ab".repeat(32),
                "ok",
                "ok",
                1,
                "",
                "",
                "");
    }

    private static List<LogEntry> chain(LogChain rule, int n) {
        List<LogEntry> out = new ArrayList<>();
        String prev = LogEntry.GENESIS;
        for (int i = 1; i <= n; i++) {
            LogEntry e = rule.next(i, T.plusSeconds(i), "bench-1", "Анна", printed(i), prev);
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    private static ChainCheck.Report check(LogChain rule, List<LogEntry> entries) {
        ChainCheck c = new ChainCheck(rule);
        entries.forEach(c::accept);
        return c.report();
    }

    @Test
    void aKeyedChainHoldsUnderItsKey() {
        LogChain keyed = LogChain.keyed(KEY, 0);
        ChainCheck.Report r = check(keyed, chain(keyed, 5));
        assertTrue(r.intact());
        assertEquals(5, r.checked());
    }

    @Test
    void theSameChainMadeWithTheOldUnkeyedHashBreaksAtItsFirstEntry() {
        ChainCheck.Report r = check(LogChain.keyed(KEY, 0), chain(LogChain.UNKEYED, 5));
        assertEquals(1, r.broken().get().seq());
        assertEquals(ChainCheck.Break.EDITED, r.broken().get().why());
    }

    @Test
    void aChainMadeWithAnotherKeyBreaksAtItsFirstEntry() {
        List<LogEntry> forged = chain(LogChain.keyed(BenchKey.random(new SecureRandom()), 0), 3);
        assertEquals(1, check(LogChain.keyed(KEY, 0), forged).broken().get().seq());
    }

    @Test
    void anEditedKeyedEntryIsNamedButItsRightSealIsNotShown() {
        LogChain keyed = LogChain.keyed(KEY, 0);
        List<LogEntry> entries = chain(keyed, 3);
        LogEntry second = entries.get(1);
        entries.set(
                1,
                new LogEntry(
                        2,
                        second.at(),
                        second.bench(),
                        "Злоумышленник",
                        second.facts(),
                        second.prevHash(),
                        second.hash()));
        ChainCheck.Broken b = check(keyed, entries).broken().get();
        assertEquals(2, b.seq());
        assertEquals("", b.expected());
        assertEquals("log.broken.SEALED", b.message().key());
        assertFalse(b.message().args().contains(keyed.expectedHash(entries.get(1))));
    }

    @Test
    void theEntriesBeforeTheKeyKeepTheirHashAndTheKeyedChainGoesOnFromTheLast() {
        List<LogEntry> old = chain(LogChain.UNKEYED, 3);
        LogChain upgraded = LogChain.keyed(KEY, 3);
        List<LogEntry> all = new ArrayList<>(old);
        LogEntry fourth = upgraded.next(
                4, T.plusSeconds(4), "bench-1", "Анна", printed(4), old.get(2).hash());
        all.add(fourth);
        assertTrue(check(upgraded, all).intact());
        assertNotEquals(
                LogEntry.hashOf(4, fourth.at(), fourth.bench(), fourth.user(), fourth.facts(), fourth.prevHash()),
                fourth.hash());
        all.set(3, LogEntry.next(4, fourth.at(), fourth.bench(), fourth.user(), fourth.facts(), fourth.prevHash()));
        assertEquals(4, check(upgraded, all).broken().get().seq(), "an unkeyed entry past the legacy end");
    }

    @Test
    void theUnkeyedHashIsStillTheOneOldBenchesWrote() throws Exception {
        LogEntry e = chain(LogChain.UNKEYED, 1).get(0);
        StringBuilder text = new StringBuilder();
        for (String v : new String[] {
            "packbench-log-1",
            "1",
            "2026-11-25T10:00:01.000Z",
            "bench-1",
            "Анна",
            "printed",
            "1",
            "Zebra-1",
            "vk-product-58x40",
            "PB-7-001",
            "vk",
            "VK-1",
            "RU1",
            "",
            "ab".repeat(32),
            "ok",
            "ok",
            "1",
            "",
            "",
            "",
            LogEntry.GENESIS
        }) {
            text.append(v.length()).append(':').append(v).append('\n');
        }
        assertEquals(
                HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256")
                                .digest(text.toString().getBytes(StandardCharsets.UTF_8))),
                e.hash());
    }
}
