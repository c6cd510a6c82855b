package org.packbench.print;

import java.util.List;
import java.util.Optional;

/**
 * A printer's state as one look found it: what it reported, or why it could not be reached. One
 * place asks, so Принтеры and the strip of Упаковка cannot disagree about the same printer.
 *
 * @param problems the reported problem codes ({@link PrinterProblems}) for {@link Kind#BUSY} and {@link Kind#PROBLEM}
 * @param failure  why it could not be reached, for {@link Kind#OFFLINE}
 */
public record PrinterState(Kind kind, List<String> problems, Optional<Exception> failure) {
    public enum Kind {
        READY,
        /** Still printing earlier labels: working, not a fault. */
        BUSY,
        /** It answered, and cannot print: paper out, head open, paused, … */
        PROBLEM,
        /** It could not be reached, or its connection cannot even be opened. */
        OFFLINE,
        /** The connection does not report a state (a spooler, a print server that only forwards). */
        NO_REPORT
    }

    public PrinterState {
        problems = List.copyOf(problems);
    }

    /**
     * Asks {@code printer} over a connection of its own, closed before returning. Device I/O that can
     * take the transport's timeouts; a printer that cannot be asked is an answer, not an exception.
     */
    public static PrinterState ask(Transports transports, PrinterProfile printer) {
        try (Transport t = transports.open(printer)) {
            return t.status()
                    .map(PrinterState::of)
                    .orElse(new PrinterState(Kind.NO_REPORT, List.of(), Optional.empty()));
        } catch (Exception e) {
            return new PrinterState(Kind.OFFLINE, List.of(), Optional.of(e));
        }
    }

    public static PrinterState of(PrinterStatus s) {
        if (s.ready()) {
            return new PrinterState(Kind.READY, List.of(), Optional.empty());
        }
        return new PrinterState(PrinterProblems.onlyBusy(s) ? Kind.BUSY : Kind.PROBLEM, s.problems(), Optional.empty());
    }
}
