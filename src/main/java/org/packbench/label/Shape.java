package org.packbench.label;

/** A ruled line or a box outline; a line is a filled rectangle, so it has a box too. */
public record Shape(Kind kind, Rect box, double thicknessMm) {
    public enum Kind {
        LINE,
        BOX
    }
}
