package org.packbench.verify.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;
import org.packbench.pdf.GuardedPdf;
import org.packbench.pdf.PdfLimits;

/**
 * Audits a label PDF, ours or anyone's, against the SKU record the way a marketplace checks it:
 * the Russian name, the net weight and the manufacturer printed exactly as on the seller's card,
 * no text under 10 pt, and no barcode for another GTIN. PDF bytes in, report out. The digits a
 * barcode carries under its bars are part of the symbol: under 10 pt they are a note, not a
 * failure ({@link HumanReadableInterpretation}). The PDF is anyone's, so it is read within
 * {@link PdfLimits#LABELS}.
 */
public final class PdfAudit {

    /**
     * The report on {@code pdf} for {@code sku}.
     *
     * @throws ProblemException when the bytes are not a readable PDF, are locked or have no page;
     *         {@link org.packbench.pdf.PdfRefusedException} when they are past a limit
     */
    public AuditReport audit(byte[] pdf, Sku sku) {
        try (GuardedPdf document = load(pdf)) {
            List<TextRun> runs = PdfTextReader.runs(document);
            List<PageBarcodes.Found> found = PageBarcodes.read(document);
            List<PageBarcode> barcodes =
                    found.stream().map(PageBarcodes.Found::barcode).toList();
            FieldFinder finder = FieldFinder.of(runs);
            List<FieldCheck> fields = new ArrayList<>();
            fields.add(finder.check(CatalogField.NAME_RU.column(), sku.nameRu()));
            fields.add(WeightReading.check(CatalogField.NET_WEIGHT_G.column(), weights(runs), sku.netWeightG()));
            fields.add(finder.check(CatalogField.MANUFACTURER.column(), sku.manufacturer()));
            fields.addAll(BarcodeGtin.checks(barcodes, sku.gtin()));
            Set<TextRun> hri = HumanReadableInterpretation.in(runs, found);
            List<TextRun> labelText =
                    runs.stream().filter(r -> !hri.contains(r)).toList();
            return new AuditReport(fields, SmallText.findIn(labelText), barcodes, SmallText.findIn(List.copyOf(hri)));
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged content with runtime exceptions as well as IOException; either
            // way the file is at fault, and the audit cannot vouch for a label it could not read.
            throw new ProblemException("verify.pdf.unreadable", reason(e));
        }
    }

    private static GuardedPdf load(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new ProblemException("verify.pdf.unreadable", "0 bytes");
        }
        GuardedPdf document;
        try {
            document = GuardedPdf.load(pdf, PdfLimits.LABELS);
        } catch (InvalidPasswordException e) {
            throw new ProblemException("verify.pdf.encrypted");
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ProblemException("verify.pdf.unreadable", reason(e));
        }
        if (document.pageCount() == 0) {
            document.close();
            throw new ProblemException("verify.pdf.noPages");
        }
        return document;
    }

    /** The upright text of each page, its lines apart, so that a weight is read within a line or across a wrap. */
    private static List<WeightReading> weights(List<TextRun> runs) {
        List<WeightReading> out = new ArrayList<>();
        runs.stream()
                .filter(TextRun::upright)
                .collect(Collectors.groupingBy(
                        TextRun::page, TreeMap::new, Collectors.mapping(TextRun::text, Collectors.joining("\n"))))
                .values()
                .forEach(text -> out.addAll(WeightReading.findIn(text)));
        return out;
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
