package org.packbench.verify.dispatch;

/** What the dispatch lane says about a scanned parcel. Only OK goes on the truck. */
public enum Verdict {
    OK, ALREADY_DISPATCHED, VOIDED, SUPERSEDED, UNKNOWN, DAC_EXPIRED, WRONG_MARKETPLACE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
