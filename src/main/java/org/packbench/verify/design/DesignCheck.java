package org.packbench.verify.design;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.packbench.catalog.Marketplace;
import org.packbench.i18n.Message;
import org.packbench.label.LabelDocument;
import org.packbench.label.LayoutException;
import org.packbench.label.Rect;
import org.packbench.label.TextBlock;
import org.packbench.label.compose.LabelComposer;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.verify.Finding;
import org.packbench.verify.LabelContext;
import org.packbench.verify.PrintRaster;
import org.packbench.verify.Readback;
import org.packbench.verify.rules.BarcodeDataValid;
import org.packbench.verify.rules.MinimumTextSize;
import org.packbench.verify.rules.PrePrintChecks;

/**
 * The designer's checks: the label engine itself lays the template out with sample values at the
 * printer's resolution, and what it refuses or what would print badly is said on the element it
 * concerns. Each element is laid out on its own as well as on the whole label, so one element
 * that does not fit does not hide what is wrong with the others.
 */
public final class DesignCheck {
    /** A module this close to a whole number of dots (in dots) counts as whole. */
    static final double WHOLE_DOT_TOLERANCE = 0.05;
    /** How far a text may shrink when the check asks how small it would have to be. */
    static final double SMALLEST_TRIED_PT = 4.0;
    /** Edges closer than this (mm) are taken as touching, not overlapping. */
    static final double TOUCH_MM = 1e-6;

    /** The rules of pre-print checking that judge a template rather than one parcel's data. */
    private static final PrePrintChecks TEMPLATE_RULES =
            new PrePrintChecks(List.of(new MinimumTextSize(), new BarcodeDataValid()));

    private final LabelComposer composer;
    private final Optional<Function<LabelDocument, PrintRaster>> raster;

    /** Checks without reading barcodes back (the layout, the rules and the module sizes). */
    public DesignCheck(LabelComposer composer) {
        this.composer = composer;
        this.raster = Optional.empty();
    }

    /** Checks that also read every barcode back from the print raster {@code raster} draws. */
    public DesignCheck(LabelComposer composer, Function<LabelDocument, PrintRaster> raster) {
        this.composer = composer;
        this.raster = Optional.of(raster);
    }

    public DesignReport check(LabelTemplate template, Map<String, String> values, int dpi) {
        Findings found = new Findings();
        List<Overlaps.Footprint> footprints = new ArrayList<>();
        Rect label = new Rect(0, 0, template.widthMm(), template.heightMm());
        for (Element e : template.elements()) {
            if (!(e instanceof Element.Boxed boxed)) {
                // The watermark covers the whole label by design.
                continue;
            }
            Rect box = boxed.box();
            if (!label.contains(box)) {
                found.add(
                        e.id(),
                        DesignFinding.Problem.OUTSIDE_LABEL,
                        true,
                        Message.of(
                                "design.check.outside",
                                e.id(),
                                mm(box.x()),
                                mm(box.y()),
                                mm(box.right()),
                                mm(box.bottom()),
                                mm(template.widthMm()),
                                mm(template.heightMm())));
            }
            if (e instanceof Element.Barcode b) {
                ElementGeometry.modules(b, dpi, found);
            }
            if (e instanceof Element.Stack stack) {
                ElementGeometry.withinStack(stack, found);
            }
            if (e instanceof Element.Image picture) {
                ElementGeometry.pictureFits(picture, dpi, found);
            }
            alone(template, e, values, dpi, found).ifPresent(doc -> {
                footprints.addAll(Overlaps.footprints(e, doc));
                rules(doc, template.regulated(), found);
            });
        }
        Overlaps.mark(footprints, found);
        whole(template, values, dpi, found);
        return new DesignReport(found.all());
    }

