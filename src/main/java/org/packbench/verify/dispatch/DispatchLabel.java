package org.packbench.verify.dispatch;

/**
 * A printed label as dispatch sees it: the record in the label log that a scanned QR must agree with.
 *
 * @param superseded a newer label was issued for the same order (a reprint): this is an old copy
 * @param dispatched an earlier scan of this label was already accepted
 */
public record DispatchLabel(
        long id,
        String marketplace,
        String status,
        String order,
        String tracking,
        String sku,
        String dac,
        boolean superseded,
        boolean dispatched) {}
