package org.packbench.journal;

import java.time.Instant;
import java.util.List;

/** What one bench did in its shift, read from the label log; the store implements it. */
public interface ShiftRecords {

    /** How many labels {@code bench} printed from {@code from} on (first prints, not reprints). */
    int printedSince(String bench, Instant from);

    /** The labels {@code bench} issued last, newest first, with their latest print job. */
    List<ShiftLabel> latest(String bench, int limit);

    /**
     * One label of the shift.
     *
     * @param jobId  the label's latest print job, 0 when it was never queued
     * @param status that job's state ("queued", "sent", …), empty without a job
     */
    record ShiftLabel(
            long labelId,
            Instant issuedAt,
            String sku,
            String order,
            String tracking,
            long jobId,
            String printer,
            String status) {}
}
