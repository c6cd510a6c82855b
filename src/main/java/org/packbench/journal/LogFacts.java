package org.packbench.journal;

/**
 * What an event knows of its label, copied into the entry so that the entry still says it after
 * the label, the SKU or the printer profile has changed or gone.
 *
 * @param labelId  the label's number, 0 for a scan that matched no label
 * @param copies   copies sent, for printed and reprinted; 0 otherwise
 * @param reason   why a label was reprinted or voided
 * @param verdict  a dispatch scan's verdict code
 * @param scanData what the scanner sent
 * @param templateVersion the version of the template the label was issued with; 0 for the
 *     template bundled with PackBench (every label before templates were saved in the database)
 */
public record LogFacts(
        LogEvent event,
        long labelId,
        String printer,
        String template,
        String sku,
        String marketplace,
        String order,
        String tracking,
        String sscc,
        String payloadSha256,
        String checks,
        String readback,
        int copies,
        String reason,
        String verdict,
        String scanData,
        int templateVersion) {

    /** Facts of a label made with a bundled template (version 0), or of no label at all. */
    public LogFacts(
            LogEvent event,
            long labelId,
            String printer,
            String template,
            String sku,
            String marketplace,
            String order,
            String tracking,
            String sscc,
            String payloadSha256,
            String checks,
            String readback,
            int copies,
            String reason,
            String verdict,
            String scanData) {
        this(
                event,
                labelId,
                printer,
                template,
                sku,
                marketplace,
                order,
                tracking,
                sscc,
                payloadSha256,
                checks,
                readback,
                copies,
                reason,
                verdict,
                scanData,
                0);
    }

    public LogFacts {
        printer = blankIfNull(printer);
        template = blankIfNull(template);
        sku = blankIfNull(sku);
        marketplace = blankIfNull(marketplace);
        order = blankIfNull(order);
        tracking = blankIfNull(tracking);
        sscc = blankIfNull(sscc);
        payloadSha256 = blankIfNull(payloadSha256);
        checks = blankIfNull(checks);
        readback = blankIfNull(readback);
        reason = blankIfNull(reason);
        verdict = blankIfNull(verdict);
        scanData = blankIfNull(scanData);
    }

    /** The template as people read it: {@code vk-product-58x40}, or {@code vk-product-58x40 v2} for a saved version. */
    public String templateShown() {
        return templateVersion == 0 || template.isEmpty() ? template : template + " v" + templateVersion;
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }
}
