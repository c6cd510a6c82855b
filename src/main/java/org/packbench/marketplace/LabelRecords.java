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

    /**
     * What is kept of a label besides its id.
     *
     * @param templateVersion the version of the template the label is made with, 0 for the bundled
     *     one: a reprint is made again with it, and the log names it
     * @param reprintReason why the parcel's live label is replaced; without one, a parcel that
     *                      already has a live label is refused ({@code label.alreadyIssued})
     */
    record Draft(
            Optional<Parcel> parcel,
            String sku,
            String templateId,
            int templateVersion,
            String marketplace,
            String dac,
            String format,
            int dpi,
            boolean needsSscc,
            Optional<String> reprintReason) {
        public Draft {
            reprintReason = reprintReason.map(String::strip).filter(r -> !r.isEmpty());
        }
    }

    /** The label a parcel carries now: issued, not voided, not replaced by a reprint. */
    record LiveLabel(
            long id, String order, String tracking, String sku, String templateId, java.time.Instant issuedAt) {}

    /** The template, at its version (0 for the bundled one), a label was issued with. */
    record TemplateUse(String templateId, int version) {}

    /** The template label {@code labelId} was issued with; empty when there is no such label. */
    Optional<TemplateUse> templateUsed(long labelId);

    /** The numbers the new label carries. */
    record Issue(long id, Optional<Sscc> sscc) {}

    /**
     * A label row allocated and waiting to be made: its numbers, and the live label a reprint
     * replaces. Kept as refused until {@link #complete} records what was made.
     */
    record Reservation(Draft draft, Issue issue, Optional<LiveLabel> replaced) {}

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

    /** The parcel's live label, if it has one: a second one is issued only as an explicit reprint. */
    Optional<LiveLabel> liveLabel(String order);

    /** The label issued for line {@code line} of the batch file with hash {@code fileSha256}, if any. */
    Optional<Long> batchLabel(String fileSha256, int line);

    /** Notes that line {@code line} of that batch file made label {@code labelId}, in the issuing unit of work. */
    void rememberBatchLabel(String fileSha256, int line, long labelId);

    /** The tracking number the order's parcel was registered with, if any. */
    Optional<String> trackingOf(String order);

    /**
     * The id the next label will most likely carry, for a preview that shows what will print; a
     * label issued meanwhile elsewhere takes it, and the issued label then shows its own id.
     */
    long nextId();

    /**
     * Runs {@code make} with the new label's numbers inside the issuing transaction and keeps its
     * hash. A parcel keeps one live label: a draft for a parcel that has one is refused unless it
     * carries a reprint reason, and then the old label is superseded by the new one, both in the
     * same transaction.
     */
    <T extends Made> T issue(Draft draft, Function<Issue, T> make);

    /**
     * The first half of {@link #issue}, for a caller that makes many labels at once (a batch):
     * registers the parcel, refuses a second live label as {@code issue} does, and allocates the
     * label's id and SSCC, kept as a refused label until {@link #complete}. Must run inside the
     * unit of work that will complete it. A reserved label whose making fails is completed as
     * refused: its numbers are then used up, as a refused label's are.
     */
    Reservation reserve(Draft draft);

    /** The second half of {@link #issue}: keeps what was made of a reserved label and logs it. */
    <T extends Made> T complete(Reservation reservation, T made);

    /** Labels made from {@code from} (inclusive) to {@code to} (exclusive), newest first, with their status. */
    java.util.List<LabelLogEntry> between(java.time.Instant from, java.time.Instant to);
}
