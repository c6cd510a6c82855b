package org.packbench.verify.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packbench.i18n.Message;

/** The findings of one check so far, one per element and sentence, in the order found. */
final class Findings {
    private final Map<DesignFinding, Boolean> byKey = new LinkedHashMap<>();

    void add(String elementId, DesignFinding.Problem problem, boolean blocks, Message message) {
        byKey.putIfAbsent(new DesignFinding(elementId, problem, message, blocks), Boolean.TRUE);
    }

    int blocking() {
        return (int) byKey.keySet().stream().filter(DesignFinding::blocksUse).count();
    }

    List<DesignFinding> all() {
        return List.copyOf(byKey.keySet());
    }
}
