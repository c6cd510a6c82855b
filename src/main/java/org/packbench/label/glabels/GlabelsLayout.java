package org.packbench.label.glabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.label.Rect;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;
import org.packbench.label.template.TemplateReader;
import org.packbench.label.template.TemplateWriter;
import org.w3c.dom.Document;

/**
 * A gLabels 3 document as a PackBench template to start from: the label's size, and its objects
 * in the order gLabels draws them. What a template cannot hold (a picture, an ellipse, a turned
 * object, a field PackBench does not know) is left out or kept as it can be, and said in a note.
 * The template is the one its JSON file will read back as: it passes every rule a template file
 * must, so the designer can save it as it stands and mark what to fix.
 */
public final class GlabelsLayout {
    private static final String OLD_NAMESPACE = "http://snaught.com/glabels/0.";
    /**
     * More objects than any label has. The designer's checks compare every element with every
     * other; a file of a hundred thousand objects would hold the bench for hours.
     */
    static final int MAX_OBJECTS = 1000;

    private GlabelsLayout() {}

    /** The gLabels XML in {@code xml} (unpacked), named {@code fileName} for the template's id and title. */
    public static GlabelsImport read(byte[] xml, String fileName) {
        return read(GlabelsXml.parse(xml), fileName);
    }

    /** The gLabels XML as text (its encoding declaration, if any, no longer counts). */
    public static GlabelsImport read(String xml, String fileName) {
        return read(GlabelsXml.parse(xml), fileName);
    }

    static GlabelsImport read(Document document, String fileName) {
        GlabelsNode root = new GlabelsNode(document.getDocumentElement());
        String namespace = root.element().getNamespaceURI();
        if (namespace != null && namespace.startsWith(OLD_NAMESPACE)) {
            throw new ProblemException("glabels.oldFormat");
        }
        if (!root.name().equals("Glabels-document")) {
            throw new ProblemException("glabels.notGlabels", root.name());
        }
        List<Message> labelNotes = new ArrayList<>();
        Rect label = LabelShape.of(root, labelNotes);
        List<GlabelsNode> objects = new ArrayList<>();
        boolean rotated = false;
        for (GlabelsNode group : root.children("Objects")) {
            rotated |= group.bool("rotate", false);
            objects.addAll(group.children());
        }
        if (objects.size() > MAX_OBJECTS) {
            throw new ProblemException("glabels.tooManyObjects", objects.size(), MAX_OBJECTS);
        }
        if (rotated) {
            // gLabels lays such a label out across the stock: its objects stand on the label turned.
            label = new Rect(0, 0, label.height(), label.width());
            labelNotes.add(
                    Message.of("glabels.note.rotatedLabel", Importing.mm(label.width()), Importing.mm(label.height())));
        }
        Importing in = new Importing(label, showsProductName(objects));
        labelNotes.forEach(in::note);
        List<Element> elements = new ArrayList<>();
        for (GlabelsNode object : objects) {
            object(object, in).ifPresent(elements::add);
        }
        if (elements.isEmpty()) {
            throw new ProblemException("glabels.nothing", objects.size());
        }
        Set<String> fields = in.fieldsUsed();
        LabelTemplate template = new LabelTemplate(
                TemplateName.id(fileName),
                TemplateName.title(fileName),
                marketplace(fields),
                kind(fields),
                in.regulated(),
                label.width(),
                label.height(),
                elements);
        return new GlabelsImport(asSaved(template), in.notes());
    }

    private static Optional<Element> object(GlabelsNode object, Importing in) {
        switch (object.name()) {
            case "Object-text":
                return TextObject.read(object, in);
            case "Object-barcode":
                return BarcodeObject.read(object, in);
            case "Object-box":
                return ShapeObject.box(object, in);
            case "Object-line":
                return ShapeObject.line(object, in);
            case "Object-ellipse":
                Placement ellipse = Placement.of(object);
                in.note("glabels.note.ellipse", Importing.mm(ellipse.xMm()), Importing.mm(ellipse.yMm()));
                return Optional.empty();
            case "Object-image":
                Placement image = Placement.of(object);
                String x = Importing.mm(image.xMm());
                String y = Importing.mm(image.yMm());
                Optional<String> field = object.text("field");
                if (field.isPresent()) {
                    in.note("glabels.note.imageField", field.get(), x, y);
                } else {
                    in.note("glabels.note.image", object.text("src").orElse(""), x, y);
                }
                return Optional.empty();
            default:
                in.note("glabels.note.unknownObject", object.name());
                return Optional.empty();
        }
    }

    /**
     * Whether any text shows the product's Russian name: then it is a Russian product label, on
     * which no text may be under 10 pt.
     */
    private static boolean showsProductName(List<GlabelsNode> objects) {
        for (GlabelsNode o : objects) {
            if (o.name().equals("Object-text")) {
                for (String f :
                        o.child("Span").map(SpanText::of).map(SpanText::fields).orElse(List.of())) {
                    if (MergeFields.ours(f).filter("name_ru"::equals).isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** VK's labels carry the DAC, Ozon's its own code; any other label is the seller's own. */
    private static String marketplace(Set<String> fields) {
        if (fields.contains("dac") || fields.contains("dac_expires")) {
            return "vk";
        }
        return fields.contains("ozon_code") ? "ozon" : "other";
    }

    /**
     * What the label is for, by what it shows: a marking code, an SSCC, a parcel's tracking number
     * without a product, or else a product. The checks fill a template with sample data by it.
     */
    private static LabelTemplate.Kind kind(Set<String> fields) {
        if (fields.stream().anyMatch(f -> f.equals("mark") || f.startsWith("mark_"))) {
            return LabelTemplate.Kind.MARKING;
        }
        if (fields.contains("sscc")) {
            return LabelTemplate.Kind.LOGISTIC;
        }
        if (fields.contains("tracking") && !fields.contains("name_ru")) {
            return LabelTemplate.Kind.SHIPPING;
        }
        return LabelTemplate.Kind.PRODUCT;
    }

    /** The template as its JSON file reads back, so that nothing shown differs from what is saved. */
    private static LabelTemplate asSaved(LabelTemplate template) {
        return new TemplateReader(file -> {
                    throw new IllegalStateException("an imported template has no pictures: " + file);
                })
                .read(TemplateWriter.withoutImages().write(template));
    }
}
