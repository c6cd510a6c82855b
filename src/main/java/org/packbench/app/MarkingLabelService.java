package org.packbench.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.packbench.catalog.Marketplace;
import org.packbench.catalog.Sku;
import org.packbench.i18n.ProblemException;
import org.packbench.label.LabelDocument;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.LabelTemplate;
import org.packbench.marketplace.LabelRecords;
import org.packbench.marketplace.LabelValues;
import org.packbench.marking.MarkingCode;
import org.packbench.marking.MarkingPrints;
import org.packbench.render.LabelFormat;
import org.packbench.verify.LabelContext;

/**
 * Честный ЗНАК marking codes printed as GS1 DataMatrix labels, each through the label log, the
 * pre-print checks and the readback of the exact bytes (]d2, FNC1, GS positions) like every other
 * label. A code is printed once; a second print needs a reason, and both are kept.
 */
public final class MarkingLabelService {
    /** The template a code prints on when none is chosen. */
    public static final String DEFAULT_TEMPLATE = "marking-58x40";

    private final TemplateLibrary templates;
    private final LabelRecords records;
    private final MarkingPrints prints;
    private final LabelComposer composer;
    private final java.util.function.Function<String, Optional<Sku>> products;
    private final Supplier<String> bench;
    private final Clock clock;

    MarkingLabelService(
            TemplateLibrary templates,
            LabelRecords records,
            MarkingPrints prints,
            LabelComposer composer,
            java.util.function.Function<String, Optional<Sku>> products,
            Supplier<String> bench,
            Clock clock) {
        this.templates = templates;
        this.records = records;
        this.prints = prints;
        this.composer = composer;
        this.products = products;
        this.bench = bench;
        this.clock = clock;
    }

    /**
     * One code on one label.
     *
     * @param reprintReason why a code printed before is printed again; without one it is refused
     */
    public record Request(
            String templateId, MarkingCode code, Optional<String> reprintReason, LabelFormat format, int dpi) {
        public Request {
            reprintReason = reprintReason.map(String::strip).filter(r -> !r.isEmpty());
        }
    }

    /** The label, printable, with the print recorded; a refused label throws {@link LabelRefusedException}. */
    public RenderedLabel render(Request request) {
        Making m = making(request);
        RenderedLabel label = records.issue(m.draft(), issue -> {
            claim(request.code(), request.reprintReason(), issue.id());
            RenderedLabel made = m.make(issue, LabelService.Written.BY_LABEL);
            if (!made.printable()) {
                prints.forget(issue.id());
            }
            return made;
        });
        if (!label.printable()) {
            throw new LabelRefusedException(label);
        }
        return label;
    }

    /**
     * Reserves the label as {@link #render} would, for a batch, and claims its code for it in the
     * same unit of work: two benches printing one code at once meet at the store's unique index,
     * before either label is made. A label the checks then refuse gives its code back ({@link
     * #refused}).
     */
    public PendingLabel reserve(Request request, LabelService.Written written) {
        Making m = making(request);
        LabelRecords.Reservation reservation = records.reserve(m.draft());
        claim(request.code(), request.reprintReason(), reservation.issue().id());
        return new PendingLabel(reservation, () -> m.make(reservation.issue(), written));
    }

    /** A reserved label was refused by the checks or the readback: its code was not printed. */
    public void refused(RenderedLabel label) {
        prints.forget(label.id());
    }

    /**
     * Records that label {@code labelId} carries {@code code}. The reason is kept only for a code
     * printed before: a code's first print is its first print, whatever the request said.
     */
    private void claim(MarkingCode code, Optional<String> reprintReason, long labelId) {
        Optional<String> reason =
                reprintReason.filter(r -> prints.first(code.identity()).isPresent());
        prints.record(code, labelId, reason, clock.instant(), bench.get());
    }

    /**
     * Refused before any number is taken: a template that is not a marking label, and a code
     * printed before when no reason is given.
     */
    private void checkPrintable(MarkingCode code, Optional<String> reprintReason) {
        if (reprintReason.map(String::isBlank).orElse(true)) {
            prints.first(code.identity()).ifPresent(before -> {
                throw new ProblemException(
                        "marks.printedBefore",
                        code.shown(),
                        LabelValues.labelId(before.labelId()),
                        before.at(),
                        before.bench());
            });
        }
    }

    /** Every print of {@code code}, the first one first, each reprint with its reason. */
    public java.util.List<MarkingPrints.Printed> prints(MarkingCode code) {
        return prints.all(code.identity());
    }

    /** The template, refused when it is not a marking code label. */
    public LabelTemplate template(String id) {
        LabelTemplate template = templates.get(id);
        if (template.kind() != LabelTemplate.Kind.MARKING) {
            throw new ProblemException("marks.notMarkingTemplate", id, String.join(", ", templateIds()));
        }
        return template;
    }

    /** The marking templates shipped, smallest first. */
    public java.util.List<String> templateIds() {
        return templates.all().stream()
                .filter(t -> t.kind() == LabelTemplate.Kind.MARKING)
                .sorted(java.util.Comparator.comparing(LabelTemplate::widthMm).thenComparing(LabelTemplate::id))
                .map(LabelTemplate::id)
                .toList();
    }

    private record Making(
            LabelTemplate template,
            int templateVersion,
            MarkingCode code,
            Optional<Sku> product,
            Request request,
            LocalDate today,
            LabelComposer composer) {
        LabelRecords.Draft draft() {
            return new LabelRecords.Draft(
                    Optional.empty(),
                    product.map(Sku::sku).orElse(""),
                    template.id(),
                    templateVersion,
                    template.marketplace(),
                    "",
                    request.format().code(),
                    request.dpi(),
                    false,
                    Optional.empty());
        }

        RenderedLabel make(LabelRecords.Issue issue, LabelService.Written written) {
            LabelDocument doc = composer.compose(template, values(issue.id()), request.dpi());
            LabelContext context = new LabelContext(
                    doc,
                    Optional.empty(),
                    product.map(Sku::marketplace).orElse(Marketplace.OTHER),
                    template.regulated(),
                    Optional.empty(),
                    today,
                    Optional.empty());
            return LabelService.checked(
                    LabelValues.labelId(issue.id()), issue.id(), doc, context, request.format(), written);
        }

        private Map<String, String> values(long labelId) {
            return org.packbench.marking.MarkingLabelValues.of(
                    code, product.map(Sku::nameRu), LabelValues.labelId(labelId));
        }
    }

    private Making making(Request request) {
        template(request.templateId());
        checkPrintable(request.code(), request.reprintReason());
        TemplateLibrary.Versioned versioned = versionFor(request);
        Optional<Sku> product = products.apply(request.code().gtin());
        return new Making(
                versioned.template(),
                versioned.version(),
                request.code(),
                product,
                request,
                LocalDate.now(clock),
                composer);
    }

    /**
     * A code printed again on the template of its first print is printed with that print's
     * version, as it was; anything else with the current version.
     */
    private TemplateLibrary.Versioned versionFor(Request request) {
        String id = request.templateId();
        if (request.reprintReason().isPresent()) {
            Optional<LabelRecords.TemplateUse> first = prints.first(
                            request.code().identity())
                    .flatMap(before -> records.templateUsed(before.labelId()))
                    .filter(use -> use.templateId().equals(id));
            if (first.isPresent()) {
                return new TemplateLibrary.Versioned(
                        templates.get(id, first.get().version()), first.get().version());
            }
        }
        return templates.current(id);
    }
}
