package org.packbench.app;

import java.util.function.Supplier;

/**
 * Several records written as one: a label and its print job, or a batch's labels committed
 * together. Work inside {@link #inOne} that fails undoes only its own part; nothing is durable
 * until the outermost unit commits. The store implements it.
 */
public interface UnitOfWork {
    <T> T inOne(Supplier<T> work);

    /** Runs {@code action} after the current unit commits (at once outside one). */
    void afterCommit(Runnable action);
}
