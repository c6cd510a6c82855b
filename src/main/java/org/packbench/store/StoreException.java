package org.packbench.store;

/** The database could not do what was asked: a disk, lock or schema failure, not bad input. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
