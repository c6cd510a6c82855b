package org.packbench.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.function.Executable;
import org.packbench.i18n.ProblemException;

/** Assertions about the ProblemExceptions the gs1 package raises. */
final class Problems {
    private Problems() {}

    static ProblemException problem(Executable action) {
        return assertThrows(ProblemException.class, action);
    }

    /** The input is refused with the message {@code key}. */
    static ProblemException refused(String bracketed, String key) {
        ProblemException p = problem(() -> Gs1Parser.parseBracketed(bracketed));
        assertEquals(key, p.problem().key(), () -> bracketed + " -> " + p.getMessage());
        return p;
    }

    /** The input is refused, naming this AI at this input position. */
    static ProblemException refusedAt(String bracketed, String key, String ai, int position) {
        ProblemException p = refused(bracketed, key);
        assertEquals(ai, p.problem().args().get(0), p::getMessage);
        assertEquals(position, p.problem().args().get(1), p::getMessage);
        return p;
    }

    static void accepted(String bracketed) {
        Gs1Parser.parseBracketed(bracketed);
    }

    static String russian(ProblemException p) {
        String text = p.in(Locale.forLanguageTag("ru"));
        assertTrue(text.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC), text);
        return text;
    }
}
