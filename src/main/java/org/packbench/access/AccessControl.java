package org.packbench.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.packbench.i18n.ProblemException;

/**
 * The bench's rules of who may do what, and the people signed in to it.
 *
 * <p>Until the first supervisor account exists the bench is in setup mode and everything is
 * allowed, so that a new bench can be set up at all. After that a packer prints and scans, and
 * only a signed-in supervisor changes the catalog, DAC codes, printers and settings, voids labels,
 * reads and exports the log, and manages accounts.
 *
 * <p>A supervisor signs in on top of the packer at the bench, for a while: after {@link #timeout}
 * without a supervisor action the rights lapse and the bench is the packer's again.
 */
public final class AccessControl implements Guard {
    /** Failed PINs in a row that lock an account, and for how long. */
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final Accounts accounts;
    private final Clock clock;
    private final Duration timeout;
    private final Actor unnamed;
    private Actor worker;
    private Actor supervisor;
    private Instant supervisorSeen;

    /**
     * @param unnamed who acts when nobody has signed in, e.g. the operating-system user of a script
     * @param timeout how long a supervisor's rights last without a supervisor action
     */
    public AccessControl(Accounts accounts, Clock clock, Duration timeout, Actor unnamed) {
        this.accounts = accounts;
        this.clock = clock;
        this.timeout = timeout;
        this.unnamed = unnamed;
    }

    /** No supervisor account yet: everything is allowed, and the UI says so. */
    public boolean setupMode() {
        return !accounts.anySupervisor();
    }

    /**
     * Signs {@code name} in with {@code pin} (ignored for an account without a PIN). A supervisor
     * gets supervisor rights until the timeout; anyone else becomes the bench's worker.
     */
    public synchronized Actor signIn(String name, char[] pin) {
        Account account = verify(name, pin);
        Actor actor = Actor.of(account);
        if (account.role() == Role.SUPERVISOR) {
            supervisor = actor;
            supervisorSeen = clock.instant();
            if (worker == null) {
                worker = actor;
            }
        } else {
            worker = actor;
            supervisor = null;
        }
        return actor;
    }

    /**
     * Checks a PIN without signing in; locks after {@link #MAX_FAILURES} attempts in a row. Each
     * attempt is counted in the database before its PIN is compared and cleared when it was right,
     * so parallel attempts, from threads or other processes, each take one of the five.
     */
    public Account verify(String name, char[] pin) {
        Instant now = clock.instant();
        Account account = accounts.find(name == null ? "" : name.strip())
                .orElseThrow(() -> new ProblemException("access.unknownUser", name));
        if (account.lockedAt(now)) {
            throw new ProblemException("access.locked", account.name(), account.lockedUntil().get());
        }
        if (!account.hasPin()) {
            return account;
        }
        if (pin == null || pin.length == 0) {
            throw new ProblemException("access.pinNeeded", account.name());
        }
        Accounts.Attempt attempt = accounts.countAttempt(account.name(), a -> a.afterAttempt(now, MAX_FAILURES, LOCKOUT))
                .orElseThrow(() -> new ProblemException("access.unknownUser", name));
        Account before = attempt.before();
        if (before.lockedAt(now)) {
            // Locked by attempts that were counted while this one was on its way: its PIN is not read.
            throw new ProblemException("access.locked", before.name(), before.lockedUntil().get());
        }
        if (!PinHash.matches(before.pinHash(), pin)) {
            Account after = attempt.after();
            if (after.lockedAt(now)) {
                throw new ProblemException("access.locked", after.name(), after.lockedUntil().get());
            }
            throw new ProblemException("access.wrongPin", after.name(), MAX_FAILURES - after.failures());
        }
        accounts.succeeded(before.name());
        return new Account(before.name(), before.role(), before.pinHash(), 0, Optional.empty());
    }

    /** The supervisor steps away: the bench is the packer's again. */
    public synchronized void endSupervisor() {
        supervisor = null;
    }

    /** Everyone signs out; the next person must sign in. */
    public synchronized void signOut() {
        supervisor = null;
        worker = null;
    }

    /** The person acting now: a supervisor whose rights have not lapsed, else the worker, else the unnamed. */
    public synchronized Actor current() {
        lapse();
        if (supervisor != null) {
            return supervisor;
        }
        return worker != null ? worker : unnamed;
    }

    /** Someone has signed in (the GUI asks for it once accounts exist). */
    public synchronized boolean signedIn() {
        return worker != null || supervisor != null;
    }

    /** The supervisor signed in now, with rights not lapsed. */
    public synchronized Optional<Actor> supervisor() {
        lapse();
        return Optional.ofNullable(supervisor);
    }

    /** When the supervisor's rights lapse unless used again. */
    public synchronized Optional<Instant> supervisorUntil() {
        lapse();
        return supervisor == null ? Optional.empty() : Optional.of(supervisorSeen.plus(timeout));
    }

    @Override
    public synchronized void require(Right right) {
        if (setupMode()) {
            return;
        }
        boolean lapsed = lapse();
        Actor actor = current();
        if (actor.holds(right)) {
            if (supervisor != null && right.supervisorOnly()) {
                supervisorSeen = clock.instant();
            }
            return;
        }
        if (lapsed) {
            throw new ProblemException("access.lapsed", right.message());
        }
        throw new ProblemException("access.supervisorOnly", right.message(), actor.name());
    }

    /** Adds an account; needs {@link Right#MANAGE_USERS}, which setup mode grants to the first supervisor's maker. */
    public Account addAccount(String name, Role role, char[] pin) {
        require(Right.MANAGE_USERS);
        String n = Account.checkName(name);
        if (role == Role.SUPERVISOR && (pin == null || pin.length == 0)) {
            throw new ProblemException("access.supervisorPin", n);
        }
        String hash = pin == null || pin.length == 0 ? "" : PinHash.of(pin);
        if (accounts.find(n).isPresent()) {
            throw new ProblemException("access.exists", n);
        }
        Account account = new Account(n, role, hash, 0, Optional.empty());
        accounts.add(account);
        return account;
    }

    public List<Account> accounts() {
        return accounts.all();
    }

    private boolean lapse() {
        if (supervisor != null && !clock.instant().isBefore(supervisorSeen.plus(timeout))) {
            supervisor = null;
            return true;
        }
        return false;
    }
}
