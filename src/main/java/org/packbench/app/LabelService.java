package org.packbench.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.packbench.catalog.CatalogRepository;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.LabelComposer;
import org.packbench.label.LabelDocument;
import org.packbench.label.template.LabelTemplate;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.Parcel;
import org.packbench.marketplace.vk.Dac;
import org.packbench.marketplace.vk.DacRegistry;
import org.packbench.marketplace.vk.VkParcelLimits;
import org.packbench.render.LabelFormat;

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

    public LabelService(CatalogRepository catalog, TemplateLibrary templates, DacRegistry dacs, LabelRecords records,
                        LabelComposer composer) {
        this.catalog = catalog;
        this.templates = templates;
        this.dacs = dacs;
        this.records = records;
        this.composer = composer;
    }

    /** A label checked and laid out exactly as {@link #render} would, but not issued: nothing is recorded. */
    public LabelDocument preview(LabelRequest request) {
        Prepared p = prepare(request);
        return composer.compose(p.template, LabelValues.of(p.sku, p.parcel, p.dac, 0), request.dpi());
    }

    public RenderedLabel render(LabelRequest request) {
        Prepared p = prepare(request);
        LabelRecords.Draft draft = new LabelRecords.Draft(Optional.of(p.parcel), p.sku.sku(), p.template.id(),
                p.dac.map(Dac::code).orElse(""), request.format().code(), request.dpi(), false);
        return records.issue(draft, issue -> {
            long id = issue.id();
            LabelDocument doc = composer.compose(p.template, LabelValues.of(p.sku, p.parcel, p.dac, id), request.dpi());
            byte[] bytes = request.format().write(doc);
            return new RenderedLabel(id, LabelValues.labelId(id), doc, bytes, sha256(bytes), p.warnings);
        });
    }

    private record Prepared(Sku sku, LabelTemplate template, Parcel parcel, Optional<Dac> dac, List<Message> warnings) {
    }

    private Prepared prepare(LabelRequest request) {
        Sku sku = catalog.find(request.sku()).orElseThrow(() -> new ProblemException("sku.notFound", request.sku()));
        LabelTemplate template = templates.get(request.templateId());
        if (template.kind() == LabelTemplate.Kind.LOGISTIC) {
            throw new ProblemException("label.logisticTemplate", template.id());
        }
        Marketplace marketplace = Marketplace.parse(template.marketplace()).orElse(sku.marketplace());
        List<Message> warnings = new ArrayList<>();
        Optional<Dac> dac = Optional.empty();
        if (marketplace == Marketplace.VK) {
            List<VkParcelLimits.Violation> over = VkParcelLimits.violations(sku);
            if (!over.isEmpty()) {
                throw new ProblemException("vk.limit.blocked", sku.sku(), over.get(0).message());
            }
            Dac d = dacs.forLabel(request.dac());
            if (d.status(dacs.today()) == Dac.Status.EXPIRING_SOON) {
                warnings.add(Message.of("dac.expiringSoon", d.code(), d.lastValidDay(), d.daysLeft(dacs.today())));
            }
            dac = Optional.of(d);
        }
        Parcel parcel = new Parcel(request.order(), request.tracking(), marketplace);
        return new Prepared(sku, template, parcel, dac, warnings);
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
}