    /** The element laid out alone on the label; empty when the engine refuses it, which is then found. */
    private Optional<LabelDocument> alone(
            LabelTemplate t, Element e, Map<String, String> values, int dpi, Findings found) {
        try {
            return Optional.of(composer.compose(only(t, e, t.regulated()), values, dpi));
        } catch (LayoutException ex) {
            if (e instanceof Element.Barcode
                    && "layout.barcodeTooBig".equals(ex.problem().key())) {
                found.add(
                        e.id(),
                        DesignFinding.Problem.DOES_NOT_FIT,
                        true,
                        Message.of("design.check.quietZone", e.id(), ex.problem()));
            } else if (t.regulated() && texts(e).size() > 0) {
                tooSmall(t, e, ex, values, dpi, found);
            } else {
                found.add(owner(e, ex.field()), DesignFinding.Problem.DOES_NOT_FIT, true, ex.problem());
            }
            return Optional.empty();
        }
    }

    /**
     * A text of a Russian product label that does not fit at 10 pt: laid out again as if it could
     * shrink further, to say what size it would need. The text the engine names is let shrink
     * first; if that is not enough, every text of its stack.
     */
    private void tooSmall(
            LabelTemplate t, Element e, LayoutException ex, Map<String, String> values, int dpi, Findings found) {
        String named = owner(e, ex.field());
        for (Set<String> relaxed : List.of(Set.of(named), ids(texts(e)))) {
            try {
                LabelDocument doc = composer.compose(only(t, relaxedTexts(e, relaxed), false), values, dpi);
                boolean marked = false;
                for (TextBlock b : doc.texts()) {
                    if (relaxed.contains(b.elementId()) && b.sizePt() < LabelTemplate.REGULATED_MIN_PT - 1e-9) {
                        found.add(
                                b.elementId(),
                                DesignFinding.Problem.TEXT_UNDER_MINIMUM,
                                true,
                                Message.of(
                                        "design.check.textNeeds",
                                        b.elementId(),
                                        pt(b.sizePt()),
                                        pt(LabelTemplate.REGULATED_MIN_PT)));
                        marked = true;
                    }
                }
                if (marked) {
                    return;
                }
            } catch (LayoutException stillTooBig) {
                // Not even the smallest tried size fits: say what the engine said at 10 pt.
            }
        }
        found.add(named, DesignFinding.Problem.DOES_NOT_FIT, true, ex.problem());
    }

    /** The pre-print rules that judge a layout, on one element's document; each finding goes on the element it names. */
    private static void rules(LabelDocument doc, boolean regulated, Findings found) {
        LabelContext context = new LabelContext(
                doc,
                Optional.empty(),
                Marketplace.OTHER,
                regulated,
                Optional.empty(),
                LocalDate.EPOCH,
                Optional.empty());
        Set<String> marked = new LinkedHashSet<>();
        for (Finding f : TEMPLATE_RULES.check(context)) {
            String element = named(f.message(), doc);
            if (!marked.add(
                    element + "\u0000" + f.rule() + "\u0000" + f.message().key())) {
                continue; // one mark per element and rule: a text under 10 pt is so on every line
            }
            DesignFinding.Problem problem = "minimum-text-size".equals(f.rule())
                    ? DesignFinding.Problem.TEXT_UNDER_MINIMUM
                    : DesignFinding.Problem.RULE;
            found.add(element, problem, f.blocks(), f.message());
        }
    }

    /**
     * The whole label laid out as it will be issued, and, when a print raster is at hand, every
     * barcode read back from it. What the engine refuses here and was not found element by
     * element is still said.
     */
    private void whole(LabelTemplate t, Map<String, String> values, int dpi, Findings found) {
        LabelDocument doc;
        try {
            doc = composer.compose(t, values, dpi);
        } catch (LayoutException ex) {
            if (found.blocking() == 0) {
                found.add(owner(t, ex.field()), DesignFinding.Problem.DOES_NOT_FIT, true, ex.problem());
            }
            return;
        }
        marketplaceNeeds(t, doc, found);
        if (raster.isPresent()) {
            Readback.Result read = new Readback().check(doc, raster.get().apply(doc));
            for (Finding f : read.findings()) {
                if (!"readback.moduleTooSmall".equals(f.message().key())) {
                    found.add(named(f.message(), doc), DesignFinding.Problem.READBACK, f.blocks(), f.message());
                }
            }
        }
    }

