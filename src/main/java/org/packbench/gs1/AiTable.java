package org.packbench.gs1;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every Application Identifier of the GS1 General Specifications with its format and rules.
 *
 * <p>All AIs that share their first two digits have the same length, which is what lets a
 * reader of unbracketed data tell where an AI ends and its value begins; the table is checked
 * for that, and against {@link PredefinedLength}, when it loads.
 */
public final class AiTable {
    private static final Map<String, AiDefinition> BY_CODE;
    private static final int[] AI_LENGTH_BY_PREFIX = new int[100];

    static {
        List<AiDefinition> all = new ArrayList<>();
        all.addAll(AiTableText.read(AiRows00To37.ROWS));
        all.addAll(AiTableText.read(AiRows39To43.ROWS));
        all.addAll(AiTableText.read(AiRows70To99.ROWS));
        Map<String, AiDefinition> byCode = new HashMap<>();
        for (AiDefinition d : all) {
            if (byCode.put(d.code(), d) != null) {
                throw new IllegalStateException("AI (" + d.code() + ") is in the table twice");
            }
            int prefix = Integer.parseInt(d.code().substring(0, 2));
            int known = AI_LENGTH_BY_PREFIX[prefix];
            if (known != 0 && known != d.code().length()) {
                throw new IllegalStateException("AIs starting " + d.code().substring(0, 2) + " differ in length");
            }
            AI_LENGTH_BY_PREFIX[prefix] = d.code().length();
            boolean predefined = PredefinedLength.isPredefined(d.code());
            if (predefined != d.predefinedLength()
                    || predefined
                            && PredefinedLength.elementLength(d.code()).getAsInt()
                                    != d.code().length() + d.maxLength()
                    || predefined && !d.fixedLength()) {
                throw new IllegalStateException("AI (" + d.code() + ") disagrees with the predefined-length table");
            }
        }
        BY_CODE = Collections.unmodifiableMap(byCode);
    }

    private AiTable() {}

    /** The AI exactly as given, e.g. "3103". */
    public static Optional<AiDefinition> get(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** How many digits the AIs starting with these two digits have; 0 when none is allocated. */
    static int aiLength(char first, char second) {
        if (first < '0' || first > '9' || second < '0' || second > '9') {
            return 0;
        }
        return AI_LENGTH_BY_PREFIX[(first - '0') * 10 + (second - '0')];
    }

    public static Collection<AiDefinition> all() {
        return BY_CODE.values();
    }
}
