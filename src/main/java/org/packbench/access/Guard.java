package org.packbench.access;

/**
 * The one question a service asks before it changes something: may the person at the bench do
 * this? Services take a Guard so that the GUI and the command line are held to the same rules.
 */
@FunctionalInterface
public interface Guard {
    /** For tools and tests that act outside any bench's rules. */
    Guard OPEN = right -> {};

    /** Returns when allowed; otherwise throws a {@code ProblemException} saying who may and how to sign in. */
    void require(Right right);
}
