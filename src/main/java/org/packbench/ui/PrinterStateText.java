package org.packbench.ui;

import org.packbench.ui.model.UiText;
import java.util.Optional;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.print.PrinterProblems;
import org.packbench.print.PrinterProfile;
import org.packbench.print.PrinterStatus;
import org.packbench.print.Transport;
import org.packbench.print.Transports;

/**
 * What a printer says about itself, in the packer's words. Принтеры shows it in its table and
 * Упаковка in its status bar; one place asks and words it, so the two screens cannot disagree
 * about the same printer.
 */
final class PrinterStateText {

    enum Kind {
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

    /**
     * @param detail the named problems for {@link Kind#PROBLEM}, the reason for {@link Kind#OFFLINE}, else empty
     * @param text   the state as one phrase, as the Принтеры table shows it
     */
    record State(Kind kind, String detail, String text) {
    }

    private PrinterStateText() {
    }

    /**
     * Asks {@code printer} over a connection of its own, closed before returning. Device I/O that can
     * take the transport's timeouts: never on the FX thread.
     */
    static State ask(Transports transports, PrinterProfile printer, UiText text) {
        try (Transport t = transports.open(printer)) {
            Optional<PrinterStatus> status = t.status();
            return status.isPresent() ? of(status.get(), text)
                    : new State(Kind.NO_REPORT, "", text.get("printers.state.noReport"));
        } catch (ProblemException e) {
            String why = text.of(e.problem());
            return new State(Kind.OFFLINE, why, why);
        } catch (Exception e) {
            String why = unreachable(e, text);
            return new State(Kind.OFFLINE, why, text.get("printers.state.offline", why));
        }
    }

    /**
     * Why a printer could not be reached, in the packer's words: the system's own English ("Connection
     * refused") inside a Russian sentence reads as a fault of PackBench. Its text is kept only for a
     * failure with no word of ours.
     */
    static String unreachable(Exception e, UiText text) {
        if (e instanceof java.net.ConnectException) {
            return text.get("printers.offline.refused");
        }
        if (e instanceof java.net.SocketTimeoutException) {
            return text.get("printers.offline.timeout");
        }
        if (e instanceof java.net.UnknownHostException) {
            return text.get("printers.offline.unknownHost", String.valueOf(e.getMessage()));
        }
        if (e instanceof java.net.NoRouteToHostException) {
            return text.get("printers.offline.noRoute");
        }
        return String.valueOf(e.getMessage());
    }

    static State of(PrinterStatus s, UiText text) {
        if (s.ready()) {
            return new State(Kind.READY, "", text.get("printers.state.ready"));
        }
        String named = String.join(", ", s.problems().stream().map(code -> word(code, text)).toList());
        return new State(PrinterProblems.onlyBusy(s) ? Kind.BUSY : Kind.PROBLEM, named,
                text.get("printers.state.problem", named));
    }

    /**
     * The screens' own short word where there is one, else the print bundle's sentence, so a code
     * the screens have no word for (cover open, too hot, …) is still said rather than shown raw.
     */
    private static String word(String code, UiText text) {
        String word = text.get("printers.problem." + code);
        if (!word.startsWith("[")) {
            return word;
        }
        String sentence = text.of(Message.of("print.problem." + code));
        return sentence.startsWith("print.problem.") ? code : sentence;
    }
}
