package org.packbench.marketplace;

import java.time.Instant;

/**
 * One label as the day's log shows it: what, for whom, and what the checks and the readback said.
 *
 * @param templateVersion the saved version of the template it was issued with; 0 for a bundled
 *     template or a label from before templates had versions
 */
public record LabelLogEntry(
        long id,
        Instant createdAt,
        String template,
        int templateVersion,
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

    /** The template as the exports name it: "id vN" for a saved version, the id alone otherwise. */
    public String templateShown() {
        return templateVersion == 0 || template.isEmpty() ? template : template + " v" + templateVersion;
    }
}
