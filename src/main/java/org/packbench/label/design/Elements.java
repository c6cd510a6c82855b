package org.packbench.label.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.Pattern;

/** Finding and replacing elements of an immutable template, texts inside stacks included. */
public final class Elements {
    private Elements() {}

    static LabelTemplate withElements(LabelTemplate t, List<Element> elements) {
        return new LabelTemplate(
                t.id(), t.title(), t.marketplace(), t.kind(), t.regulated(), t.widthMm(), t.heightMm(), elements);
    }

    /** Every id on the template, stack children included, in the template's order. */
    public static Set<String> ids(LabelTemplate t) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element e : t.elements()) {
            ids.add(e.id());
            if (e instanceof Element.Stack s) {
                s.children().forEach(c -> ids.add(c.id()));
            }
        }
        return ids;
    }

    /** The element {@code id}: one of the template's, or a text of one of its stacks. */
    public static java.util.Optional<Element> find(LabelTemplate t, String id) {
        for (Element e : t.elements()) {
            if (e.id().equals(id)) {
                return java.util.Optional.of(e);
            }
            if (e instanceof Element.Stack s) {
                for (Element.Text c : s.children()) {
                    if (c.id().equals(id)) {
                        return java.util.Optional.of(c);
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** The template with the element {@code id} (top level or in a stack) replaced by {@code change} of it. */
    static LabelTemplate replace(LabelTemplate t, String id, UnaryOperator<Element> change) {
        List<Element> elements = new ArrayList<>();
        boolean found = false;
        for (Element e : t.elements()) {
            if (e.id().equals(id)) {
                e = change.apply(e);
                found = true;
            } else if (e instanceof Element.Stack s && s.children().stream().anyMatch(c -> c.id().equals(id))) {
                List<Element.Text> children = new ArrayList<>();
                for (Element.Text c : s.children()) {
                    children.add(c.id().equals(id) ? (Element.Text) change.apply(c) : c);
                }
                e = new Element.Stack(s.id(), s.box(), s.gapMm(), children);
                found = true;
            }
            elements.add(e);
        }
        if (!found) {
            throw new ProblemException("design.unknownElement", id, t.id());
        }
        return withElements(t, elements);
    }

    static Rect box(Element e) {
        if (e instanceof Element.Boxed b) {
            return b.box();
        }
        throw new ProblemException("design.noBox", e.id());
    }

    /**
     * The element with another box. A text in a stack keeps only its x offset and width (its y
     * and height belong to the stack), which is what a stack child's box holds.
     */
    static Element withBox(Element e, Rect r) {
        if (e instanceof Element.Text t) {
            return t.withBox(r);
        } else if (e instanceof Element.Stack s) {
            return new Element.Stack(s.id(), r, s.gapMm(), s.children());
        } else if (e instanceof Element.Barcode b) {
            return b.withBox(r);
        } else if (e instanceof Element.Shape s) {
            return new Element.Shape(s.id(), s.kind(), r, s.thicknessMm());
        } else if (e instanceof Element.Image i) {
            return new Element.Image(i.id(), r, i.pixels());
        }
        throw new ProblemException("design.noBox", e.id());
    }

    static Element withFontSize(Element e, double pt) {
        if (e instanceof Element.Text t) {
            return t.withSize(pt);
        } else if (e instanceof Element.Watermark w) {
            return w.withSize(pt);
        }
        throw new ProblemException("design.noText", e.id());
    }

    /** A text changed by {@code change}; anything else is refused as not a text. */
    static Element text(Element e, UnaryOperator<Element.Text> change) {
        if (e instanceof Element.Text t) {
            return change.apply(t);
        }
        throw new ProblemException("design.noText", e.id());
    }

    static Element withAlign(Element e, Element.Align align) {
        if (e instanceof Element.Text t) {
            return t.withAlign(align);
        } else if (e instanceof Element.Barcode b) {
            return b.withAlign(align);
        }
        throw new ProblemException("design.noAlign", e.id());
    }

    static Element withPattern(Element e, Pattern p) {
        if (e instanceof Element.Text t) {
            return t.withPattern(p);
        } else if (e instanceof Element.Barcode b) {
            return b.withData(p);
        } else if (e instanceof Element.Watermark w) {
            return w.withText(p);
        }
        throw new ProblemException("design.noData", e.id());
    }
}
