package org.packbench.gs1;

import java.util.Map;
import java.util.OptionalInt;

/**
 * The General Specifications' table of AI prefixes whose element strings have a predefined
 * length (figure 5.10.1-2). Only these may be followed by another AI without an FNC1. The table
 * is fixed by the standard independently of which AIs are allocated: (04) and (18) have a
 * length but no AI yet, and a new AI under such a prefix must keep it.
 */
public final class PredefinedLength {
    /** Two-digit prefix to the total length of AI plus value. */
    private static final Map<String, Integer> ELEMENT_LENGTH = Map.ofEntries(
            Map.entry("00", 20),
            Map.entry("01", 16),
            Map.entry("02", 16),
            Map.entry("03", 16),
            Map.entry("04", 18),
            Map.entry("11", 8),
            Map.entry("12", 8),
            Map.entry("13", 8),
            Map.entry("14", 8),
            Map.entry("15", 8),
            Map.entry("16", 8),
            Map.entry("17", 8),
            Map.entry("18", 8),
            Map.entry("19", 8),
            Map.entry("20", 4),
            Map.entry("31", 10),
            Map.entry("32", 10),
            Map.entry("33", 10),
            Map.entry("34", 10),
            Map.entry("35", 10),
            Map.entry("36", 10),
            Map.entry("41", 16));

    private PredefinedLength() {}

    /** The length of AI plus value for an element string starting with {@code ai}, if predefined. */
    public static OptionalInt elementLength(String ai) {
        if (ai.length() < 2) {
            return OptionalInt.empty();
        }
        Integer length = ELEMENT_LENGTH.get(ai.substring(0, 2));
        return length == null ? OptionalInt.empty() : OptionalInt.of(length);
    }

    public static boolean isPredefined(String ai) {
        return elementLength(ai).isPresent();
    }
}
