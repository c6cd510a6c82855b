package org.packbench.app;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.packbench.catalog.CatalogRepository;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;
import org.packbench.label.LabelDocument;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.vk.Dac;
import org.packbench.marketplace.vk.DacRegistry;
import org.packbench.marketplace.vk.VkParcelLimits;
import org.packbench.render.LabelFormat;
import org.packbench.render.PdfPage;
import org.packbench.render.PdfWriter;
import org.packbench.render.RasterWriter;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.PrintRaster;
import org.packbench.verify.Readback;
import org.packbench.verify.decode.Luminance;
import org.packbench.verify.rules.PrePrintChecks;

/**
 * Issues a label: the SKU from the catalog, the marketplace's rules (a VK label needs a valid DAC
 * and a parcel within VK's limits), the parcel registered with its tracking number, the label
 * laid out and written. The GUI's preview and print and the CLI's {@code label render} all come here.
 */
public final class LabelService {
    private final CatalogRepository catalog;
    private final TemplateLibrary templates;
    private final DacRegistry dacs;
    private final LabelRecords records;
    private final LabelComposer composer;
    private final PrePrintChecks checks = PrePrintChecks.standard();

    public LabelService(
            CatalogRepository catalog,
            TemplateLibrary templates,
            DacRegistry dacs,
            LabelRecords records,
            LabelComposer composer) {
        this.catalog = catalog;
        this.templates = templates;
        this.dacs = dacs;
        this.records = records;
        this.composer = composer;
    }

    /** A label laid out and checked exactly as {@link #render} would, but not issued: nothing is recorded. */
    public Preview preview(LabelRequest request) {
        Prepared p = prepare(request);
        // The id the label will most likely carry, so the previewed QR is the printed QR.
        long id = records.nextId();
        LabelDocument doc = composer.compose(p.template, values(p, request, id), request.dpi());
        List<Finding> findings =
                checks.check(context(p, doc, records.trackingOwner(p.parcel.tracking(), p.parcel.order())));
        BufferedImage raster = new RasterWriter().printRaster(doc);
        return new Preview(LabelValues.labelId(id), doc, raster, findings, new Readback().check(doc, raster));
    }

    /**
     * What the packer sees before printing: the print raster and every check's result.
     *
     * @param labelId the id the label will carry if nothing else is issued first
     */
    public record Preview(
            String labelId,
            LabelDocument document,
            BufferedImage printRaster,
            List<Finding> findings,
            Readback.Result readback) {}

    /**
     * Issues the label. It is laid out, checked by every pre-print rule and read back from its
     * print raster inside the issuing transaction; a label that fails is kept in the log as
     * refused, and {@link LabelRefusedException} says why.
     */
    public RenderedLabel render(LabelRequest request) {
        RenderedLabel label = issue(request);
        if (!label.printable()) {
            throw new LabelRefusedException(label);
        }
        return label;
    }

    /**
     * Issues the label as {@link #render} does, but hands back a refused label instead of
     * throwing, so that a caller writing more in the same unit of work (a print job, the next
     * label of a batch) keeps the refusal on record.
     */
    public RenderedLabel issue(LabelRequest request) {
        Prepared p = prepare(request);
        java.time.LocalDate today = dacs.today();
        return records.issue(draft(p, request), issue -> make(p, request, issue.id(), today, Written.BY_LABEL));
    }

    /**
     * Reserves the label as {@link #issue} would issue it (same checks, same refusals) and hands
     * back the making of it, for a batch that makes many labels at once; complete it with
     * {@link LabelRecords#complete} in the same unit of work.
     */
    public PendingLabel reserve(LabelRequest request, Written written) {
        Prepared p = prepare(request);
        java.time.LocalDate today = dacs.today();
        LabelRecords.Reservation reservation = records.reserve(draft(p, request));
        long id = reservation.issue().id();
        return new PendingLabel(reservation, () -> make(p, request, id, today, written));
    }

