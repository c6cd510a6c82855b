package org.packbench.label.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.packbench.i18n.Message;
import org.packbench.label.LayoutException;
import org.packbench.label.Rect;
import org.packbench.label.TextBlock;
import org.packbench.label.TextFitter;
import org.packbench.label.TextLine;
import org.packbench.label.template.Element;

/**
 * Lays out text elements: a stack flows its texts top to bottom, a lone text fills its box.
 * Type starts at the template's size and shrinks in half-point steps, all texts of a stack
 * together, down to each text's minimum and never below; what still does not fit is an error
 * that names the field and the overflow.
 */
final class TextLayout {
    private static final double STEP_PT = 0.5;

    private final TextFitter fitter;
    private final boolean regulated;

    TextLayout(TextFitter fitter, boolean regulated) {
        this.fitter = fitter;
        this.regulated = regulated;
    }

    List<TextBlock> stack(Element.Stack stack, Map<String, String> values) {
        List<Element.Text> shown = stack.children().stream()
                .filter(t -> !(t.optional() && t.pattern().allEmpty(values)))
                .toList();
        return flow(stack.id(), stack.box(), stack.gapMm(), shown, values);
    }

    List<TextBlock> single(Element.Text text, Map<String, String> values) {
        if (text.optional() && text.pattern().allEmpty(values)) {
            return List.of();
        }
        Element.Text child = new Element.Text(
                text.id(),
                new Rect(0, 0, text.box().width(), 0),
                text.pattern(),
                text.sizePt(),
                text.minPt(),
                text.style(),
                text.maxLines(),
                text.align(),
                text.optional());
        return flow(text.id(), text.box(), 0, List.of(child), values);
    }

    private List<TextBlock> flow(
            String id, Rect box, double gap, List<Element.Text> texts, Map<String, String> values) {
        double maxShrink =
                texts.stream().mapToDouble(t -> t.sizePt() - t.minPt()).max().orElse(0);
        Attempt last = null;
        for (double shrink = 0; shrink <= maxShrink + 1e-9; shrink += STEP_PT) {
            last = attempt(box, gap, texts, values, shrink);
            if (last.problem == null) {
                return last.blocks;
            }
        }
        if (last == null) {
            last = attempt(box, gap, texts, values, 0);
        }
        throw last.problem;
    }

    private static final class Attempt {
        List<TextBlock> blocks = new ArrayList<>();
        LayoutException problem;
    }

    private Attempt attempt(Rect box, double gap, List<Element.Text> texts, Map<String, String> values, double shrink) {
        Attempt a = new Attempt();
        double y = box.y();
        Element.Text tallest = null;
        double tallestHeight = 0;
        for (Element.Text t : texts) {
            double size = Math.max(t.minPt(), t.sizePt() - shrink);
            String text = t.pattern().resolve(values);
            double width = t.box().width();
            TextFitter.Wrapped w = fitter.wrap(text, t.style(), size, width);
            String field = name(t);
            if (w.tooWide().isPresent()) {
                a.problem = new LayoutException(
                        field,
                        Message.of("layout.wordTooWide", field, w.tooWide().get(), mm(w.tooWideByMm()), mm(size)));
                return a;
            }
            if (t.maxLines() > 0 && w.lines().size() > t.maxLines()) {
                double over = (w.lines().size() - t.maxLines()) * fitter.lineHeightMm(size);
                a.problem = new LayoutException(
                        field,
                        Message.of("layout.tooManyLines", field, w.lines().size(), t.maxLines(), mm(over), mm(size)));
                return a;
            }
            double ascent = fitter.typeface().ascentMm(t.style(), size);
            double lh = fitter.lineHeightMm(size);
            List<TextLine> lines = new ArrayList<>();
            double top = y;
            for (String line : w.lines()) {
                double lw = fitter.typeface().widthMm(line, t.style(), size);
                double x = box.x()
                        + t.box().x()
                        + switch (t.align()) {
                            case LEFT -> 0;
                            case CENTER -> (width - lw) / 2;
                            case RIGHT -> width - lw;
                        };
                lines.add(new TextLine(line, t.style(), size, x, top + ascent, new Rect(x, top, lw, lh)));
                top += lh;
            }
            double height = top - y;
            if (height > tallestHeight) {
                tallestHeight = height;
                tallest = t;
            }
            a.blocks.add(new TextBlock(t.id(), text, t.pattern().fields(), regulated, size, lines));
            y = top + gap;
        }
        double used = y - gap - box.y();
        if (used > box.height() + 1e-6) {
            String field = tallest == null ? "-" : name(tallest);
            a.problem = new LayoutException(
                    field,
                    Message.of(
                            "layout.overflow",
                            field,
                            mm(used - box.height()),
                            mm(texts.stream()
                                    .mapToDouble(t -> Math.max(t.minPt(), t.sizePt() - shrink))
                                    .min()
                                    .orElse(0))));
        }
        return a;
    }

    private static String name(Element.Text t) {
        return t.pattern().fields().isEmpty()
                ? t.id()
                : String.join("+", t.pattern().fields());
    }

    private static String mm(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
