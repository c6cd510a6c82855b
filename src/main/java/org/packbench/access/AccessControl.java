package org.packbench.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.packbench.i18n.Message;
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
 *
 * <p>Only accounts whose seal holds count: a row edited, swapped or inserted in the database file
 * cannot sign in, and is no supervisor for setup mode either. Once a supervisor has existed the
 * bench never goes back to setup mode, even with every account deleted from the file; then
 * {@link #recover} is the way back, for whoever runs PackBench as the bench's operating-system user.
 */
public final class AccessControl implements Guard {
    /** Failed PINs in a row that lock an account, and for how long. */
    public static final int MAX_FAILURES = 5;

    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private final Accounts accounts;
    private final AccountSeal seal;
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
    public AccessControl(Accounts accounts, AccountSeal seal, Clock clock, Duration timeout, Actor unnamed) {
        this.accounts = accounts;
        this.seal = seal;
        this.clock = clock;
        this.timeout = timeout;
        this.unnamed = unnamed;
    }

    /** No supervisor account yet, nor ever: everything is allowed, and the UI says so. */
    public boolean setupMode() {
        if (seal.supervisorSeen()) {
            return false;
        }
        if (supervisorLeft()) {
            // A supervisor written before the bench remembered it (an interrupted add): remember now.
            seal.supervisorExists();
            return false;
        }
        return true;
    }

    /** A supervisor whose row holds is left to sign in. */
    private boolean supervisorLeft() {
        return accounts.all().stream().anyMatch(a -> a.role() == Role.SUPERVISOR && a.sealedBy(seal.key()));
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
        refuseTampered(account);
        if (account.lockedAt(now)) {
            throw new ProblemException(
                    "access.locked", account.name(), account.lockedUntil().get());
        }
        if (!account.hasPin()) {
            return account;
        }
        if (pin == null || pin.length == 0) {
            throw new ProblemException("access.pinNeeded", account.name());
        }
        Accounts.Attempt attempt = accounts.countAttempt(
                        account.name(), a -> a.afterAttempt(now, MAX_FAILURES, LOCKOUT))
                .orElseThrow(() -> new ProblemException("access.unknownUser", name));
        Account before = attempt.before();
        refuseTampered(before);
        if (before.lockedAt(now)) {
            // Locked by attempts that were counted while this one was on its way: its PIN is not read.
            throw new ProblemException(
                    "access.locked", before.name(), before.lockedUntil().get());
        }
        if (!PinHash.matches(before.pinHash(), pin)) {
            Account after = attempt.after();
            if (after.lockedAt(now)) {
                throw new ProblemException(
                        "access.locked", after.name(), after.lockedUntil().get());
            }
            throw new ProblemException("access.wrongPin", after.name(), MAX_FAILURES - after.failures());
        }
        accounts.succeeded(before.name());
        return new Account(before.name(), before.role(), before.pinHash(), 0, Optional.empty(), before.seal());
    }

    private void refuseTampered(Account account) {
        if (!account.sealedBy(seal.key())) {
            throw new ProblemException("access.tampered", account.name());
        }
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
        if (!supervisorLeft()) {
            throw new ProblemException("access.noSupervisorLeft", right.message());
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
        Account account = new Account(n, role, hash).sealedWith(seal.key());
        accounts.add(account);
        if (role == Role.SUPERVISOR) {
            seal.supervisorExists();
        }
        return account;
    }

    /**
     * Makes {@code name} a supervisor with {@code pin} again, replacing any row of that name, when
     * no supervisor whose row holds is left: every one was deleted or changed in the database file.
     * It asks for no sign-in, since there is nobody to sign in as; what it needs is the bench key,
     * which only the operating-system user who runs PackBench can read. Refused while a supervisor
     * can still sign in: then that supervisor adds accounts.
     */
    public Account recover(String name, char[] pin) {
        String n = Account.checkName(name);
        if (pin == null || pin.length == 0) {
            throw new ProblemException("access.supervisorPin", n);
        }
        List<String> left = accounts.all().stream()
                .filter(a -> a.role() == Role.SUPERVISOR && a.sealedBy(seal.key()))
                .map(Account::name)
                .toList();
        if (!left.isEmpty()) {
            throw new ProblemException("access.recoverNotNeeded", String.join(", ", left));
        }
        Account account = new Account(n, Role.SUPERVISOR, PinHash.of(pin)).sealedWith(seal.key());
        accounts.restore(account);
        seal.supervisorExists();
        return account;
    }

    /** The accounts whose rows were changed outside PackBench: their seal does not hold. */
    public List<String> tampered() {
        return accounts.all().stream()
                .filter(a -> !a.sealedBy(seal.key()))
                .map(Account::name)
                .toList();
    }

    /**
     * What the accounts show of tampering with the database file: each account whose seal does not
     * hold, and no supervisor left on a bench that has had one.
     */
    public List<Message> findings() {
        List<Message> out = new ArrayList<>();
        for (String name : tampered()) {
            out.add(Message.of("seal.account.broken", name));
        }
        if (seal.supervisorSeen() && !supervisorLeft()) {
            out.add(Message.of("seal.supervisor.gone"));
        }
        return out;
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