    private static LabelRecords.Draft draft(Prepared p, LabelRequest request) {
        return new LabelRecords.Draft(
                Optional.of(p.parcel),
                p.sku.sku(),
                p.template.id(),
                p.templateVersion,
                p.parcel.marketplace().code(),
                p.dac.map(Dac::code).orElse(""),
                request.format().code(),
                request.dpi(),
                false,
                request.reprintReason());
    }

    private RenderedLabel make(Prepared p, LabelRequest request, long id, java.time.LocalDate today, Written written) {
        LabelDocument doc = composer.compose(p.template, values(p, request, id), request.dpi());
        LabelContext context = new LabelContext(
                doc,
                Optional.of(p.sku),
                p.parcel.marketplace(),
                p.template.regulated(),
                p.dac,
                today,
                Optional.empty());
        return checked(LabelValues.labelId(id), id, doc, context, request.format(), written);
    }

    /** What a label is made for: one label the packer sees, or one of a batch written to a file. */
    public enum Written {
        /** The label carries its bytes in its format and the whole print raster it was read back from. */
        BY_LABEL,
        /**
         * A label of a batch to a file: no print raster is kept (the readback draws each symbol's
         * zone alone), and for PDF no bytes, since the batch draws its one PDF from the labels'
         * documents and no PDF of the label's own is made just to be thrown away.
         */
        BY_CALLER
    }

    /** Rules, readback, then the bytes; a refused label gets no bytes, so nothing can send it. */
    static RenderedLabel checked(String labelId, long id, LabelDocument doc, LabelContext context, LabelFormat format) {
        return checked(labelId, id, doc, context, format, Written.BY_LABEL);
    }

    static RenderedLabel checked(
            String labelId, long id, LabelDocument doc, LabelContext context, LabelFormat format, Written written) {
        List<Finding> findings = PrePrintChecks.standard().check(context);
        BufferedImage raster = written == Written.BY_LABEL ? new RasterWriter().printRaster(doc) : null;
        Readback.Result readback = new Readback().check(doc, raster != null ? PrintRaster.whole(raster) : zones(doc));
        boolean ok = findings.stream().noneMatch(Finding::blocks) && readback.ok();
        if (!ok) {
            return new RenderedLabel(id, labelId, doc, new byte[0], "", findings, readback, raster, null);
        }
        if (format == LabelFormat.PDF) {
            // The page is drawn once: its content is the payload hash, and it becomes the label's
            // PDF here or a page of its caller's PDF as it is.
            PdfWriter pdf = new PdfWriter();
            PdfPage page = pdf.page(doc);
            byte[] bytes = written == Written.BY_LABEL ? pdf.writePages(List.of(page)) : new byte[0];
            return new RenderedLabel(
                    id,
                    labelId,
                    doc,
                    bytes,
                    LabelFormat.payloadSha256(page),
                    findings,
                    readback,
                    raster,
                    written == Written.BY_CALLER ? page : null);
        }
        byte[] bytes = format.write(doc);
        return new RenderedLabel(
                id, labelId, doc, bytes, format.payloadSha256(doc, bytes), findings, readback, raster, null);
    }

    /**
     * Each symbol's zone drawn on its own, dot for dot as in the whole print raster, and only the
     * rows of it the reader looks at.
     */
    private static PrintRaster zones(LabelDocument doc) {
        RasterWriter writer = new RasterWriter();
        return new PrintRaster() {
            @Override
            public int width() {
                return doc.widthDots();
            }

            @Override
            public int height() {
                return doc.heightDots();
            }

            @Override
            public LuminanceSource zone(int x, int y, int width, int height) {
                return Luminance.drawnAsRead(
                        width, height, (top, rows) -> writer.printDots(doc, x, y + top, width, rows)
                                .toImageForReading());
            }
        };
    }

