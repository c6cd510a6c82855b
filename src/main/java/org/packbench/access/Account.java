package org.packbench.access;

import java.time.Instant;
import java.util.Optional;
import org.packbench.i18n.ProblemException;
import org.packbench.seal.BenchKey;

/**
 * A person who works at the bench. The PIN is kept only as a salted PBKDF2 hash; a packer may have
 * none, a supervisor always has one.
 *
 * <p>{@code seal} binds the name, the role and the PIN hash with the bench key, so that a row
 * edited in the database file (a packer made supervisor, a PIN hash swapped for one whose PIN is
 * known, an account inserted) no longer holds. The failure count and the lock are not sealed: they
 * change at every attempt, and clearing them gives nothing that the PIN hash in the file does not.
 */
public record Account(
        String name, Role role, String pinHash, int failures, Optional<Instant> lockedUntil, String seal) {
    private static final String PURPOSE = "packbench-account-1";
    /** Letters of any script, digits, dot, dash and underscore: names appear in logs and file names. */
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._-]{1,40}");

    public static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new ProblemException("access.name", n);
        }
        return n;
    }

    /** A new account, not yet sealed. */
    public Account(String name, Role role, String pinHash) {
        this(name, role, pinHash, 0, Optional.empty(), "");
    }

    /** This account sealed with {@code key}. */
    public Account sealedWith(BenchKey key) {
        return new Account(name, role, pinHash, failures, lockedUntil, key.seal(PURPOSE, name, role.code(), pinHash));
    }

    /** Whether the row is as PackBench wrote it: its seal holds under {@code key}. */
    public boolean sealedBy(BenchKey key) {
        return key.holds(seal, PURPOSE, name, role.code(), pinHash);
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
                ? new Account(name, role, pinHash, 0, Optional.of(now.plus(lockout)), seal)
                : new Account(name, role, pinHash, counted, Optional.empty(), seal);
    }
}
