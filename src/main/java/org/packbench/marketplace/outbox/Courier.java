package org.packbench.marketplace.outbox;

/**
 * Delivers one push of one kind: makes the call, and after a first attempt asks the marketplace
 * whether it already has the effect, so that a call whose answer was lost is not made twice.
 */
public interface Courier {
    /**
     * One attempt. Never throws for the marketplace's trouble: every failure is an outcome.
     *
     * @param resend whether an earlier attempt may have reached the marketplace
     */
    PushOutcome deliver(Push push, boolean resend);
}
