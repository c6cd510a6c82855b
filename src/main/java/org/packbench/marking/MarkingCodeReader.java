package org.packbench.marking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.gs1.ElementString;
import org.packbench.gs1.Gs1Parser;
import org.packbench.i18n.ProblemException;

/**
 * Reads a scanned marking code through the GS1 engine. The field's common failures each get their
 * own answer: a plain DataMatrix ({@code ]d1}) instead of GS1 DataMatrix, GS sent as a stand-in,
 * and GS dropped by a wedge scanner. A code without its GS is split by the lengths its form fixes
 * (the tail's AIs sit at fixed distances from the end), never by searching for "91" inside it,
 * where a serial may well hold those digits; a code that fits no form that way is refused.
 */
public final class MarkingCodeReader {
    /** The crypto-tail's lengths: 44 characters, or 88 for the newer long form. */
    static final List<Integer> CRYPTO_LENGTHS = List.of(44, 88);

    static final int KEY_LENGTH = 4;
    static final int SHORT_TAIL_LENGTH = 4;
    static final int SERIAL_MAX = 20;

    private MarkingCodeReader() {}

    /**
     * Whether a scan is meant as a marking code (to be read as one, and refused in its words when it
     * is a broken one) rather than a product's barcode, an article or an order number.
     */
    public static boolean looksLikeOne(String scanned) {
        String s = scanned == null ? "" : scanned.strip();
        return s.startsWith("]d2")
                || s.startsWith("]d1")
                || s.indexOf(MarkingCode.GS) >= 0
                || s.length() >= 24 && s.matches("01[0-9]{14}21.*");
    }

    /**
     * @param scanned what the scanner sent, with or without {@code ]d2}
     * @param gsStandIn what this bench's scanner sends instead of GS, if anything
     */
    public static MarkingCode read(String scanned, Optional<String> gsStandIn) {
        String s = scanned == null ? "" : scanned.strip();
        if (s.startsWith("]d1")) {
            throw new ProblemException("marks.plainDataMatrix");
        }
        if (s.startsWith("]d2")) {
            s = s.substring(3);
        } else if (s.startsWith("]")) {
            throw new ProblemException("marks.notDataMatrix", s.length() >= 3 ? s.substring(0, 3) : s);
        }
        if (gsStandIn.isPresent() && !gsStandIn.get().isEmpty()) {
            s = s.replace(gsStandIn.get(), String.valueOf(MarkingCode.GS));
        }
        if (s.startsWith(String.valueOf(MarkingCode.GS))) {
            s = s.substring(1); // FNC1 first, sent as GS by some readers
        }
        if (!s.startsWith("01") || s.length() < 18 || !s.startsWith("21", 16)) {
            throw new ProblemException("marks.notAMarkingCode", shorten(s));
        }
        String elements = s.indexOf(MarkingCode.GS) >= 0 ? s : separated(s);
        ElementString parsed = Gs1Parser.parseUnbracketed(elements, null);
        return code(parsed, elements);
    }

    private static MarkingCode code(ElementString e, String elements) {
        String gtin = e.value("01").orElseThrow(() -> new ProblemException("marks.field.missing", "01"));
        String serial = e.value("21").orElseThrow(() -> new ProblemException("marks.field.missing", "21"));
        Optional<String> key = e.value("91");
        Optional<String> crypto = e.value("92");
        Optional<String> tail = e.value("93");
        boolean longForm = key.isPresent() && crypto.isPresent() && tail.isEmpty();
        boolean shortForm = tail.isPresent() && key.isEmpty() && crypto.isEmpty();
        if (!longForm && !shortForm) {
            throw new ProblemException("marks.form", e.toString());
        }
        if (longForm && !CRYPTO_LENGTHS.contains(crypto.get().length())) {
            throw new ProblemException("marks.cryptoLength", crypto.get().length());
        }
        if (longForm && key.get().length() != KEY_LENGTH) {
            throw new ProblemException("marks.keyLength", key.get().length());
        }
        if (e.elements().size() != (longForm ? 4 : 3)) {
            throw new ProblemException("marks.form", e.toString());
        }
        return new MarkingCode(gtin, serial, key, crypto, tail, elements);
    }

    /**
     * A code whose GS were dropped, split by its form's fixed lengths: long form "…91kkkk92" + 44 or
     * 88 characters at the end, short form "…93tttt". Exactly one reading must fit.
     */
    static String separated(String s) {
        String head = s.substring(0, 18);
        String rest = s.substring(18);
        List<String> readings = new ArrayList<>();
        for (int crypto : CRYPTO_LENGTHS) {
            int tail = 2 + KEY_LENGTH + 2 + crypto;
            int serial = rest.length() - tail;
            if (serial >= 1
                    && serial <= SERIAL_MAX
                    && rest.startsWith("91", serial)
                    && rest.startsWith("92", serial + 2 + KEY_LENGTH)) {
                readings.add(head
                        + rest.substring(0, serial)
                        + MarkingCode.GS
                        + rest.substring(serial, serial + 6)
                        + MarkingCode.GS
                        + rest.substring(serial + 6));
            }
        }
        int shortSerial = rest.length() - 2 - SHORT_TAIL_LENGTH;
        if (shortSerial >= 1 && shortSerial <= SERIAL_MAX && rest.startsWith("93", shortSerial)) {
            readings.add(head + rest.substring(0, shortSerial) + MarkingCode.GS + rest.substring(shortSerial));
        }
        if (readings.size() != 1) {
            throw new ProblemException(
                    readings.isEmpty() ? "marks.gsMissing" : "marks.gsMissingAmbiguous", shorten(head + rest));
        }
        return readings.get(0);
    }

    private static String shorten(String s) {
        String visible = s.replace(MarkingCode.GS, '␝');
        return visible.length() <= 40 ? visible : visible.substring(0, 40) + "…";
    }
}
