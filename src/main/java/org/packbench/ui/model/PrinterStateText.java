package org.packbench.ui.model;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.packbench.i18n.Message;
import org.packbench.i18n.ProblemException;
import org.packbench.print.PrinterState;

/**
 * What a printer says about itself, in the packer's words. Принтеры shows it in its table and
 * Упаковка in its status bar; one place words it, so the two screens cannot disagree about the
 * same printer.
 */
public final class PrinterStateText {

    /**
     * @param detail the named problems for {@code PROBLEM} and {@code BUSY}, the reason for {@code OFFLINE}, else empty
     * @param text   the state as one phrase, as the Принтеры table shows it
     */
    public record Words(PrinterState.Kind kind, String detail, String text) {}

    private PrinterStateText() {}

    public static Words of(PrinterState state, UiText text) {
        return switch (state.kind()) {
            case READY -> new Words(state.kind(), "", text.get("printers.state.ready"));
            case BUSY, PROBLEM -> {
                String named = String.join(
                        ", ",
                        state.problems().stream().map(code -> word(code, text)).toList());
                yield new Words(state.kind(), named, text.get("printers.state.problem", named));
            }
            case NO_REPORT -> new Words(state.kind(), "", text.get("printers.state.noReport"));
            case OFFLINE -> offline(state.failure().orElseThrow(), text);
        };
    }

    private static Words offline(Exception failure, UiText text) {
        if (failure instanceof ProblemException p) {
            // Our own refusal (a serial port that is not there, say) is already a sentence.
            String why = text.of(p.problem());
            return new Words(PrinterState.Kind.OFFLINE, why, why);
        }
        String why = unreachable(failure, text);
        return new Words(PrinterState.Kind.OFFLINE, why, text.get("printers.state.offline", why));
    }

    /**
     * Why a printer could not be reached, in the packer's words: the system's own English ("Connection
     * refused") inside a Russian sentence reads as a fault of PackBench. Its text is kept only for a
     * failure with no word of ours.
     */
    static String unreachable(Exception e, UiText text) {
        if (e instanceof ConnectException) {
            return text.get("printers.offline.refused");
        }
        if (e instanceof SocketTimeoutException) {
            return text.get("printers.offline.timeout");
        }
        if (e instanceof UnknownHostException) {
            return text.get("printers.offline.unknownHost", String.valueOf(e.getMessage()));
        }
        if (e instanceof NoRouteToHostException) {
            return text.get("printers.offline.noRoute");
        }
        return String.valueOf(e.getMessage());
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
