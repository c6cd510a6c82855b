package org.packbench.marketplace.ozon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.packbench.gs1.Element;
import org.packbench.gs1.ElementString;
import org.packbench.gs1.Gs1Check;
import org.packbench.gs1.Gs1Formatter;
import org.packbench.gs1.Sscc;
import org.packbench.i18n.ProblemException;

/**
 * What a GS1 logistic label says besides its SSCC: optional (02)+(37) content, (10) batch, (15)
 * or (17) date, (3103) net weight and (400) order number, checked together with the SSCC as GS1
 * requires, and split over two GS1-128 symbols when it exceeds one symbol's 48 data characters.
 */
public final class LogisticContent {
    /** GS1 General Specifications: at most 48 data characters in one GS1-128 symbol. */
    public static final int MAX_DATA_CHARACTERS = 48;

    private LogisticContent() {}

    /** The template values for a logistic label with {@code sscc} and {@code content} (possibly empty). */
    public static Map<String, String> values(Sscc sscc, ElementString content, String company) {
        List<Element> all = new ArrayList<>();
        all.add(sscc.element());
        all.addAll(content.elements());
        Gs1Check.validate(new ElementString(all));
        Map<String, String> v = new HashMap<>();
        v.put("sscc", sscc.digits());
        v.put("sscc_hri", sscc.bracketed());
        v.put("company", company);
        content.value("02").ifPresent(x -> v.put("content_gtin", x));
        content.value("37").ifPresent(x -> v.put("count", x));
        content.value("10").ifPresent(x -> v.put("batch", x));
        content.value("17").or(() -> content.value("15")).ifPresent(x -> v.put("best_before", date(x)));
        content.value("3103").ifPresent(x -> v.put("net_weight_kg", kilograms(x)));
        content.value("400").ifPresent(x -> v.put("supply_number", x));
        List<ElementString> symbols = split(content);
        for (int i = 0; i < symbols.size(); i++) {
            String key = i == 0 ? "gs1" : "gs1_2";
            v.put(key, Gs1Formatter.elementString(symbols.get(i)));
            v.put(key + "_hri", Gs1Formatter.hri(symbols.get(i)));
        }
        return v;
    }

    /** Reads the content given as a bracketed string; the SSCC is the bench's to allocate, so (00) is refused. */
    public static ElementString parse(Optional<String> bracketed) {
        if (bracketed.isEmpty() || bracketed.get().isBlank()) {
            return new ElementString(List.of());
        }
        ElementString content =
                org.packbench.gs1.Gs1Parser.parseBracketedPart(bracketed.get().strip());
        if (content.has("00")) {
            throw new ProblemException("logistic.ssccGiven");
        }
        return content;
    }

    /** Elements in their order, a new symbol starting where the next element would pass 48 characters. */
    static List<ElementString> split(ElementString content) {
        List<ElementString> out = new ArrayList<>();
        List<Element> current = new ArrayList<>();
        for (Element e : content.elements()) {
            List<Element> candidate = new ArrayList<>(current);
            candidate.add(e);
            if (!current.isEmpty() && length(new ElementString(candidate)) > MAX_DATA_CHARACTERS) {
                out.add(new ElementString(current));
                current = new ArrayList<>(List.of(e));
            } else {
                current = candidate;
            }
        }
        if (!current.isEmpty()) {
            out.add(new ElementString(current));
        }
        if (out.size() > 2) {
            throw new ProblemException("logistic.tooMuchData", length(content), 2 * MAX_DATA_CHARACTERS);
        }
        for (ElementString s : out) {
            if (length(s) > MAX_DATA_CHARACTERS) {
                throw new ProblemException("logistic.elementTooLong", Gs1Formatter.hri(s), MAX_DATA_CHARACTERS);
            }
        }
        return out;
    }

    /** Data characters as GS1 counts them: the element string with each separator FNC1 as one character. */
    static int length(ElementString s) {
        return Gs1Formatter.elementString(s).length();
    }

    private static String date(String yymmdd) {
        String day = yymmdd.substring(4, 6);
        String monthYear = yymmdd.substring(2, 4) + ".20" + yymmdd.substring(0, 2);
        return "00".equals(day) ? monthYear : day + "." + monthYear;
    }

    private static String kilograms(String grams3) {
        String digits = grams3.replaceFirst("^0+(?=\\d{4})", "");
        return digits.substring(0, digits.length() - 3) + "," + digits.substring(digits.length() - 3);
    }
}
