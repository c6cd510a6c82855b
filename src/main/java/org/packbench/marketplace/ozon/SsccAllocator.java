package org.packbench.marketplace.ozon;

import java.util.List;
import org.packbench.gs1.Sscc;

/**
 * Hands out SSCCs under the bench's GS1 company prefix. A number is never given twice and never
 * skipped, across crashes and across processes sharing the database.
 */
public interface SsccAllocator {
    /** The setting holding the bench's GS1 company prefix, which every SSCC starts with after the extension digit. */
    String PREFIX_SETTING = "gs1.company-prefix";
    /** The setting holding the extension digit, the SSCC's first. */
    String EXTENSION_SETTING = "gs1.sscc-extension";

    /** Allocates {@code count} consecutive numbers, recorded with {@code purpose}, in one transaction. */
    List<Sscc> allocate(int count, String purpose);
}
