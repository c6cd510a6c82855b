package org.packbench.label.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.FontStyle;
import org.packbench.label.Rect;
import org.packbench.label.Symbology;

/**
 * Reads and validates a template. A bad template is refused when it is loaded, with an error
 * naming the element and the field, rather than producing a bad label later.
 */
public final class TemplateReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Function<String, boolean[][]> images;
    private final boolean draft;
    private String templateId = "?";

    /** @param images reads a picture named by an image element, relative to the template folder */
    public TemplateReader(Function<String, boolean[][]> images) {
        this(images, false);
    }

    private TemplateReader(Function<String, boolean[][]> images, boolean draft) {
        this.images = images;
        this.draft = draft;
    }

    /**
     * A reader for a designer's draft, which may be saved whatever the designer's checks found:
     * it lets a text stay under the regulated minimum and a box reach beyond the label's edge (the
     * check names both on their elements), and refuses everything else as the strict reader does.
     * A draft is never used for labels; only the strict reader's templates are.
     */
    public static TemplateReader forDrafts(Function<String, boolean[][]> images) {
        return new TemplateReader(images, true);
    }

    public LabelTemplate read(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ProblemException(
                    "template.json", e.getOriginalMessage(), e.getLocation().getLineNr());
        }
        templateId = text(root, "template", "id", true);
        String title = root.path("title").asText(templateId);
        String marketplace = root.path("marketplace").asText("");
        boolean regulated = root.path("regulated").asBoolean(false);
        double w = positive(root, "template", "width_mm");
        double h = positive(root, "template", "height_mm");
        LabelTemplate.Kind kind;
        try {
            kind = LabelTemplate.Kind.valueOf(
                    root.path("kind").asText("product").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(
                    "-", "kind", Message.of("template.kind", root.path("kind").asText()));
        }
        LabelTemplate shell = new LabelTemplate(templateId, title, marketplace, kind, regulated, w, h, List.of());
        List<Element> elements = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode e : iterable(root.path("elements"))) {
            Element element = element(e, shell);
            if (!ids.add(element.id())) {
                throw invalid(element.id(), "id", Message.of("template.duplicateId"));
            }
            if (element instanceof Element.Stack s) {
                for (Element.Text t : s.children()) {
                    if (!ids.add(t.id())) {
                        throw invalid(t.id(), "id", Message.of("template.duplicateId"));
                    }
                }
            }
            elements.add(element);
        }
        if (elements.isEmpty()) {
            throw invalid("-", "elements", Message.of("template.noElements"));
        }
        return new LabelTemplate(templateId, title, marketplace, kind, regulated, w, h, elements);
    }

    private Element element(JsonNode e, LabelTemplate t) {
        String id = text(e, "element", "id", true);
        String type = text(e, id, "type", true).toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text" -> text(e, id, t, false);
            case "stack" -> stack(e, id, t);
            case "qr", "datamatrix", "gs1-datamatrix", "code128", "gs1-128", "ean13" -> barcode(e, id, type, t);
            case "line", "box" -> shape(e, id, type, t);
            case "image" -> image(e, id, t);
            case "watermark" -> watermark(e, id);
            default -> throw invalid(id, "type", Message.of("template.type", type));
        };
    }

    private Element.Text text(JsonNode e, String id, LabelTemplate t, boolean inStack) {
        Pattern pattern = pattern(e, id, e.has("field") ? "field" : "pattern");
        double size = positive(e, id, "font_pt");
        double min = e.has("min_pt") ? positive(e, id, "min_pt") : size;
        double floor = t.minimumPt(min);
        if (size < floor && !draft) {
            throw invalid(id, "font_pt", Message.of("template.belowMinimum", size, floor));
        }
        // A draft's text under the floor keeps its own sizes, so it reads back as it was written.
        double least = size < floor ? Math.min(min, size) : Math.max(floor, Math.min(min, size));
        Rect box = inStack ? new Rect(e.path("x").asDouble(0), 0, e.path("w").asDouble(0), 0) : rect(e, id, t);
        int maxLines = e.path("max_lines").asInt(0);
        if (maxLines < 0) {
            throw invalid(id, "max_lines", Message.of("template.notPositive", maxLines));
        }
        FontStyle style = e.path("bold").asBoolean(false) ? FontStyle.BOLD : FontStyle.REGULAR;
        return new Element.Text(
                id,
                box,
                pattern,
                size,
                least,
                style,
                maxLines,
                align(e, id),
                e.path("optional").asBoolean(false));
    }

    private Element.Stack stack(JsonNode e, String id, LabelTemplate t) {
        Rect box = rect(e, id, t);
        List<Element.Text> children = new ArrayList<>();
        for (JsonNode c : iterable(e.path("children"))) {
            String childId = text(c, id, "id", true);
            if (!"text".equals(c.path("type").asText("text"))) {
                throw invalid(childId, "type", Message.of("template.stackText"));
            }
            Element.Text child = text(c, childId, t, true);
            double w = child.box().width() == 0
                    ? box.width() - child.box().x()
                    : child.box().width();
            if (!draft && (child.box().x() < 0 || child.box().x() + w > box.width() + 1e-6)) {
                throw invalid(childId, "w", Message.of("template.outside", t.widthMm(), t.heightMm()));
            }
            children.add(new Element.Text(
                    child.id(),
                    new Rect(child.box().x(), 0, w, 0),
                    child.pattern(),
                    child.sizePt(),
                    child.minPt(),
                    child.style(),
                    child.maxLines(),
                    child.align(),
                    child.optional()));
        }
        if (children.isEmpty()) {
            throw invalid(id, "children", Message.of("template.noElements"));
        }
        return new Element.Stack(id, box, e.path("gap_mm").asDouble(0.3), children);
    }

    private Element.Barcode barcode(JsonNode e, String id, String type, LabelTemplate t) {
        Symbology s =
                switch (type) {
                    case "qr" -> Symbology.QR;
                    case "datamatrix" -> Symbology.DATAMATRIX;
                    case "gs1-datamatrix" -> Symbology.GS1_DATAMATRIX;
                    case "code128" -> Symbology.CODE128;
                    case "gs1-128" -> Symbology.GS1_128;
                    default -> Symbology.EAN13;
                };
        Pattern data = pattern(e, id, "data");
        double module = positive(e, id, "module_mm");
        double bar = s.isTwoDimensional() ? 0 : positive(e, id, "bar_height_mm");
        return new Element.Barcode(
                id,
                s,
                data,
                rect(e, id, t),
                module,
                bar,
                e.path("hri").asBoolean(!s.isTwoDimensional()),
                align(e, id),
                "bottom".equals(e.path("valign").asText("top")),
                e.path("optional").asBoolean(false));
    }

    private Element.Shape shape(JsonNode e, String id, String type, LabelTemplate t) {
        org.packbench.label.Shape.Kind kind =
                "line".equals(type) ? org.packbench.label.Shape.Kind.LINE : org.packbench.label.Shape.Kind.BOX;
        double thickness = kind == org.packbench.label.Shape.Kind.BOX ? positive(e, id, "thickness_mm") : 0;
        return new Element.Shape(id, kind, rect(e, id, t), thickness);
    }

    private Element.Image image(JsonNode e, String id, LabelTemplate t) {
        String file = text(e, id, "file", true);
        boolean[][] pixels;
        try {
            pixels = images.apply(file);
        } catch (RuntimeException ex) {
            throw invalid(id, "file", Message.of("template.image", file, String.valueOf(ex.getMessage())));
        }
        return new Element.Image(id, rect(e, id, t), pixels);
    }

    private Element.Watermark watermark(JsonNode e, String id) {
        Pattern text = pattern(e, id, "text");
        double grey = e.path("grey").asDouble(0.8);
        if (grey <= 0 || grey >= 1) {
            throw invalid(id, "grey", Message.of("template.range", grey, "0", "1"));
        }
        int pitch = e.path("dot_pitch").asInt(4);
        if (pitch < 2) {
            throw invalid(id, "dot_pitch", Message.of("template.range", pitch, "2", "16"));
        }
        return new Element.Watermark(
                id,
                text,
                e.path("angle_deg").asDouble(30),
                positive(e, id, "font_pt"),
                positive(e, id, "step_mm"),
                grey,
                pitch);
    }

    private Pattern pattern(JsonNode e, String id, String key) {
        String source = text(e, id, key, true);
        Pattern p;
        try {
            p = "field".equals(key) ? Pattern.field(source) : Pattern.parse(source);
        } catch (ProblemException ex) {
            throw invalid(id, key, ex.problem());
        }
        for (String f : p.fields()) {
            if (!LabelFields.known(f)) {
                throw invalid(id, key, Message.of("template.unknownField", f));
            }
        }
        return p;
    }

    private Rect rect(JsonNode e, String id, LabelTemplate t) {
        Rect r = new Rect(number(e, id, "x"), number(e, id, "y"), positive(e, id, "w"), positive(e, id, "h"));
        boolean outside = r.x() < 0 || r.y() < 0 || r.right() > t.widthMm() + 1e-6 || r.bottom() > t.heightMm() + 1e-6;
        if (outside && !draft) {
            throw invalid(id, "x/y/w/h", Message.of("template.outside", t.widthMm(), t.heightMm()));
        }
        return r;
    }

    private Element.Align align(JsonNode e, String id) {
        String a = e.path("align").asText("left").toUpperCase(Locale.ROOT);
        try {
            return Element.Align.valueOf(a);
        } catch (IllegalArgumentException ex) {
            throw invalid(id, "align", Message.of("template.align", a.toLowerCase(Locale.ROOT)));
        }
    }

    private String text(JsonNode e, String id, String key, boolean required) {
        JsonNode v = e.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            if (required) {
                throw invalid(id, key, Message.of("template.required"));
            }
            return "";
        }
        return v.asText();
    }

    private double number(JsonNode e, String id, String key) {
        JsonNode v = e.get(key);
        if (v == null || !v.isNumber()) {
            throw invalid(id, key, Message.of("template.number"));
        }
        return v.asDouble();
    }

    private double positive(JsonNode e, String id, String key) {
        double v = number(e, id, key);
        if (v <= 0) {
            throw invalid(id, key, Message.of("template.notPositive", v));
        }
        return v;
    }

    private ProblemException invalid(String element, String field, Message why) {
        return new ProblemException("template.invalid", templateId, element, field, why);
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        Iterator<JsonNode> it = array.isArray() ? array.elements() : java.util.Collections.emptyIterator();
        return () -> it;
    }
}
