package org.packbench.marketplace;

import java.util.Optional;
import java.util.function.Function;
import org.packbench.gs1.Sscc;

/**
 * The record of labels issued. Issuing registers the parcel (refusing a tracking number that
 * another order already has), allocates the label id and, for a logistic label, the SSCC, and
 * keeps the label, all in one transaction: if making the label fails, nothing of it is kept and
 * no number is used up.
 */
public interface LabelRecords {

    /** What is kept of a label besides its id. */
    record Draft(Optional<Parcel> parcel, String sku, String templateId, String marketplace, String dac, String format,
                 int dpi, boolean needsSscc) {
    }

    /** The numbers the new label carries. */
    record Issue(long id, Optional<Sscc> sscc) {
    }

    /** A made label: the hash of the bytes produced, and whether the checks let it print. */
    interface Made {
        String payloadSha256();

        /** False when a pre-print rule or the readback refused the label: it is kept as refused. */
        boolean printable();

        /** The checks' and the readback's results, as kept in the log. */
        String checksSummary();

        String readbackSummary();
    }

    /** The order that owns {@code tracking}, when it is not {@code order}. */
    Optional<String> trackingOwner(String tracking, String order);

    /** Runs {@code make} with the new label's numbers inside the issuing transaction and keeps its hash. */
    <T extends Made> T issue(Draft draft, Function<Issue, T> make);
}
