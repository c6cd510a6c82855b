package org.packbench.print;

import java.io.IOException;
import java.util.Optional;

/**
 * How label bytes reach a printer: a TCP port (9100), the system spooler, or a serial line.
 * Implementations are adapters; the print queue decides when to send and what to do on failure.
 */
public interface Transport extends AutoCloseable {

    /** Sends one job's bytes; returns when the transport has accepted all of them. */
    void send(byte[] job) throws IOException;

    /** The printer's own report of its state, where the transport and language allow asking; empty when they do not. */
    Optional<PrinterStatus> status() throws IOException;

    @Override
    default void close() throws IOException {}
}
