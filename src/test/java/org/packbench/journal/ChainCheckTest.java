package org.packbench.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain holds only while every entry keeps its values and follows the one before it. */
class ChainCheckTest {
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

    private static List<LogEntry> chain(int n) {
        List<LogEntry> out = new ArrayList<>();
        String prev = LogEntry.GENESIS;
        for (int i = 1; i <= n; i++) {
            LogEntry e = LogEntry.next(
                    i, Instant.parse("2026-11-25T10:00:00Z").plusSeconds(i), "bench-1", "Анна", printed(i), prev);
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    private static ChainCheck.Report check(List<LogEntry> entries) {
        ChainCheck c = new ChainCheck();
        entries.forEach(c::accept);
        return c.report();
    }

    @Test
    void anUntouchedChainIsIntactAndItsHeadIsTheLastHash() {
        List<LogEntry> entries = chain(5);
        ChainCheck.Report r = check(entries);
        assertTrue(r.intact());
        assertEquals(5, r.checked());
        assertEquals(entries.get(4).hash(), r.headHash());
    }

    @Test
    void changingAnyValueOfAnEntryBreaksTheChainAtThatEntry() {
        List<LogEntry> entries = chain(5);
        LogEntry third = entries.get(2);
        LogFacts f = third.facts();
        LogFacts edited = new LogFacts(
                f.event(),
                f.labelId(),
                f.printer(),
                f.template(),
                "PB-7-999",
                f.marketplace(),
                f.order(),
                f.tracking(),
                f.sscc(),
                f.payloadSha256(),
                f.checks(),
                f.readback(),
                f.copies(),
                f.reason(),
                f.verdict(),
                f.scanData());
        entries.set(
                2,
                new LogEntry(
                        third.seq(), third.at(), third.bench(), third.user(), edited, third.prevHash(), third.hash()));
        ChainCheck.Report r = check(entries);
        assertFalse(r.intact());
        assertEquals(3, r.broken().get().seq());
        assertEquals(ChainCheck.Break.EDITED, r.broken().get().why());
        assertEquals(2, r.checked());
    }

    @Test
    void anEntryRehashedAfterAnEditNoLongerLinksToTheNextOne() {
        List<LogEntry> entries = chain(4);
        LogEntry second = entries.get(1);
        entries.set(
                1, LogEntry.next(2, second.at(), second.bench(), "Злоумышленник", second.facts(), second.prevHash()));
        ChainCheck.Report r = check(entries);
        assertEquals(3, r.broken().get().seq());
        assertEquals(ChainCheck.Break.LINK, r.broken().get().why());
    }

    @Test
    void aDeletedEntryIsAGapAtItsNumber() {
        List<LogEntry> entries = chain(4);
        entries.remove(1);
        ChainCheck.Report r = check(entries);
        assertEquals(2, r.broken().get().seq());
        assertEquals(ChainCheck.Break.GAP, r.broken().get().why());
    }

    @Test
    void theHashCoversTheTimeTheUserTheBenchAndTheLink() {
        LogEntry e = chain(1).get(0);
        assertNotEquals(
                e.hash(), LogEntry.hashOf(1, e.at().plusMillis(1), e.bench(), e.user(), e.facts(), e.prevHash()));
        assertNotEquals(e.hash(), LogEntry.hashOf(1, e.at(), "bench-2", e.user(), e.facts(), e.prevHash()));
        assertNotEquals(e.hash(), LogEntry.hashOf(1, e.at(), e.bench(), "Анн", e.facts(), e.prevHash()));
        assertNotEquals(e.hash(), LogEntry.hashOf(1, e.at(), e.bench(), e.user(), e.facts(), "1".repeat(64)));
        assertNotEquals(e.hash(), LogEntry.hashOf(2, e.at(), e.bench(), e.user(), e.facts(), e.prevHash()));
    }

    @Test
    void valuesThatWouldRunTogetherStillHashApart() {
        LogFacts a = new LogFacts(LogEvent.VOIDED, 1, "ab", "c", "", "", "", "", "", "", "", "", 0, "", "", "");
        LogFacts b = new LogFacts(LogEvent.VOIDED, 1, "a", "bc", "", "", "", "", "", "", "", "", 0, "", "", "");
        Instant t = Instant.parse("2026-11-25T10:00:00Z");
        assertNotEquals(
                LogEntry.hashOf(1, t, "x", "y", a, LogEntry.GENESIS),
                LogEntry.hashOf(1, t, "x", "y", b, LogEntry.GENESIS));
    }
}
