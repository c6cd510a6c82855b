package org.packbench.i18n;

import java.util.Locale;

/**
 * The project's own validation error: input was rejected for a reason the user can act on.
 * Anything else escaping the domain is a bug.
 */
public class ProblemException extends RuntimeException {
    private final transient Message problem;

    public ProblemException(Message problem) {
        super(problem.english());
        this.problem = problem;
    }

    /** A refusal whose reason lies outside PackBench (a full disk, a read-only file): the cause is kept for the log. */
    public ProblemException(Message problem, Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    public ProblemException(String key, Object... args) {
        this(Message.of(key, args));
    }

    public Message problem() {
        return problem;
    }

    public String in(Locale locale) {
        return problem.in(locale);
    }
}
