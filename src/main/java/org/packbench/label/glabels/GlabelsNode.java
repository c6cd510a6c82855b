package org.packbench.label.glabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import org.packbench.i18n.ProblemException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One element of a gLabels document and its attributes read as gLabels reads them: lengths with
 * their unit (a bare number is points), booleans as True/False or 1/0, colours as RGBA numbers.
 * A value gLabels would not understand either is refused, naming the element and the attribute.
 */
record GlabelsNode(Element element) {
    private static final double MM_PER_PT = 25.4 / 72;
    private static final java.util.regex.Pattern LENGTH =
            java.util.regex.Pattern.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*([A-Za-z]*)\\s*");

    /** The element's name without its namespace prefix, as gLabels compares names. */
    String name() {
        String local = element.getLocalName();
        return local == null ? element.getTagName() : local;
    }

    List<GlabelsNode> children() {
        List<GlabelsNode> out = new ArrayList<>();
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(new GlabelsNode(e));
            }
        }
        return out;
    }

    List<GlabelsNode> children(String name) {
        return children().stream().filter(c -> c.name().equals(name)).toList();
    }

    Optional<GlabelsNode> child(String name) {
        return children(name).stream().findFirst();
    }

    boolean has(String attribute) {
        return element.hasAttribute(attribute);
    }

    Optional<String> text(String attribute) {
        return has(attribute) ? Optional.of(element.getAttribute(attribute)) : Optional.empty();
    }

    /** A length in millimetres; {@code absentMm} when the attribute is not there. */
    double mm(String attribute, double absentMm) {
        if (!has(attribute)) {
            return absentMm;
        }
        String value = element.getAttribute(attribute);
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            throw new ProblemException("glabels.length", name(), attribute, value);
        }
        // Millimetres per unit, so that "14mm" is 14 and not 14 by way of points.
        double mmPerUnit =
                switch (m.group(2).toLowerCase(Locale.ROOT)) {
                    case "", "pt" -> MM_PER_PT;
                    case "in" -> 25.4;
                    case "mm" -> 1;
                    case "cm" -> 10;
                    case "pc" -> 12 * MM_PER_PT;
                    default -> throw new ProblemException("glabels.length", name(), attribute, value);
                };
        double mm = Double.parseDouble(m.group(1)) * mmPerUnit;
        if (!Double.isFinite(mm)) {
            throw new ProblemException("glabels.length", name(), attribute, value);
        }
        return mm;
    }

    /** A plain number (a type size in points, a line spacing, a matrix entry). */
    double number(String attribute, double absent) {
        if (!has(attribute)) {
            return absent;
        }
        String value = element.getAttribute(attribute).strip();
        try {
            double v = Double.parseDouble(value);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // Said below, with the element's name.
        }
        throw new ProblemException("glabels.number", name(), attribute, value);
    }

    boolean bool(String attribute, boolean absent) {
        if (!has(attribute)) {
            return absent;
        }
        String v = element.getAttribute(attribute).strip();
        return v.equalsIgnoreCase("true") || v.equals("1");
    }

    /** An RGBA colour as gLabels writes it ({@code 0x000000ff} is opaque black); empty when absent. */
    Optional<Ink> colour(String attribute) {
        if (!has(attribute)) {
            return Optional.empty();
        }
        String value = element.getAttribute(attribute).strip();
        try {
            long rgba = value.startsWith("0x") || value.startsWith("0X")
                    ? Long.parseLong(value.substring(2), 16)
                    : Long.parseLong(value);
            return Optional.of(new Ink(rgba & 0xFFFFFFFFL));
        } catch (NumberFormatException e) {
            throw new ProblemException("glabels.number", name(), attribute, value);
        }
    }
}
