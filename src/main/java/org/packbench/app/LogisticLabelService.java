package org.packbench.app;

import java.time.LocalDate;
import java.util.Optional;
import org.packbench.catalog.Marketplace;
import org.packbench.gs1.ElementString;
import org.packbench.i18n.ProblemException;
import org.packbench.label.LabelDocument;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.LabelValues;
import org.packbench.marketplace.ozon.LogisticContent;
import org.packbench.render.LabelFormat;
import org.packbench.verify.LabelContext;

/**
 * GS1 logistic (SSCC) labels for Ozon's inbound cargo: the SSCC is allocated in the same
 * transaction as the label record, so a pallet's number is never reused and never skipped.
 */
public final class LogisticLabelService {
    private final TemplateLibrary templates;
    private final LabelRecords records;
    private final LabelComposer composer;
    private final Settings settings;
    private final java.time.Clock clock;

    public LogisticLabelService(
            TemplateLibrary templates,
            LabelRecords records,
            LabelComposer composer,
            Settings settings,
            java.time.Clock clock) {
        this.clock = clock;
        this.templates = templates;
        this.records = records;
        this.composer = composer;
        this.settings = settings;
    }

    /** A request: the template, the optional bracketed content data, and the output. */
    public record Request(String templateId, Optional<String> content, LabelFormat format, int dpi) {}

    public RenderedLabel render(Request request) {
        RenderedLabel label = issue(request);
        if (!label.printable()) {
            throw new LabelRefusedException(label);
        }
        return label;
    }

    /** Issues the label as {@link #render} does, but hands back a refused one instead of throwing. */
    public RenderedLabel issue(Request request) {
        Making m = making(request);
        return records.issue(m.draft(), issue -> m.make(issue, LabelService.Written.BY_LABEL));
    }

    /**
     * Reserves the label and its SSCC as {@link #issue} would, and hands back the making of it,
     * for a batch that makes many labels at once.
     */
    public PendingLabel reserve(Request request, LabelService.Written written) {
        Making m = making(request);
        LabelRecords.Reservation reservation = records.reserve(m.draft());
        return new PendingLabel(reservation, () -> m.make(reservation.issue(), written));
    }

    /** What a logistic label is made from, decided before any number is taken. */
    private record Making(
            LabelTemplate template,
            int templateVersion,
            ElementString content,
            String company,
            Request request,
            LocalDate today,
            LabelComposer composer) {
        LabelRecords.Draft draft() {
            return new LabelRecords.Draft(
                    Optional.empty(),
                    "",
                    template.id(),
                    templateVersion,
                    template.marketplace(),
                    "",
                    request.format().code(),
                    request.dpi(),
                    true,
                    Optional.empty());
        }

        RenderedLabel make(LabelRecords.Issue issue, LabelService.Written written) {
            var values = LogisticContent.values(issue.sscc().orElseThrow(), content, company);
            values.put("label_id", LabelValues.labelId(issue.id()));
            LabelDocument doc = composer.compose(template, values, request.dpi());
            LabelContext context = new LabelContext(
                    doc,
                    Optional.empty(),
                    Marketplace.OZON,
                    template.regulated(),
                    Optional.empty(),
                    today,
                    Optional.empty());
            return LabelService.checked(
                    LabelValues.labelId(issue.id()), issue.id(), doc, context, request.format(), written);
        }
    }

    private Making making(Request request) {
        TemplateLibrary.Versioned current = templates.current(request.templateId());
        LabelTemplate template = current.template();
        if (template.kind() != LabelTemplate.Kind.LOGISTIC) {
            throw new ProblemException("logistic.notLogistic", template.id());
        }
        ElementString content = LogisticContent.parse(request.content());
        String company = settings.get("company.name").orElse("");
        return new Making(template, current.version(), content, company, request, LocalDate.now(clock), composer);
    }
}
