package org.packbench.marketplace;

import java.time.Instant;

/** One label as the day's log shows it: what, for whom, and what the checks and the readback said. */
public record LabelLogEntry(
        long id,
        Instant createdAt,
        String template,
        String sku,
        String order,
        String tracking,
        String sscc,
        String status,
        String checks,
        String readback,
        String voidReason) {
    public String labelId() {
        return LabelValues.labelId(id);
    }
}
