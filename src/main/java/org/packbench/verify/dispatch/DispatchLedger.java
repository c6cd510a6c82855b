package org.packbench.verify.dispatch;

import java.time.Instant;
import java.util.List;

/**
 * The dispatch records as the log's supervisor uses them: where each label of a period stands,
 * and voiding one. The store implements it.
 */
public interface DispatchLedger extends DispatchRecords {
    /** The labels made from {@code from} (inclusive) to {@code to} (exclusive) and not refused, for the Журнал. */
    List<DispatchLabel> between(Instant from, Instant to);

    /** Voids a printed label, the reason going into the log: its copies are refused at dispatch from now on. */
    void voidLabel(long id, String reason);
}
