package org.packbench.gs1;

import org.packbench.i18n.ProblemException;

/**
 * An element as read from some input, remembering where each character came from so that a
 * problem can be reported at the position the user sees, whatever escapes or GS stand-ins the
 * input used.
 *
 * @param aiPosition     1-based position of the AI's first digit in the input
 * @param valuePositions 1-based input position of each character of the value
 * @param endPosition    the input position just after the value
 */
record ParsedElement(AiDefinition definition, String value, int aiPosition, int[] valuePositions, int endPosition) {

    String ai() {
        return definition.code();
    }

    Element element() {
        return new Element(definition.code(), value);
    }

    int positionOf(int offset) {
        return offset < valuePositions.length ? valuePositions[offset] : endPosition;
    }

    /** A problem with the value at {@code offset}, named "AI (nn), position p: ..." by every gs1 message. */
    ProblemException problem(int offset, String key, Object... details) {
        Object[] args = new Object[details.length + 2];
        args[0] = ai();
        args[1] = positionOf(offset);
        System.arraycopy(details, 0, args, 2, details.length);
        return new ProblemException(key, args);
    }

    /** A problem with the element as a whole, reported at its AI. */
    ProblemException problemAtAi(String key, Object... details) {
        Object[] args = new Object[details.length + 2];
        args[0] = ai();
        args[1] = aiPosition;
        System.arraycopy(details, 0, args, 2, details.length);
        return new ProblemException(key, args);
    }
}
