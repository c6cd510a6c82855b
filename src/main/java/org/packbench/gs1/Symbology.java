package org.packbench.gs1;

import java.util.Optional;

/**
 * The GS1 carriers by the AIM symbology identifier a scanner prefixes to their data when it
 * reads GS1 element strings (FNC1 in first position).
 */
public enum Symbology {
    GS1_128("]C1"),
    GS1_DATAMATRIX("]d2"),
    GS1_QR_CODE("]Q3"),
    /** GS1 DataBar and composite symbols. */
    GS1_DATABAR("]e0");

    private final String identifier;

    Symbology(String identifier) {
        this.identifier = identifier;
    }

    public String identifier() {
        return identifier;
    }

    public static Optional<Symbology> byIdentifier(String identifier) {
        for (Symbology s : values()) {
            if (s.identifier.equals(identifier)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
