package org.packbench.label.glabels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.packbench.i18n.Message;
import org.packbench.label.template.Element;
import org.packbench.label.template.LabelTemplate;

/**
 * gLabels 3 documents as gLabels writes them (the namespace, the template with its one label and
 * layout, every object with its matrix), with only the parts a test is about to be given.
 */
public final class GlabelsDocuments {
    /** Every object's matrix as gLabels writes it for an object neither turned nor moved. */
    public static final String IDENTITY = "a0=\"1\" a1=\"0\" a2=\"0\" a3=\"1\" a4=\"0\" a5=\"0\"";

    private GlabelsDocuments() {}

    /** A 58×40 mm label holding {@code objects}. */
    public static String label(String objects) {
        return document(rectangle("58mm", "40mm"), objects);
    }

    public static String rectangle(String width, String height) {
        return "<Label-rectangle id=\"0\" width=\"" + width + "\" height=\"" + height
                + "\" round=\"0mm\" x_waste=\"0mm\" y_waste=\"0mm\">\n"
                + "      <Markup-margin size=\"1mm\"/>\n"
                + "      <Layout nx=\"1\" ny=\"1\" x0=\"0mm\" y0=\"0mm\" dx=\"" + width + "\" dy=\"" + height + "\"/>\n"
                + "    </Label-rectangle>";
    }

    public static String document(String labelShape, String objects) {
        return document(labelShape, "False", objects);
    }

    public static String document(String labelShape, String rotate, String objects) {
        return "<?xml version=\"1.0\"?>\n"
                + "<Glabels-document xmlns=\"http://glabels.org/xmlns/3.0/\">\n"
                + "  <Template brand=\"Test\" part=\"test\" size=\"Other\" description=\"test\">\n"
                + "    <Meta category=\"label\"/>\n"
                + "    " + labelShape + "\n"
                + "  </Template>\n"
                + "  <Objects id=\"0\" rotate=\"" + rotate + "\">\n"
                + objects
                + "  </Objects>\n"
                + "  <Merge type=\"Text/Comma/Line1Keys\" src=\"labels.csv\"/>\n"
                + "</Glabels-document>\n";
    }

    /**
     * A text object of one span: {@code content} is the span's inside, fields and line breaks
     * included; {@code spanAttributes} are added to the span's (a {@code font_size} replaces 10 pt).
     */
    public static String text(String box, String spanAttributes, String content) {
        return "    <Object-text " + box + " justify=\"Left\" valign=\"Top\" auto_shrink=\"False\" " + IDENTITY + ">\n"
                + "      <Span font_family=\"Sans\" "
                + (spanAttributes.contains("font_size=") ? "" : "font_size=\"10\" ")
                + "font_weight=\"Regular\" font_italic=\"False\""
                + " color=\"0x000000ff\" line_spacing=\"1\" " + spanAttributes + ">" + content + "</Span>\n"
                + "    </Object-text>\n";
    }

    public static String text(String content) {
        return text("x=\"2mm\" y=\"3mm\" w=\"50mm\" h=\"10mm\"", "", content);
    }

    public static String barcode(String style, String data) {
        return "    <Object-barcode x=\"2mm\" y=\"20mm\" w=\"40mm\" h=\"18mm\" backend=\"built-in\" style=\"" + style
                + "\" text=\"True\" checksum=\"True\" color=\"0x000000ff\" " + data + " " + IDENTITY + "/>\n";
    }

    public static GlabelsImport imported(String xml) {
        return GlabelsLayout.read(xml, "label.glabels");
    }

    /** The notes in English, one line each, for a failure message. */
    public static String said(GlabelsImport imported) {
        return imported.notes().stream().map(Message::english).collect(Collectors.joining("\n"));
    }

    public static boolean says(GlabelsImport imported, String key) {
        return imported.notes().stream().anyMatch(n -> n.key().equals(key));
    }

    public static void assertSays(GlabelsImport imported, String key, String... words) {
        List<Message> found =
                imported.notes().stream().filter(n -> n.key().equals(key)).toList();
        assertTrue(!found.isEmpty(), "no note " + key + " among:\n" + said(imported));
        for (String w : words) {
            assertTrue(
                    found.stream()
                            .anyMatch(n -> n.english().contains(w)
                                    || n.in(Locale.forLanguageTag("ru")).contains(w)),
                    "note " + key + " says \"" + w + "\":\n" + said(imported));
        }
    }

    public static Element only(GlabelsImport imported) {
        assertEquals(
                1,
                imported.template().elements().size(),
                imported.template().elements().toString());
        return imported.template().elements().get(0);
    }

    public static LabelTemplate template(String xml) {
        return imported(xml).template();
    }
}
