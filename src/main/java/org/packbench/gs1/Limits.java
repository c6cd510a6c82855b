package org.packbench.gs1;

import java.util.List;
import org.packbench.i18n.ProblemException;

/** Bounds that keep a message within what readers and the GS1 Syntax Engine process. */
final class Limits {
    /** The Syntax Engine refuses more elements than this in one message. */
    static final int MAX_ELEMENTS = 64;

    private Limits() {}

    static void checkCount(List<ParsedElement> elements) {
        if (elements.size() > MAX_ELEMENTS) {
            throw new ProblemException("gs1.tooManyElements", elements.size(), MAX_ELEMENTS);
        }
    }
}