    private static java.util.Map<String, String> values(Prepared p, LabelRequest request, long id) {
        java.util.Map<String, String> v = LabelValues.of(p.sku, p.parcel, p.dac, id);
        request.ozonCode().map(String::strip).filter(c -> !c.isEmpty()).ifPresent(c -> v.put("ozon_code", c));
        return v;
    }

    private LabelContext context(Prepared p, LabelDocument doc, Optional<String> trackingOwner) {
        return new LabelContext(
                doc,
                Optional.of(p.sku),
                p.parcel.marketplace(),
                p.template.regulated(),
                p.dac,
                dacs.today(),
                trackingOwner);
    }

    private record Prepared(Sku sku, LabelTemplate template, int templateVersion, Parcel parcel, Optional<Dac> dac) {}

    /**
     * The template the label is made with: for a reprint of the parcel's label on the same
     * template, the very version that label was issued with (a reprint is the same label again,
     * even after a supervisor changed the template); otherwise the current version.
     */
    public TemplateLibrary.Versioned templateFor(LabelRequest request) {
        String id = request.templateId();
        if (request.reprintReason().isPresent() && request.order() != null) {
            Optional<LabelRecords.TemplateUse> issued = records.liveLabel(request.order())
                    .flatMap(live -> records.templateUsed(live.id()))
                    .filter(use -> use.templateId().equals(id));
            if (issued.isPresent()) {
                return new TemplateLibrary.Versioned(
                        templates.get(id, issued.get().version()), issued.get().version());
            }
        }
        return templates.current(id);
    }

    private Prepared prepare(LabelRequest request) {
        Sku sku = lookUp(request.sku());
        TemplateLibrary.Versioned versioned = templateFor(request);
        LabelTemplate template = versioned.template();
        if (template.kind() == LabelTemplate.Kind.LOGISTIC) {
            throw new ProblemException("label.logisticTemplate", template.id());
        }
        if (template.kind() == LabelTemplate.Kind.MARKING) {
            throw new ProblemException("label.markingTemplate", template.id());
        }
        if (!TemplateLibrary.fits(template, sku.marketplace())) {
            throw new ProblemException(
                    "template.wrongMarketplace",
                    template.id(),
                    sku.sku(),
                    sku.marketplace().code(),
                    String.join(", ", templates.forProduct(sku.marketplace())));
        }
        Marketplace marketplace = sku.marketplace();
        Optional<Dac> dac = Optional.empty();
        if (marketplace == Marketplace.VK) {
            List<VkParcelLimits.Violation> over = VkParcelLimits.violations(sku);
            if (!over.isEmpty()) {
                throw new ProblemException(
                        "vk.limit.blocked", sku.sku(), over.get(0).message());
            }
            dac = Optional.of(dacs.forLabel(request.dac()));
        }
        Parcel parcel = new Parcel(request.order(), request.tracking(), marketplace);
        return new Prepared(sku, template, versioned.version(), parcel, dac);
    }

    public TemplateLibrary templates() {
        return templates;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The SKU for what was scanned or typed: the SKU code itself, or the product's barcode, since a
     * packer scans the EAN-13 on the item far more often than types its article (a GTIN-14 with a
     * leading zero, as a GS1 DataMatrix carries it, is the same product).
     */
    private Sku lookUp(String scanned) {
        String code = scanned == null ? "" : scanned.strip();
        return find(code).orElseThrow(() -> new ProblemException("sku.orBarcodeNotFound", code));
    }

    /** The product for a scanned SKU or barcode (EAN-13, or the GTIN-14 a DataMatrix carries), if the catalog has it. */
    public Optional<Sku> find(String scanned) {
        String code = scanned == null ? "" : scanned.strip();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return catalog.find(code)
                .or(() -> code.matches("[0-9]{8,14}") ? catalog.findByGtin(code) : Optional.empty())
                .or(() -> code.matches("0[0-9]{13}") ? catalog.findByGtin(code.substring(1)) : Optional.empty());
    }
}
