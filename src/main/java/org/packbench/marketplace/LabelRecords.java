package org.packbench.marketplace;

import java.util.function.LongFunction;

/**
 * The record of labels issued. Issuing registers the parcel (refusing a tracking number that
 * another order already has), allocates the label id and keeps the label, all in one
 * transaction: if making the label fails, nothing of it is kept.
 */
public interface LabelRecords {

    /** What is kept of a label besides its id. */
    record Draft(Parcel parcel, String sku, String templateId, String dac, String format, int dpi) {
    }

    /** A made label: the id the label carries and the hash of the bytes produced. */
    interface Made {
        String payloadSha256();
    }

    /** Runs {@code make} with the new label id inside the issuing transaction and keeps its hash. */
    <T extends Made> T issue(Draft draft, LongFunction<T> make);
}
