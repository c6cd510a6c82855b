package org.packbench.serve;

import org.packbench.i18n.Message;

/**
 * A request the API itself turns away before any service sees it: malformed, unauthenticated or
 * aimed at nothing. The bench's own rules speak through {@code ProblemException} instead.
 */
final class ApiRefusal extends RuntimeException {
    private final transient Problem problem;

    ApiRefusal(int status, String key, Object... args) {
        super(Message.of(key, args).english());
        this.problem = new Problem(status, Message.of(key, args));
    }

    Problem problem() {
        return problem;
    }
}
