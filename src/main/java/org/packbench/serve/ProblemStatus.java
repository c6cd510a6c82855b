package org.packbench.serve;

import java.util.Set;
import org.packbench.app.LabelRefusedException;
import org.packbench.i18n.ProblemException;

/**
 * The HTTP status of a refusal by the bench's rules. The services say what was wrong; only the
 * API decides how HTTP calls it, and only here.
 */
final class ProblemStatus {
    /** The parcel, tracking number or order already has something the request contradicts. */
    private static final Set<String> CONFLICTS =
            Set.of("label.alreadyIssued", "tracking.reused", "order.otherTracking");
    /** The thing the path names does not exist (an unknown SKU in a body is a 422, not a 404). */
    private static final Set<String> MISSING = Set.of("print.job.notFound");

    private ProblemStatus() {}

    static int of(ProblemException e) {
        String key = e.problem().key();
        if (e instanceof LabelRefusedException) {
            return 422;
        }
        if (CONFLICTS.contains(key)) {
            return 409;
        }
        if (MISSING.contains(key)) {
            return 404;
        }
        if (key.startsWith("access.")) {
            // Who the service acts as may not do this (e.g. read the log once a supervisor exists).
            return 403;
        }
        // Well-formed, but a rule of the bench refused it: unknown SKU or printer, wrong template, copies…
        return 422;
    }
}
