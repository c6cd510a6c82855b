package org.packbench.verify.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.packbench.catalog.CatalogField;
import org.packbench.catalog.Gtin;
import org.packbench.gs1.ElementString;
import org.packbench.gs1.Gs1Formatter;
import org.packbench.gs1.Gs1Parser;
import org.packbench.gs1.Symbology;
import org.packbench.i18n.ProblemException;

/**
 * What a decoded barcode says in the terms of the audit: its text for the report (GS1 data in
 * bracketed form) and the GTIN it carries, if any, checked against the SKU's.
 */
final class BarcodeGtin {
    /** GS1 data whose element string the strict parser refuses still shows its GTIN when it starts with (01). */
    private static final Pattern LEADING_AI_01 = Pattern.compile("^01(\\d{14})");

    private BarcodeGtin() {}

    static PageBarcode described(int page, Result r) {
        String format = r.getBarcodeFormat().name();
        String text = PageBarcodes.text(r);
        BarcodeFormat f = r.getBarcodeFormat();
        if (f == BarcodeFormat.EAN_13 || f == BarcodeFormat.EAN_8 || f == BarcodeFormat.UPC_A) {
            return new PageBarcode(page, format, text, validGtin(text));
        }
        if (f == BarcodeFormat.RSS_14) {
            // DataBar Omnidirectional carries a GTIN-14 and nothing else; ZXing gives its digits.
            return new PageBarcode(page, format, "(01)" + text, validGtin(text));
        }
        Optional<String> identifier = gs1Identifier(r);
        if (identifier.isEmpty()) {
            return new PageBarcode(page, format, text, Optional.empty());
        }
        String data = text.startsWith(identifier.get()) ? text.substring(3) : text;
        // ZXing's DataMatrix decoder keeps the leading FNC1 as a GS; the identifier already says it.
        if (data.startsWith(Gs1Formatter.GS)) {
            data = data.substring(1);
        }
        try {
            ElementString elements = data.startsWith("(")
                    ? Gs1Parser.parseBracketedPart(data)
                    : Gs1Parser.parseScanDataPart(identifier.get() + data);
            return new PageBarcode(page, format, Gs1Formatter.bracketed(elements), elements.value("01"));
        } catch (ProblemException e) {
            Matcher m = LEADING_AI_01.matcher(data);
            return new PageBarcode(page, format, text, m.find() ? Optional.of(m.group(1)) : Optional.empty());
        }
    }

    /**
     * The AIM identifier of GS1 data: ZXing reports it in the metadata, and with ASSUME_GS1 it
     * also starts a GS1-128 text; DataBar Expanded comes as bracketed text.
     */
    private static Optional<String> gs1Identifier(Result r) {
        Map<ResultMetadataType, Object> meta = r.getResultMetadata();
        Object id = meta == null ? null : meta.get(ResultMetadataType.SYMBOLOGY_IDENTIFIER);
        if (id instanceof String s && Symbology.byIdentifier(s).isPresent()) {
            return Optional.of(s);
        }
        String text = PageBarcodes.text(r);
        if (text.length() >= 3 && Symbology.byIdentifier(text.substring(0, 3)).isPresent()) {
            return Optional.of(text.substring(0, 3));
        }
        if (r.getBarcodeFormat() == BarcodeFormat.RSS_EXPANDED && text.startsWith("(")) {
            return Optional.of(Symbology.GS1_DATABAR.identifier());
        }
        return Optional.empty();
    }

    private static Optional<String> validGtin(String digits) {
        return Gtin.problemWith(digits).isEmpty() ? Optional.of(digits) : Optional.empty();
    }

    /**
     * One check per distinct GTIN found in the barcodes: a match when it is the SKU's GTIN (in any
     * length: an EAN-13 and a GS1 (01) of the same item agree), a mismatch naming the GTIN found.
     * No GTIN barcode at all is no finding: a VK label carries only its QR code.
     */
    static List<FieldCheck> checks(List<PageBarcode> barcodes, Gtin expected) {
        Map<String, String> byGtin14 = new LinkedHashMap<>();
        for (PageBarcode b : barcodes) {
            b.gtin().ifPresent(g -> byGtin14.putIfAbsent(asGtin14(g), g));
        }
        List<FieldCheck> out = new ArrayList<>();
        String field = CatalogField.GTIN.column();
        for (Map.Entry<String, String> e : byGtin14.entrySet()) {
            out.add(
                    e.getKey().equals(expected.asGtin14())
                            ? FieldCheck.match(field, expected.digits(), e.getValue())
                            : FieldCheck.mismatch(field, expected.digits(), e.getValue(), List.of()));
        }
        return out;
    }

    private static String asGtin14(String digits) {
        return "0".repeat(Math.max(0, 14 - digits.length())) + digits;
    }
}
