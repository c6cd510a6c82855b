package org.packbench.gs1;

import java.util.List;

/**
 * Writes an {@link ElementString} in the forms printers, encoders and people need. Elements keep
 * their order; a separator follows every element except the last whose AI does not have a
 * predefined length. (Moving predefined-length elements to the end could save a separator, but
 * the order is the caller's to choose.)
 */
public final class Gs1Formatter {
    /** The character ZXing's Code 128 writer reads as FNC1. */
    public static final String ZXING_FNC1 = "\u00f1";
    /** ASCII group separator, which stands for FNC1 in transmitted GS1 data. */
    public static final String GS = "\u001D";

    private Gs1Formatter() {}

    /** Human-readable text for under the barcode: "(01)09506000134352(10)ABC". */
    public static String hri(ElementString elements) {
        StringBuilder out = new StringBuilder();
        for (Element e : elements.elements()) {
            out.append('(').append(e.ai()).append(')').append(e.value());
        }
        return out.toString();
    }

    /** Bracketed text that {@link Gs1Parser#parseBracketed} reads back: a '(' in a value becomes "\(". */
    public static String bracketed(ElementString elements) {
        StringBuilder out = new StringBuilder();
        for (Element e : elements.elements()) {
            out.append('(').append(e.ai()).append(')').append(e.value().replace("(", "\\("));
        }
        return out.toString();
    }

    /**
     * The element string as a reader transmits it after the symbology identifier, GS after each
     * variable-length value that is not last. This is also the input ZXing's GS1 DataMatrix
     * writer expects (with its GS1_FORMAT hint).
     */
    public static String elementString(ElementString elements) {
        return joined(elements, GS);
    }

    /**
     * FNC1 in first position and as separator, written as {@code fnc1}: for encoders that mark
     * FNC1 with a character of their own, such as {@link #ZXING_FNC1} for ZXing's Code 128 writer.
     */
    public static String withFnc1(ElementString elements, String fnc1) {
        return fnc1 + joined(elements, fnc1);
    }

    /** What a scanner would send for these elements read from a {@code symbology} symbol. */
    public static String scanData(ElementString elements, Symbology symbology) {
        return symbology.identifier() + elementString(elements);
    }

    /** The same from a scanner that sends {@code gsStandIn} in place of GS. */
    public static String scanData(ElementString elements, Symbology symbology, String gsStandIn) {
        return symbology.identifier() + joined(elements, gsStandIn);
    }

    /** Field data for a ZPL ^BC (Code 128) in its default mode; see {@link ZplCode128}. */
    public static String zplCode128(ElementString elements) {
        return ZplCode128.fieldData(elements);
    }

    static boolean separatorAfter(List<Element> elements, int index) {
        return index < elements.size() - 1
                && !PredefinedLength.isPredefined(elements.get(index).ai());
    }

    private static String joined(ElementString elements, String separator) {
        List<Element> list = elements.elements();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            out.append(list.get(i).ai()).append(list.get(i).value());
            if (separatorAfter(list, i)) {
                out.append(separator);
            }
        }
        return out.toString();
    }
}
