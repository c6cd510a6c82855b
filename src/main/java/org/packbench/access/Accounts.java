package org.packbench.access;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Where accounts are kept; the store implements it so that failed attempts count across processes. */
public interface Accounts {
    Optional<Account> find(String name);

    /** By name. */
    List<Account> all();

    /** Refuses a name already taken ({@code access.exists}). */
    void add(Account account);

    /**
     * Counts one PIN attempt before the PIN is checked: reads the account, writes what {@code rule}
     * makes of it, and returns both, in one step that no other thread or process can interleave
     * with. Read-check-write in separate steps let 15 parallel wrong PINs count as one.
     * Empty when there is no such account.
     */
    Optional<Attempt> countAttempt(String name, UnaryOperator<Account> rule);

    /**
     * Writes {@code account} whether or not a row of that name exists, with no failures and no
     * lock: the way back for a bench whose supervisor rows were deleted or changed in the file.
     */
    void restore(Account account);

    /** A good PIN clears the failures and any lock. */
    void succeeded(String name);

    /** The account as it was when an attempt was counted, and as the attempt left it. */
    record Attempt(Account before, Account after) {}
}
