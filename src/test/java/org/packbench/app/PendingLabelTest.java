package org.packbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.packbench.i18n.ProblemException;
import org.packbench.marketplace.LabelRecords;

/** A reserved label whose making fails with a named problem is kept as refused, with that problem as the reason. */
class PendingLabelTest {
    @Test
    void aLabelThatCannotBeMadeIsRefusedWithTheProblemNamed() {
        LabelRecords.Reservation reservation = new LabelRecords.Reservation(
                new LabelRecords.Draft(
                        Optional.empty(), "", "gs1-logistic-a6", 0, "ozon", "", "zpl", 203, true, Optional.empty()),
                new LabelRecords.Issue(42, Optional.empty()),
                Optional.empty());
        PendingLabel pending = new PendingLabel(reservation, () -> {
            throw new ProblemException("logistic.notLogistic", "vk-product-58x40");
        });
        RenderedLabel label = pending.makeOrRefuse();
        assertFalse(label.printable());
        assertEquals("L00000042", label.labelId());
        assertEquals(0, label.bytes().length, "a refused label has no bytes to send");
        assertEquals("logistic.notLogistic", label.blocking().get(0).message().key());
    }
}
