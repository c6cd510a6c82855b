package org.packbench.label.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.function.Function;
import org.packbench.i18n.ProblemException;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.Symbology;

/**
 * Writes a template as the JSON {@link TemplateReader} reads, in the shape of the files in
 * {@code label-templates/}: what is read back is the same template, element for element. Every
 * value is written out, defaults included, so the file says what the engine will do.
 */
public final class TemplateWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Function<Element.Image, String> imageFiles;

    /**
     * @param imageFiles the file name, relative to the template folder, under which the caller
     *     keeps an image element's picture (the reader reads it back from there)
     */
    public TemplateWriter(Function<Element.Image, String> imageFiles) {
        this.imageFiles = imageFiles;
    }

    /** A writer for templates without pictures; an image element is refused. */
    public static TemplateWriter withoutImages() {
        return new TemplateWriter(i -> {
            throw new ProblemException("template.write.image", i.id());
        });
    }

    public String write(LabelTemplate t) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", t.id());
        root.put("title", t.title());
        root.put("marketplace", t.marketplace());
        root.put("kind", t.kind().name().toLowerCase(Locale.ROOT));
        root.put("regulated", t.regulated());
        number(root, "width_mm", t.widthMm());
        number(root, "height_mm", t.heightMm());
        ArrayNode elements = root.putArray("elements");
        for (Element e : t.elements()) {
            elements.add(element(e));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private ObjectNode element(Element e) {
        ObjectNode n = JSON.createObjectNode();
        if (e instanceof Element.Text t) {
            n.put("type", "text");
            n.put("id", t.id());
            box(n, t.box());
            text(n, t);
        } else if (e instanceof Element.Stack s) {
            n.put("type", "stack");
            n.put("id", s.id());
            box(n, s.box());
            number(n, "gap_mm", s.gapMm());
            ArrayNode children = n.putArray("children");
            for (Element.Text c : s.children()) {
                ObjectNode child = children.addObject();
                child.put("type", "text");
                child.put("id", c.id());
                number(child, "x", c.box().x());
                number(child, "w", c.box().width());
                text(child, c);
            }
        } else if (e instanceof Element.Barcode b) {
            barcode(n, b);
        } else if (e instanceof Element.Shape s) {
            boolean line = s.kind() == org.packbench.label.Shape.Kind.LINE;
            n.put("type", line ? "line" : "box");
            n.put("id", s.id());
            box(n, s.box());
            if (!line) {
                number(n, "thickness_mm", s.thicknessMm());
            }
        } else if (e instanceof Element.Image i) {
            n.put("type", "image");
            n.put("id", i.id());
            n.put("file", imageFiles.apply(i));
            box(n, i.box());
        } else if (e instanceof Element.Watermark w) {
            n.put("type", "watermark");
            n.put("id", w.id());
            n.put("text", w.text().source());
            number(n, "angle_deg", w.angleDeg());
            number(n, "font_pt", w.sizePt());
            number(n, "step_mm", w.stepMm());
            number(n, "grey", w.grey());
            n.put("dot_pitch", w.dotPitch());
        }
        return n;
    }

    /** The text's words: a lone field as {@code field}, anything else as {@code pattern}. */
    private static void text(ObjectNode n, Element.Text t) {
        Pattern p = t.pattern();
        if (p.fields().size() == 1 && p.source().equals("{" + p.fields().get(0) + "}")) {
            n.put("field", p.fields().get(0));
        } else {
            n.put("pattern", p.source());
        }
        number(n, "font_pt", t.sizePt());
        number(n, "min_pt", t.minPt());
        n.put("bold", t.style() == FontStyle.BOLD);
        n.put("max_lines", t.maxLines());
        n.put("align", t.align().name().toLowerCase(Locale.ROOT));
        n.put("optional", t.optional());
    }

    private static void barcode(ObjectNode n, Element.Barcode b) {
        n.put("type", type(b.symbology()));
        n.put("id", b.id());
        n.put("data", b.data().source());
        box(n, b.box());
        number(n, "module_mm", b.moduleMm());
        if (!b.symbology().isTwoDimensional()) {
            number(n, "bar_height_mm", b.barHeightMm());
        }
        n.put("hri", b.hri());
        n.put("align", b.align().name().toLowerCase(Locale.ROOT));
        n.put("valign", b.bottom() ? "bottom" : "top");
        n.put("optional", b.optional());
    }

    /** The reader's name for a symbology. */
    static String type(Symbology s) {
        return switch (s) {
            case QR -> "qr";
            case DATAMATRIX -> "datamatrix";
            case GS1_DATAMATRIX -> "gs1-datamatrix";
            case CODE128 -> "code128";
            case GS1_128 -> "gs1-128";
            case EAN13 -> "ean13";
        };
    }

    private static void box(ObjectNode n, Rect r) {
        number(n, "x", r.x());
        number(n, "y", r.y());
        number(n, "w", r.width());
        number(n, "h", r.height());
    }

    /** Whole millimetres as {@code 58}, the rest as the shortest decimal that reads back the same double. */
    private static void number(ObjectNode n, String key, double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && Double.compare(v, -0.0) != 0) {
            n.put(key, (long) v);
        } else {
            n.put(key, v);
        }
    }
}
