package org.packbench.marking;

import java.util.Optional;

/**
 * A Честный ЗНАК marking code as the GS1 engine read it: GTIN (01), serial (21), and either the
 * verification key (91) with the crypto-tail (92), or the short form's tail (93). The crypto-tail is
 * kept byte for byte: it is what the marking system checks.
 *
 * @param elementString the code as the symbol carries it after FNC1, GS (ASCII 29) ending each
 *     variable-length value that is not last: what a printer encodes and a reader gives back
 */
public record MarkingCode(
        String gtin,
        String serial,
        Optional<String> verificationKey,
        Optional<String> cryptoTail,
        Optional<String> shortTail,
        String elementString) {

    public static final char GS = '\u001D';

    /** What the marking system knows an item by: its GTIN and serial; a code is used once. */
    public String identity() {
        return "01" + gtin + "21" + serial;
    }

    /** The long form carries (91) and (92); the short form of some product groups (93). */
    public boolean shortForm() {
        return shortTail.isPresent();
    }

    /** For people: the code in brackets, the crypto-tail shortened. */
    public String shown() {
        StringBuilder b = new StringBuilder("(01)").append(gtin).append("(21)").append(serial);
        verificationKey.ifPresent(k -> b.append("(91)").append(k));
        cryptoTail.ifPresent(
                c -> b.append("(92)").append(c, 0, Math.min(8, c.length())).append('…'));
        shortTail.ifPresent(t -> b.append("(93)").append(t));
        return b.toString();
    }
}
