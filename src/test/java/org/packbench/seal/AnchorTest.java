package org.packbench.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.Message;

/** The anchor holds only under the bench key, only moves forward, and tells each way the log was cut or rebuilt. */
class AnchorTest {
    private static final BenchKey KEY = BenchKey.random(new SecureRandom());
    private static final Instant SEALED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant ANCHORED = Instant.parse("2026-11-24T18:00:00Z");
    private static final DatabaseSeal SEAL = new DatabaseSeal(0, "0".repeat(64), true, SEALED);
    private static final Anchor AT_9 = new Anchor(0, "0".repeat(64), 9, "9".repeat(64), true, ANCHORED);

    @Test
    void itReadsBackUnderItsKeyOnly() {
        String text = AT_9.text(KEY);
        assertEquals(Optional.of(AT_9), Anchor.read(text, KEY).anchor());
        assertEquals(
                Anchor.State.FORGED,
                Anchor.read(text, BenchKey.random(new SecureRandom())).state());
        assertEquals(
                Anchor.State.FORGED,
                Anchor.read(text.replace("seq=9", "seq=7"), KEY).state());
        assertEquals(
                Anchor.State.FORGED,
                Anchor.read(text.replace("supervisor_seen=true", "supervisor_seen=false"), KEY)
                        .state());
        assertEquals(Anchor.State.FORGED, Anchor.read("", KEY).state());
        assertFalse(text.contains(java.util.HexFormat.of().formatHex(KEY.bytes())));
    }

    @Test
    void itNeverGoesBackNorForgetsASupervisor() {
        Instant later = ANCHORED.plusSeconds(60);
        assertEquals(AT_9, AT_9.advancedTo(7, "7".repeat(64), false, later));
        Anchor at12 = AT_9.advancedTo(12, "c".repeat(64), false, later);
        assertEquals(12, at12.seq());
        assertTrue(at12.supervisorSeen());
        assertEquals(0, at12.legacySeq());
    }

    private static List<String> findings(Anchor.Reading anchor, long entries, long lastSeq, Map<Long, String> hashes) {
        return SealCheck.findings(
                        SEAL,
                        anchor,
                        "bench.db.anchor",
                        new SealCheck.LogNow(entries, lastSeq, seq -> Optional.ofNullable(hashes.get(seq))),
                        ZoneOffset.UTC)
                .stream()
                .map(Message::key)
                .toList();
    }

    private static Anchor.Reading sound(Anchor a) {
        return new Anchor.Reading(Anchor.State.SOUND, Optional.of(a));
    }

    @Test
    void aLogAsLongAsAnchoredAndEndingWhereItEndedHolds() {
        assertEquals(List.of(), findings(sound(AT_9), 9, 9, Map.of(9L, "9".repeat(64))));
        assertEquals(List.of(), findings(sound(AT_9), 12, 12, Map.of(9L, "9".repeat(64))), "written since");
    }

    @Test
    void eachWayOfCuttingOrRebuildingIsAFindingOfItsOwn() {
        assertEquals(List.of("seal.log.truncated"), findings(sound(AT_9), 7, 7, Map.of()));
        assertEquals(List.of("seal.log.emptied"), findings(sound(AT_9), 0, 0, Map.of()));
        assertEquals(List.of("seal.log.head"), findings(sound(AT_9), 9, 9, Map.of(9L, "e".repeat(64))));
        assertEquals(List.of("seal.anchor.missing"), findings(Anchor.Reading.missing(), 9, 9, Map.of()));
        assertEquals(
                List.of("seal.anchor.forged"),
                findings(new Anchor.Reading(Anchor.State.FORGED, Optional.empty()), 9, 9, Map.of()));
        Anchor otherLegacy = new Anchor(4, "4".repeat(64), 9, "9".repeat(64), true, ANCHORED);
        assertEquals(List.of("seal.anchor.resealed"), findings(sound(otherLegacy), 9, 9, Map.of(9L, "9".repeat(64))));
    }

    @Test
    void theUnkeyedPartIsHeldToTheHashSealedAtTheUpgrade() {
        DatabaseSeal upgraded = new DatabaseSeal(3, "3".repeat(64), false, SEALED);
        Anchor anchor = Anchor.of(upgraded, 3, "3".repeat(64), SEALED);
        List<String> found = SealCheck.findings(
                        upgraded,
                        sound(anchor),
                        "a",
                        new SealCheck.LogNow(3, 3, seq -> Optional.of("f".repeat(64))),
                        ZoneOffset.UTC)
                .stream()
                .map(Message::key)
                .toList();
        assertEquals(List.of("seal.log.legacy", "seal.log.head"), found);
    }

    @Test
    void theDatabasesSealHoldsUnderItsKeyOnly() {
        String mac = SEAL.sealWith(KEY);
        assertTrue(SEAL.heldBy(KEY, mac));
        assertFalse(new DatabaseSeal(0, "0".repeat(64), false, SEALED).heldBy(KEY, mac));
        assertFalse(SEAL.heldBy(BenchKey.random(new SecureRandom()), mac));
    }
}
