package org.packbench.app;

import java.util.List;
import java.util.stream.Collectors;
import org.packbench.label.LabelDocument;
import org.packbench.marketplace.LabelRecords;
import org.packbench.verify.Finding;
import org.packbench.verify.Readback;

/**
 * A label that was issued: its id, the document, the bytes in the asked format, what the
 * pre-print rules found and what the readback read. A label with a blocking finding is kept in
 * the log as refused and never handed to a printer. {@code printRaster} is the 1-bit raster the
 * readback decoded: what the packer is shown is what was checked and sent. {@code pdfPage} is the
 * label's page, drawn once, for a PDF its caller writes ({@code LabelService.Written.BY_CALLER});
 * otherwise null.
 */
public record RenderedLabel(
        long id,
        String labelId,
        LabelDocument document,
        byte[] bytes,
        String payloadSha256,
        List<Finding> findings,
        Readback.Result readback,
        java.awt.image.BufferedImage printRaster,
        org.packbench.render.PdfPage pdfPage)
        implements LabelRecords.Made {
    public RenderedLabel {
        findings = List.copyOf(findings);
    }

    @Override
    public boolean printable() {
        return findings.stream().noneMatch(Finding::blocks) && readback.ok();
    }

    /** Warnings the packer should see on a label that prints. */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.blocks()).toList();
    }

    /** Everything that stops the label, rules first, then the readback. */
    public List<Finding> blocking() {
        List<Finding> all = new java.util.ArrayList<>(
                findings.stream().filter(Finding::blocks).toList());
        all.addAll(readback.findings());
        return all;
    }

    @Override
    public String checksSummary() {
        return findings.isEmpty()
                ? "pass"
                : findings.stream()
                        .map(f -> f.severity().name().toLowerCase(java.util.Locale.ROOT) + ":" + f.rule() + ": "
                                + f.message().english())
                        .collect(Collectors.joining("; "));
    }

    @Override
    public String readbackSummary() {
        return readback.symbols().stream()
                .map(s -> s.elementId() + "=" + (s.ok() ? "ok" : "FAIL") + markingCode(s.expected()))
                .collect(Collectors.joining(" "));
    }

    /**
     * A marking code's label names the item in the label log: its GTIN and serial, which is what
     * withdrawal from circulation asks for. The crypto-tail stays out of the log, as out of every
     * export.
     */
    private static String markingCode(String expected) {
        if (!expected.startsWith("]d2") || !org.packbench.marking.MarkingCodeReader.looksLikeOne(expected)) {
            return "";
        }
        try {
            org.packbench.marking.MarkingCode c =
                    org.packbench.marking.MarkingCodeReader.read(expected, java.util.Optional.empty());
            return " (01)" + c.gtin() + "(21)" + c.serial();
        } catch (org.packbench.i18n.ProblemException e) {
            return "";
        }
    }
}
