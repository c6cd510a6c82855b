package org.packbench.label.design;

import java.util.ArrayList;
import java.util.List;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Dots;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelFields;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.Pattern;

/**
 * One change a supervisor makes to a template in the designer. Each edit makes a new template
 * from the old one and changes nothing else; an edit that cannot apply (no such element, an id
 * already taken) is refused with a problem naming the element.
 */
public sealed interface Edit {
    LabelTemplate apply(LabelTemplate template);

    /**
     * Moves an element by {@code dxMm} to the right and {@code dyMm} down. A text inside a stack
     * moves sideways only: the stack places it vertically.
     */
    record Move(String elementId, double dxMm, double dyMm) implements Edit {
        public Move {
            if (!Double.isFinite(dxMm) || !Double.isFinite(dyMm)) {
                throw new ProblemException("design.notFinite", elementId);
            }
        }

        /** A move by whole printer dots, as the arrow keys move on the dot grid. */
        public static Move byDots(String elementId, int dx, int dy, int dpi) {
            return new Move(elementId, Dots.toMm(dx, dpi), Dots.toMm(dy, dpi));
        }

        @Override
        public LabelTemplate apply(LabelTemplate template) {
            return Elements.replace(template, elementId, e -> {
                Rect b = Elements.box(e);
                return Elements.withBox(e, new Rect(b.x() + dxMm, b.y() + dyMm, b.width(), b.height()));
            });
        }
    }

    /** Gives an element a new width and height, its top-left corner staying where it is. */
    record Resize(String elementId, double widthMm, double heightMm) implements Edit {
        public Resize {
            if (!(widthMm > 0) || !(heightMm > 0)) {
                throw new ProblemException("design.size", elementId, widthMm, heightMm);
            }
        }

        @Override
        public LabelTemplate apply(LabelTemplate template) {
            return Elements.replace(template, elementId, e -> {
                Rect b = Elements.box(e);
                return Elements.withBox(e, new Rect(b.x(), b.y(), widthMm, heightMm));
            });
        }
    }

    /**
     * Sets the type size of a text (or of the watermark). The text may still shrink to its
     * minimum, which is lowered with it when the new size is below it.
     */
    record SetFontSize(String elementId, double sizePt) implements Edit {
        public SetFontSize {
            if (!(sizePt > 0)) {
                throw new ProblemException("design.fontSize", elementId, sizePt);
            }
        }

        @Override
        public LabelTemplate apply(LabelTemplate template) {
            return Elements.replace(template, elementId, e -> Elements.withFontSize(e, sizePt));
        }
    }

    /** Adds an element on top of the others. */
    record Add(Element element) implements Edit {
        @Override
        public LabelTemplate apply(LabelTemplate template) {
            if (Elements.ids(template).contains(element.id())
                    || (element instanceof Element.Stack s
                            && s.children().stream()
                                    .anyMatch(c -> Elements.ids(template).contains(c.id())))) {
                throw new ProblemException("design.duplicateElement", element.id());
            }
            List<Element> elements = new ArrayList<>(template.elements());
            elements.add(element);
            return Elements.withElements(template, elements);
        }
    }

    /** Takes an element off the label (a text out of its stack, while the stack keeps another). */
    record Remove(String elementId) implements Edit {
        @Override
        public LabelTemplate apply(LabelTemplate template) {
            List<Element> elements = new ArrayList<>();
            boolean found = false;
            for (Element e : template.elements()) {
                if (e.id().equals(elementId)) {
                    found = true;
                    continue;
                }
                if (e instanceof Element.Stack s && s.children().stream().anyMatch(c -> c.id().equals(elementId))) {
                    if (s.children().size() == 1) {
                        throw new ProblemException("design.lastInStack", elementId, s.id());
                    }
                    found = true;
                    e = new Element.Stack(
                            s.id(),
                            s.box(),
                            s.gapMm(),
                            s.children().stream()
                                    .filter(c -> !c.id().equals(elementId))
                                    .toList());
                }
                elements.add(e);
            }
            if (!found) {
                throw new ProblemException("design.unknownElement", elementId, template.id());
            }
            return Elements.withElements(template, elements);
        }
    }

    /** Sets a text regular or bold. */
    record SetStyle(String elementId, FontStyle style) implements Edit {
        @Override
        public LabelTemplate apply(LabelTemplate template) {
            return Elements.replace(template, elementId, e -> Elements.text(e, t -> t.withStyle(style)));
        }
    }

    /** Aligns a text or a barcode within its box. */
    record SetAlign(String elementId, Element.Align align) implements Edit {
        @Override
        public LabelTemplate apply(LabelTemplate template) {
            return Elements.replace(template, elementId, e -> Elements.withAlign(e, align));
        }
    }

    /**
     * Binds a text, a barcode's data or the watermark to {@code source}: one field ({@code
     * {name_ru}}), a pattern ({@code Вес нетто: {net_weight_g} г}) or free text. A field the
     * engine does not know is refused here, by name, rather than printing empty later.
     */
    record SetPattern(String elementId, String source) implements Edit {
        public SetPattern {
            if (source == null || source.isBlank()) {
                throw new ProblemException("design.emptyPattern", elementId);
            }
            Pattern p = Pattern.parse(source);
            for (String f : p.fields()) {
                if (!LabelFields.known(f)) {
                    throw new ProblemException("design.unknownField", elementId, f);
                }
            }
        }

        @Override
        public LabelTemplate apply(LabelTemplate template) {
            return Elements.replace(template, elementId, e -> Elements.withPattern(e, Pattern.parse(source)));
        }
    }

    /**
     * How a text fits its box: on at most {@code maxLines} lines, shrinking no lower than {@code
     * minPt} (a Russian product label still never goes under 10 pt, whatever is set here).
     */
    record SetFit(String elementId, int maxLines, double minPt) implements Edit {
        public SetFit {
            if (maxLines < 1 || !(minPt > 0)) {
                throw new ProblemException("design.fit", elementId, maxLines, minPt);
            }
        }

        @Override
        public LabelTemplate apply(LabelTemplate template) {
            return Elements.replace(template, elementId, e -> Elements.text(e, t -> t.withFit(maxLines, minPt)));
        }
    }

    /** Sets a barcode's wanted module (X-dimension) in mm; the engine makes it whole dots. */
    record SetModule(String elementId, double moduleMm) implements Edit {
        public SetModule {
            if (!(moduleMm > 0)) {
                throw new ProblemException("design.module", elementId, moduleMm);
            }
        }

        @Override
        public LabelTemplate apply(LabelTemplate template) {
            return Elements.replace(template, elementId, e -> {
                if (!(e instanceof Element.Barcode b)) {
                    throw new ProblemException("design.noBarcode", elementId);
                }
                return b.withModule(moduleMm);
            });
        }
    }

    /** The longest side of a label a thermal printer takes (a 4-inch head, the longest roll labels). */
    double MAX_LABEL_MM = 300;

    /** Gives the label another size (a preset or typed in mm); the elements stay where they are. */
    record SetLabelSize(double widthMm, double heightMm) implements Edit {
        public SetLabelSize {
            if (!(widthMm > 0) || !(heightMm > 0) || widthMm > MAX_LABEL_MM || heightMm > MAX_LABEL_MM) {
                throw new ProblemException("design.labelSize", widthMm, heightMm);
            }
        }

        @Override
        public LabelTemplate apply(LabelTemplate t) {
            return new LabelTemplate(
                    t.id(), t.title(), t.marketplace(), t.kind(), t.regulated(), widthMm, heightMm, t.elements());
        }
    }
}
