package org.packbench.label.glabels;

import java.util.Locale;

/**
 * A gLabels colour (RGBA, alpha last) as a thermal printer can show it: ink or no ink. It is
 * split at mid-grey, as template pictures are, so what looked dark in gLabels prints.
 */
record Ink(long rgba) {
    static final Ink BLACK = new Ink(0x000000FFL);

    boolean prints() {
        long r = rgba >>> 24 & 0xFF;
        long g = rgba >>> 16 & 0xFF;
        long b = rgba >>> 8 & 0xFF;
        long alpha = rgba & 0xFF;
        return alpha > 127 && (r * 299 + g * 587 + b * 114) / 1000 < 128;
    }

    boolean black() {
        return rgba == BLACK.rgba;
    }

    /** As gLabels writes it, for a note. */
    String written() {
        return String.format(Locale.ROOT, "0x%08x", rgba);
    }
}
