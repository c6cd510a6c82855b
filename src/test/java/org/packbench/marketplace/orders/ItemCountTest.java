package org.packbench.marketplace.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;

/** A posting's items counted by scan: what it does not hold, and one too many, are refused. */
class ItemCountTest {
    private static final List<OrderLine> LINES =
            List.of(new OrderLine(1, "PB-1", "111", "Чехол", 2), new OrderLine(2, "PB-2", "222", "Кабель", 1));

    @Test
    void thePostingIsCompleteWhenEveryLineIsFull() {
        ItemCount c = ItemCount.of("0001-1", LINES);
        assertEquals(3, c.missing());
        c = c.add("PB-1").add("PB-2");
        assertFalse(c.complete());
        assertEquals(
                "0001-1 PB-1 ×1",
                c.whatIsMissing().args().get(0) + " " + c.whatIsMissing().args().get(1));
        c = c.add("PB-1");
        assertTrue(c.complete());
        assertEquals(0, c.missing());
    }

    @Test
    void aProductTheOrderDoesNotHoldIsRefusedAndNotCounted() {
        ItemCount c = ItemCount.of("0001-1", LINES);
        ProblemException e = assertThrows(ProblemException.class, () -> c.add("PB-9"));
        assertEquals("orders.pack.notInOrder", e.problem().key());
        assertEquals(3, c.missing());
    }

    @Test
    void oneTooManyIsRefusedNamingHowManyTheOrderHolds() {
        ItemCount c = ItemCount.of("0001-1", LINES).add("PB-2");
        ProblemException e = assertThrows(ProblemException.class, () -> c.add("PB-2"));
        assertEquals("orders.pack.tooMany", e.problem().key());
        assertEquals(1, e.problem().args().get(2));
    }

    @Test
    void anyOrderOfScansCountsTheSame() {
        List<String> scans = new ArrayList<>(List.of("PB-1", "PB-1", "PB-2"));
        Random r = new Random(11);
        for (int i = 0; i < 1_000; i++) {
            Collections.shuffle(scans, r);
            ItemCount c = ItemCount.of("0001-1", LINES);
            for (String s : scans) {
                c = c.add(s);
            }
            assertTrue(c.complete());
        }
    }

    @Test
    void anOrderWithoutLinesCannotBeCounted() {
        assertThrows(ProblemException.class, () -> ItemCount.of("0001-1", List.of()));
    }
}
