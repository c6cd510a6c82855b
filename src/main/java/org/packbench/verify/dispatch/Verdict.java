package org.packbench.verify.dispatch;

/**
 * What the dispatch lane says about a scanned parcel. Only OK goes on the truck.
 * PAYLOAD_MISMATCH: the QR names a real label but another order, tracking, SKU or DAC: forged or foreign.
 */
public enum Verdict {
    OK,
    ALREADY_DISPATCHED,
    VOIDED,
    SUPERSEDED,
    UNKNOWN,
    DAC_EXPIRED,
    WRONG_MARKETPLACE,
    PAYLOAD_MISMATCH;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
