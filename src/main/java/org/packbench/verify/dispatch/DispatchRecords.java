package org.packbench.verify.dispatch;

import java.util.Optional;

/** The label log as dispatch reads it, and where each scan's verdict is kept. The store implements it. */
public interface DispatchRecords {
    Optional<DispatchLabel> byLabelId(long id);

    /** The newest label printed for the parcel with this tracking number. */
    Optional<DispatchLabel> byTracking(String tracking);

    Optional<DispatchLabel> bySscc(String sscc);

    void recordScan(String bench, String lane, String data, Verdict verdict, Optional<Long> labelId);
}
