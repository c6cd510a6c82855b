package org.packbench.label;

/** The two faces of the bundled PT Sans. */
public enum FontStyle {
    REGULAR,
    BOLD
}
