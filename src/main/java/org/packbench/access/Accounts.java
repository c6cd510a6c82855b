package org.packbench.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where accounts are kept; the store implements it so that failed attempts count across processes. */
public interface Accounts {
    Optional<Account> find(String name);

    /** By name. */
    List<Account> all();

    /** Refuses a name already taken ({@code access.exists}). */
    void add(Account account);

    /** Counts one more failed PIN; {@code lockedUntil} set when that failure locks the account. */
    void failed(String name, int failures, Optional<Instant> lockedUntil);

    /** A good PIN clears the failures. */
    void succeeded(String name);

    boolean anySupervisor();
}