    /**
     * What every label of the template's marketplace must show whatever the product: a VK product
     * label names the product, its net weight and its manufacturer, and a VK parcel label carries
     * the DAC watermark. Pre-print checks refuse each label that lacks them; a template that
     * lacks them would be refused on every parcel, so it is refused here, once.
     */
    private static void marketplaceNeeds(LabelTemplate t, LabelDocument doc, Findings found) {
        if (Marketplace.parse(t.marketplace()).orElse(Marketplace.OTHER) != Marketplace.VK
                || !t.kind().forParcel()) {
            return;
        }
        if (t.regulated()) {
            for (String field : List.of("name_ru", "net_weight_g", "manufacturer")) {
                if (doc.texts().stream().noneMatch(b -> b.fields().contains(field))) {
                    found.add(
                            DesignFinding.WHOLE_LABEL,
                            DesignFinding.Problem.RULE,
                            true,
                            Message.of("design.check.vkNeedsField", field));
                }
            }
        }
        if (doc.watermark().isEmpty()) {
            found.add(
                    DesignFinding.WHOLE_LABEL,
                    DesignFinding.Problem.RULE,
                    true,
                    Message.of("design.check.vkNeedsWatermark"));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static LabelTemplate only(LabelTemplate t, Element e, boolean regulated) {
        return new LabelTemplate(
                t.id(), t.title(), t.marketplace(), t.kind(), regulated, t.widthMm(), t.heightMm(), List.of(e));
    }

    private static List<Element.Text> texts(Element e) {
        if (e instanceof Element.Text t) {
            return List.of(t);
        }
        if (e instanceof Element.Stack s) {
            return s.children();
        }
        return List.of();
    }

    private static Set<String> ids(List<Element.Text> texts) {
        Set<String> ids = new LinkedHashSet<>();
        texts.forEach(t -> ids.add(t.id()));
        return ids;
    }

    /** The element with the texts {@code relaxed} allowed to shrink to {@link #SMALLEST_TRIED_PT}. */
    private static Element relaxedTexts(Element e, Set<String> relaxed) {
        if (e instanceof Element.Text t) {
            return relaxed.contains(t.id()) ? relaxed(t) : t;
        }
        Element.Stack s = (Element.Stack) e;
        return new Element.Stack(
                s.id(),
                s.box(),
                s.gapMm(),
                s.children().stream()
                        .map(c -> relaxed.contains(c.id()) ? relaxed(c) : c)
                        .toList());
    }

    private static Element.Text relaxed(Element.Text t) {
        return new Element.Text(
                t.id(),
                t.box(),
                t.pattern(),
                t.sizePt(),
                Math.min(t.minPt(), SMALLEST_TRIED_PT),
                t.style(),
                t.maxLines(),
                t.align(),
                t.optional());
    }

    /**
     * The element a layout problem names: the engine names a text by its fields joined with "+"
     * (or by its id when it has none), a barcode by the fields of its data.
     */
    private static String owner(Element e, String field) {
        for (Element.Text t : texts(e)) {
            String name = t.pattern().fields().isEmpty()
                    ? t.id()
                    : String.join("+", t.pattern().fields());
            if (name.equals(field) || t.id().equals(field)) {
                return t.id();
            }
        }
        return e.id();
    }

    private static String owner(LabelTemplate t, String field) {
        for (Element e : t.elements()) {
            String o = owner(e, field);
            if (!o.equals(e.id()) || e.id().equals(field)) {
                return o;
            }
            if (e instanceof Element.Barcode b
                    && String.join("+", b.data().fields()).equals(field)) {
                return b.id();
            }
        }
        return DesignFinding.WHOLE_LABEL;
    }

    /** The rules and the readback name the element first in their sentences. */
    private static String named(Message m, LabelDocument doc) {
        if (!m.args().isEmpty()
                && m.args().get(0) instanceof String id
                && (doc.text(id).isPresent() || doc.barcode(id).isPresent())) {
            return id;
        }
        return DesignFinding.WHOLE_LABEL;
    }

    static String mm(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String mm3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
