package org.packbench.ui;

import java.util.Locale;
import java.util.Optional;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;

/**
 * Why the window could not open, when the reason is the machine rather than PackBench (no GTK
 * library, or no display) or the bench refused to open (its key missing, its seal lost). JavaFX reports these as a stack trace from deep inside its toolkit; the
 * person at the bench needs one sentence saying what is missing and what still works.
 */
final class WindowUnavailable {
    private WindowUnavailable() {}

    /** The sentence for {@code failure} of the toolkit's start, if it is one we can name. */
    static Optional<Message> explain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                // Refused while opening the bench (its key missing, its seal lost): already one sentence.
                return Optional.of(problem.problem());
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if ((t instanceof UnsupportedOperationException || t instanceof UnsatisfiedLinkError)
                    && (m.contains("gtk") || m.contains("glass"))) {
                return Optional.of(Message.of("gui.noGtk"));
            }
            if (t instanceof UnsupportedOperationException && m.contains("display")) {
                return Optional.of(Message.of("gui.noDisplay"));
            }
        }
        return Optional.empty();
    }

    /** Runs the toolkit's start; a failure we can name becomes that sentence, anything else stays as it was. */
    static void launch(Runnable start) {
        try {
            start.run();
        } catch (RuntimeException | Error e) {
            Optional<Message> why = explain(e);
            if (why.isPresent()) {
                throw new ProblemException(why.get());
            }
            throw e;
        }
    }
}
