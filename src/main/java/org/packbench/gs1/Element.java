package org.packbench.gs1;

/** One AI and its value, e.g. ("17", "261231"). */
public record Element(String ai, String value) {

    public Element {
        if (ai == null || value == null) {
            throw new IllegalArgumentException("AI and value are required");
        }
    }

    /** The element as the bracketed human-readable text shows it: "(17)261231". */
    @Override
    public String toString() {
        return "(" + ai + ")" + value;
    }
}
