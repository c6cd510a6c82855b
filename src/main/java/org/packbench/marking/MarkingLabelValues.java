package org.packbench.marking;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The fields a marking code's label is filled from: the code, its GTIN and serial, the product's name when the catalog has it. */
public final class MarkingLabelValues {
    private MarkingLabelValues() {}

    /**
     * @param labelId the label's id as printed (L00000042)
     */
    public static Map<String, String> of(MarkingCode code, Optional<String> productName, String labelId) {
        Map<String, String> v = new HashMap<>();
        productName.ifPresent(n -> v.put("name_ru", n));
        v.put("mark", code.elementString());
        v.put("mark_gtin", code.gtin());
        v.put("mark_serial", code.serial());
        // A small label shows the serial over two lines: the layout never breaks a word.
        int half = (code.serial().length() + 1) / 2;
        v.put("mark_serial_head", code.serial().substring(0, half));
        v.put("mark_serial_tail", code.serial().substring(half));
        v.put("label_id", labelId);
        return v;
    }
}
