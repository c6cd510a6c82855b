package org.packbench.access;

import java.time.Instant;
import java.util.Optional;
import org.packbench.i18n.ProblemException;

/**
 * A person who works at the bench. The PIN is kept only as a salted PBKDF2 hash; a packer may have
 * none, a supervisor always has one.
 */
public record Account(String name, Role role, String pinHash, int failures, Optional<Instant> lockedUntil) {
    /** Letters of any script, digits, dot, dash and underscore: names appear in logs and file names. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._-]{1,40}");

    public static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new ProblemException("access.name", n);
        }
        return n;
    }

    public boolean hasPin() {
        return !pinHash.isEmpty();
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.isPresent() && now.isBefore(lockedUntil.get());
    }

    /**
     * The account after one more PIN attempt at {@code now}, counted before the PIN is checked:
     * the {@code maxFailures}-th attempt in a row locks it until {@code now + lockout} (the count
     * starts again from zero then). A locked account is left as it is: the attempt is refused unread.
     */
    public Account afterAttempt(Instant now, int maxFailures, java.time.Duration lockout) {
        if (lockedAt(now)) {
            return this;
        }
        int counted = failures + 1;
        return counted >= maxFailures
                ? new Account(name, role, pinHash, 0, Optional.of(now.plus(lockout)))
                : new Account(name, role, pinHash, counted, Optional.empty());
    }
}
